import type { Point } from '@bauplan/domain'
import type * as Y from 'yjs'
import { attrsOf, bodyOf, childrenOf, entryParent, insertEntry, refsOf } from '../document/entry'
import { entryOf } from '../document/modelSpace'
import { defaultPlaneKey, requireBpmn, requireSemantic } from './bpmnModel'
import { pushChild } from './createShape'
import { diId } from './implicitIds'
import { duplicateId, OperationError } from './operationError'

export interface ConnectInput {
  id: string
  source: string
  target: string
  waypoints: Point[]
  name?: string
}

/**
 * bpmn-js `connection.create` for a sequence flow as one transaction: the flow in the source's
 * process, `outgoing`/`incoming` of both ends and the DI edge with its waypoints. If an end is
 * deleted concurrently, derivation leaves the flow out (it has no essential reference).
 */
export function connect(doc: Y.Doc, origin: unknown, input: ConnectInput): void {
  const space = requireBpmn(doc)
  if (entryOf(space, input.id) || entryOf(space, diId(input.id))) throw duplicateId(input.id)
  const source = requireSemantic(space, input.source, 'bpmn:FlowNode')
  const target = requireSemantic(space, input.target, 'bpmn:FlowNode')
  const container = entryParent(source)?.key
  if (container === undefined || entryParent(target)?.key !== container) {
    throw new OperationError('flowAcrossContainers', {
      de: `Ein Sequenzfluss verbindet nur Elemente desselben Prozesses; „${input.source}“ und „${input.target}“ liegen in verschiedenen.`,
      en: `A sequence flow connects elements of the same process only; "${input.source}" and "${input.target}" are in different ones.`,
    })
  }
  if (input.waypoints.length < 2) {
    throw new OperationError('tooFewWaypoints', {
      de: 'Eine Verbindung braucht mindestens zwei Wegpunkte.',
      en: 'A connection needs at least two waypoints.',
    })
  }
  const planeKey = defaultPlaneKey(space)
  doc.transact(() => {
    const flow = insertEntry(space.elements, input.id, 'bpmn', 'bpmn:SequenceFlow', {
      key: container,
      prop: 'flowElements',
    })
    pushChild(childrenOf(requireSemantic(space, container)), 'flowElements', input.id)
    if (input.name !== undefined && input.name !== '') attrsOf(flow).set('name', input.name)
    refsOf(flow).set('sourceRef', input.source)
    refsOf(flow).set('targetRef', input.target)
    pushChild(refsOf(source), 'outgoing', input.id)
    pushChild(refsOf(target), 'incoming', input.id)
    const plane = planeKey === undefined ? undefined : space.di.get(planeKey)
    if (planeKey === undefined || !plane) return
    const edge = insertEntry(space.di, diId(input.id), 'bpmn', 'bpmndi:BPMNEdge', {
      key: planeKey,
      prop: 'planeElement',
    })
    refsOf(edge).set('bpmnElement', input.id)
    bodyOf(edge).set('waypoint', waypointsValue(input.waypoints))
    pushChild(childrenOf(plane), 'planeElement', diId(input.id))
  }, origin)
}

export function waypointsValue(points: readonly Point[]): Record<string, string | number>[] {
  return points.map((point) => ({ $type: 'dc:Point', x: point.x, y: point.y }))
}
