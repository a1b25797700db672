/// <reference lib="dom" />
import type { ModdleElement, Problem } from '@bauplan/domain'
import DmnModeler from 'dmn-js/lib/Modeler'
import { expect } from 'vitest'
import { commands } from 'vitest/browser'
import * as Y from 'yjs'
import { deriveFiles } from '../../document/deriveFiles'
import { createSeedUpdate } from '../../document/seedDraftDocument'
import { bindDmnModeler, type DmnBinding } from './dmnBinding'
import type { Sheet, TableElement, TableRow } from './dmnTypes'

/*
 * Two real dmn-js Modelers in this Chromium page, bound to two Y.Docs connected in memory: what
 * the DMN binding's browser tests share. Not a test itself.
 */

const FOLDER_NAME = 'hundesteuer-anmelden'
// Relative to the project root (packages/collab), where the browser commands resolve paths.
const FOLDER = `../../models/verfahren/${FOLDER_NAME}`
export const DMN_FILE = `${FOLDER_NAME}.dmn`
export const DECISION = 'Decision_Steuersatz'
export const TABLE = 'DecisionTable_Steuersatz'
export const RULE_1 = 'Rule_Steuersatz_ErsterHund'
export const RULE_2 = 'Rule_Steuersatz_WeitererHund'
export const CELL_1A = 'InputEntry_Steuersatz_ErsterHund_LaufendeNummer'
export const CELL_1B = 'OutputEntry_Steuersatz_ErsterHund_Jahressteuer'
export const CELL_2A = 'InputEntry_Steuersatz_WeitererHund_LaufendeNummer'

/** Delivers updates between two documents; `paused` holds them back to make edits concurrent. */
export class Link {
  private held: [Y.Doc, Uint8Array][] = []
  paused = false
  constructor(a: Y.Doc, b: Y.Doc) {
    this.forward(a, b)
    this.forward(b, a)
  }
  private forward(from: Y.Doc, to: Y.Doc) {
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return
      if (this.paused) this.held.push([to, update])
      else Y.applyUpdate(to, update, this)
    })
  }
  flush() {
    this.paused = false
    const held = this.held
    this.held = []
    for (const [to, update] of held) Y.applyUpdate(to, update, this)
  }
}

export interface DecisionTableModeling {
  editCell(businessObject: ModdleElement, text: string): void
  addRow(attrs: { type: string }, index?: number): TableRow
  removeRow(row: TableRow): void
  addCol(attrs: { type: string }, index?: number): TableElement
}

/** A peer: its document, its dmn-js modeler (real, in this page) and the binding. */
export interface Peer {
  doc: Y.Doc
  modeler: DmnModeler
  binding: DmnBinding
  container: HTMLElement
  /** How often `importXML` ran after binding (the binding must never need it). */
  imports: () => number
  /** A service of the active viewer. */
  get<T>(service: string): T
  sheet(): Sheet
  modeling(): DecisionTableModeling
  /** The business object of a DMN element by id, from dmn-js's own definitions. */
  element(id: string): ModdleElement
  /** Rule ids in the order the sheet shows them. */
  rows(): string[]
  /** The text the DOM shows in a cell. */
  cellText(id: string): string | undefined
  problems: Problem[]
}

const cleanups: (() => void)[] = []

/** Destroys every peer's modeler and binding (register with `afterEach`). */
export function cleanUp(): void {
  while (cleanups.length > 0) cleanups.pop()?.()
}

export async function referenceFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const name of [
    'baustein.json',
    `${FOLDER_NAME}.bpmn`,
    DMN_FILE,
    'entscheidungstests.json',
  ]) {
    files[name] = await commands.readFile(`${FOLDER}/${name}`)
  }
  return files
}

/** Two peers on the reference procedure's DMN, each showing the decision table `DECISION`. */
export async function peers(
  options: { view?: 'decisionTable' | 'drd'; beforeBind?: (docs: [Y.Doc, Y.Doc]) => void } = {}
): Promise<{ a: Peer; b: Peer; link: Link }> {
  const seed = await createSeedUpdate(await referenceFiles())
  expect(seed.problems).toEqual([])
  const docs: [Y.Doc, Y.Doc] = [new Y.Doc(), new Y.Doc()]
  for (const doc of docs) Y.applyUpdate(doc, seed.update)
  const xml = (await deriveFiles(docs[0]))[DMN_FILE] ?? ''
  const link = new Link(docs[0], docs[1])
  options.beforeBind?.(docs)
  const make = async (doc: Y.Doc, user: string): Promise<Peer> => {
    const problems: Problem[] = []
    const container = document.createElement('div')
    container.style.width = '1000px'
    container.style.height = '600px'
    document.body.append(container)
    const modeler = new DmnModeler({ container })
    await modeler.importXML(xml)
    const wanted = modeler
      .getViews()
      .find((view) => (options.view === 'drd' ? view.type === 'drd' : view.element.id === DECISION))
    if (!wanted) throw new Error(`no view for ${options.view ?? DECISION}`)
    await modeler.open(wanted)
    let imports = 0
    const importXML = modeler.importXML.bind(modeler)
    modeler.importXML = (text: string) => {
      imports++
      return importXML(text)
    }
    const binding = bindDmnModeler(modeler, doc, {
      fileName: DMN_FILE,
      origin: { user },
      onProblem: (problem) => problems.push(problem),
    })
    cleanups.push(() => {
      binding.destroy()
      modeler.destroy()
      container.remove()
    })
    const get = <T>(service: string) => modeler.getActiveViewer()?.get(service) as T
    const sheet = () => get<Sheet>('sheet')
    const element = (id: string) => {
      const found = findById(modeler.getDefinitions(), id)
      if (!found) throw new Error(`no element ${id} in ${user}'s modeler`)
      return found
    }
    return {
      doc,
      modeler,
      binding,
      container,
      imports: () => imports,
      get,
      sheet,
      modeling: () => get<DecisionTableModeling>('modeling'),
      element,
      rows: () =>
        sheet()
          .getRoot()
          .rows.map((row) => row.id),
      cellText: (id) =>
        container.querySelector(`[data-element-id="${id}"]`)?.textContent ?? undefined,
      problems,
    }
  }
  return { a: await make(docs[0], 'a'), b: await make(docs[1], 'b'), link }
}

function findById(root: ModdleElement | undefined, id: string): ModdleElement | undefined {
  const seen = new Set<unknown>()
  const visit = (value: unknown): ModdleElement | undefined => {
    if (!value || typeof value !== 'object' || seen.has(value)) return undefined
    seen.add(value)
    if (Array.isArray(value)) {
      for (const item of value) {
        const found = visit(item)
        if (found) return found
      }
      return undefined
    }
    const element = value as ModdleElement
    if (typeof element.$type !== 'string') return undefined
    if (element.id === id) return element
    for (const [key, child] of Object.entries(element)) {
      if (key.startsWith('$')) continue
      const found = visit(child)
      if (found) return found
    }
    return undefined
  }
  return visit(root)
}
