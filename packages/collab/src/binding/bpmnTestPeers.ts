/// <reference lib="dom" />
// Two bound bpmn-js modelers on linked documents, shared by the binding's browser tests.
import { bauplanModdleDescriptor, type Problem } from '@bauplan/domain'
import Modeler from 'bpmn-js/lib/Modeler'
import { expect } from 'vitest'
import { commands } from 'vitest/browser'
import * as Y from 'yjs'
import { deriveFiles } from '../document/deriveFiles'
import { createSeedUpdate } from '../document/seedDraftDocument'
import { bindBpmnModeler, type BpmnBinding } from './bpmnBinding'
import type { DiagramElement } from './diagramTypes'

const BLOCK = 'gebuehr-berechnen-und-festsetzen'
const BPMN_FILE = `${BLOCK}.bpmn`
// Relative to the project root (packages/collab), where the browser commands resolve paths.
const FOLDER = `../../models/bausteine/${BLOCK}`
export const PARTICIPANT = 'Participant_Behoerde'
export const TASK_1 = 'Activity_GebuehrFestsetzen'
export const TASK_2 = 'Activity_KassenzeichenVergeben'
export const TASK_3 = 'Activity_GebuehrBerechnen'

/** A peer: its document, its bpmn-js modeler (real, in this Chromium page) and the binding. */
export interface Peer {
  doc: Y.Doc
  modeler: Modeler
  binding: BpmnBinding
  get<T>(service: string): T
  shape(id: string): DiagramElement
  /** What the binding reported (only the redraw fallback reports). */
  problems: Problem[]
}

/** Delivers updates between two documents; `pause` holds them back to make edits concurrent. */
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

const cleanups: (() => void)[] = []

/** Destroys every peer's modeler and binding (register with `afterEach`). */
export function cleanUp(): void {
  while (cleanups.length > 0) cleanups.pop()?.()
}

export async function referenceFiles(): Promise<Record<string, string>> {
  return {
    'baustein.json': await commands.readFile(`${FOLDER}/baustein.json`),
    [BPMN_FILE]: await commands.readFile(`${FOLDER}/${BPMN_FILE}`),
  }
}

export async function peers(
  beforeBind: (docs: readonly [Y.Doc, Y.Doc]) => void = () => undefined,
  draft?: { files: Record<string, string>; bpmnFile: string }
): Promise<{ a: Peer; b: Peer; link: Link }> {
  const files = draft?.files ?? (await referenceFiles())
  const fileName = draft?.bpmnFile ?? BPMN_FILE
  const seed = await createSeedUpdate(files)
  expect(seed.problems).toEqual([])
  const docs = [new Y.Doc(), new Y.Doc()] as const
  for (const doc of docs) Y.applyUpdate(doc, seed.update)
  const xml = (await deriveFiles(docs[0]))[fileName] ?? ''
  const link = new Link(docs[0], docs[1])
  beforeBind(docs)
  const make = async (doc: Y.Doc, user: string): Promise<Peer> => {
    const problems: Problem[] = []
    const container = document.createElement('div')
    container.style.width = '900px'
    container.style.height = '500px'
    document.body.append(container)
    const modeler = new Modeler({
      container,
      moddleExtensions: { bauplan: bauplanModdleDescriptor },
    })
    await modeler.importXML(xml)
    const binding = bindBpmnModeler(modeler, doc, {
      fileName,
      origin: { user },
      onProblem: (problem) => problems.push(problem),
    })
    cleanups.push(() => {
      binding.destroy()
      modeler.destroy()
      container.remove()
    })
    const get = <T>(service: string) => modeler.get(service) as T
    const shape = (id: string) => {
      const element = get<{ get(id: string): DiagramElement | undefined }>('elementRegistry').get(
        id
      )
      if (!element) throw new Error(`no shape ${id} in ${user}'s modeler`)
      return element
    }
    return { doc, modeler, binding, get, shape, problems }
  }
  return { a: await make(docs[0], 'a'), b: await make(docs[1], 'b'), link }
}

export interface Modeling {
  createShape(
    shape: unknown,
    position: { x: number; y: number },
    parent: unknown,
    hints?: { attach?: boolean }
  ): DiagramElement
  updateLabel(element: unknown, text: string): void
  moveElements(elements: unknown[], delta: { x: number; y: number }): void
  removeElements(elements: unknown[]): void
  connect(source: unknown, target: unknown): DiagramElement
  addLane(shape: unknown, location: 'top' | 'bottom'): DiagramElement
}

export const modeling = (peer: Peer) => peer.get<Modeling>('modeling')

export function createTask(peer: Peer, x: number, y: number): DiagramElement {
  return modeling(peer).createShape({ type: 'bpmn:Task' }, { x, y }, peer.shape(PARTICIPANT))
}

export const nameOf = (peer: Peer, id: string) => peer.shape(id).businessObject.name
