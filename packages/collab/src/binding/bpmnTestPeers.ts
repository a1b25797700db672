/// <reference lib="dom" />
// Two bound bpmn-js modelers on linked documents, shared by the binding's browser tests.
import { bauplanModdleDescriptor, type Problem } from '@bauplan/domain'
import Modeler from 'bpmn-js/lib/Modeler'
import { commands } from 'vitest/browser'
import type * as Y from 'yjs'
import { bindBpmnModeler, type BpmnBinding } from './bpmnBinding'
import type { DiagramElement } from './diagramTypes'
import { twoPeers, type Link } from './testing/twoPeers'

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

export { cleanUp } from './testing/twoPeers'

export async function referenceFiles(): Promise<Record<string, string>> {
  return {
    'baustein.json': await commands.readFile(`${FOLDER}/baustein.json`),
    [BPMN_FILE]: await commands.readFile(`${FOLDER}/${BPMN_FILE}`),
  }
}

/** Two peers on the reference block's BPMN (or on `draft`), each with a bound bpmn-js modeler. */
export async function peers(
  beforeBind: (docs: readonly [Y.Doc, Y.Doc]) => void = () => undefined,
  draft?: { files: Record<string, string>; bpmnFile: string }
): Promise<{ a: Peer; b: Peer; link: Link }> {
  const fileName = draft?.bpmnFile ?? BPMN_FILE
  return twoPeers({
    files: draft?.files ?? (await referenceFiles()),
    fileName,
    size: { width: '900px', height: '500px' },
    beforeBind,
    makePeer: async ({ doc, user, xml, container, problems }) => {
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
      const get = <T>(service: string) => modeler.get(service) as T
      const shape = (id: string) => {
        const registry = get<{ get(id: string): DiagramElement | undefined }>('elementRegistry')
        const element = registry.get(id)
        if (!element) throw new Error(`no shape ${id} in ${user}'s modeler`)
        return element
      }
      const destroy = () => {
        binding.destroy()
        modeler.destroy()
      }
      return { peer: { doc, modeler, binding, get, shape, problems }, destroy }
    },
  })
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
