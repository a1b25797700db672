/// <reference lib="dom" />
import type { ModdleElement, Problem } from '@bauplan/domain'
import DmnModeler from 'dmn-js/lib/Modeler'
import { commands } from 'vitest/browser'
import type * as Y from 'yjs'
import { bindDmnModeler, type DmnBinding } from './dmnBinding'
import type { Sheet, TableElement, TableRow } from './dmnTypes'
import { twoPeers, type Link } from '../testing/twoPeers'

/*
 * Two real dmn-js Modelers on the two linked documents of `twoPeers`: what the DMN binding's
 * browser tests share. Not a test itself.
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

export { cleanUp } from '../testing/twoPeers'

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
  return twoPeers({
    files: await referenceFiles(),
    fileName: DMN_FILE,
    size: { width: '1000px', height: '600px' },
    beforeBind: options.beforeBind,
    makePeer: async ({ doc, user, xml, container, problems }) => {
      const modeler = new DmnModeler({ container })
      await modeler.importXML(xml)
      const wanted = modeler
        .getViews()
        .find((view) =>
          options.view === 'drd' ? view.type === 'drd' : view.element.id === DECISION
        )
      if (!wanted) throw new Error(`no view for ${options.view ?? DECISION}`)
      await modeler.open(wanted)
      // Counted from here on: the binding must never need a re-import.
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
      const destroy = () => {
        binding.destroy()
        modeler.destroy()
      }
      const parts = { doc, user, modeler, binding, container, problems, imports: () => imports }
      return { peer: dmnPeer(parts), destroy }
    },
  })
}

/** The peer's readers over its modeler (the active viewer's services, the sheet, the DOM). */
function dmnPeer(
  parts: Pick<Peer, 'doc' | 'modeler' | 'binding' | 'container' | 'problems' | 'imports'> & {
    user: string
  }
): Peer {
  const { doc, user, modeler, binding, container, problems, imports } = parts
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
    imports,
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
