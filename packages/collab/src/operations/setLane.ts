import type * as Y from 'yjs'
import { childrenOf, entryParent, listOf, refsOf, removeFromList } from '../document/entry'
import type { ModelSpace } from '../document/modelSpace'
import { requireBpmn, requireSemantic } from './bpmnModel'

export interface SetLaneInput {
  /** The flow node that changes lanes. */
  node: string
  /** The lane it belongs to afterwards. */
  lane: string
}

/**
 * bpmn-js's lane membership update (`flowNodeRef`) as one transaction: the node leaves every lane
 * of the target lane's lane set and joins the target. When two users move one node to different
 * lanes at the same time, both joins survive the merge; derivation keeps the node in the lane that
 * comes first in the lane set (see `repairBpmn`).
 */
export function setLane(doc: Y.Doc, origin: unknown, input: SetLaneInput): void {
  const space = requireBpmn(doc)
  requireSemantic(space, input.node, 'bpmn:FlowNode')
  requireSemantic(space, input.lane, 'bpmn:Lane')
  doc.transact(() => setLaneIn(space, input.node, input.lane), origin)
}

/** The change itself, for operations that already run in a transaction (e.g. createShape). */
export function setLaneIn(space: ModelSpace, node: string, lane: string): void {
  const laneEntry = requireSemantic(space, lane, 'bpmn:Lane')
  const laneSet = entryParent(laneEntry)?.key
  const laneSetEntry = laneSet === undefined ? undefined : space.elements.get(laneSet)
  const siblings = laneSetEntry ? listOf(childrenOf(laneSetEntry), 'lanes') : [lane]
  for (const sibling of siblings) {
    const entry = space.elements.get(sibling)
    if (entry && sibling !== lane) removeFromList(refsOf(entry), 'flowNodeRef', node)
  }
  const refs = refsOf(laneEntry)
  if (!listOf(refs, 'flowNodeRef').includes(node)) {
    ;(refs.get('flowNodeRef') as Y.Array<string>).push([node])
  }
}
