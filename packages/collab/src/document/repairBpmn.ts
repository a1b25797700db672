import type { ModdleElement } from '@bauplan/domain'
import { isElement, ownValue } from './embedded'
import { describe, isGeneric, isInstanceOf } from './modelKind'

/**
 * BPMN rules that per-element merging cannot keep by itself, settled on the rebuilt tree the same
 * way on every peer:
 *
 * - a flow node sits in at most one lane of a lane set: when concurrent lane changes left it in
 *   two, the lane that comes first in the lane set keeps it;
 * - `incoming`/`outgoing` of a flow node list only flows that really end/start there;
 * - a gateway's or activity's `default` flow must leave that element, else it is dropped.
 */
export function repairBpmn(definitions: ModdleElement): void {
  for (const element of allElements(definitions)) {
    if (isInstanceOf(element, 'bpmn:LaneSet')) keepFirstLaneMembership(element)
    if (isInstanceOf(element, 'bpmn:FlowNode')) {
      filterFlows(element, 'incoming', 'targetRef')
      filterFlows(element, 'outgoing', 'sourceRef')
      const fallback = element.default
      if (isElement(fallback) && fallback.sourceRef !== element) delete element.default
    }
  }
}

export function keepFirstLaneMembership(laneSet: ModdleElement): void {
  const seen = new Set<ModdleElement>()
  for (const lane of listOf(laneSet, 'lanes')) {
    const members = listOf(lane, 'flowNodeRef').filter((node) => !seen.has(node))
    for (const node of members) seen.add(node)
    lane.flowNodeRef = members
  }
}

function filterFlows(node: ModdleElement, property: string, end: 'sourceRef' | 'targetRef'): void {
  const flows = ownValue(node, property)
  if (!Array.isArray(flows)) return
  node[property] = flows.filter((flow) => isElement(flow) && flow[end] === node)
}

function listOf(element: ModdleElement, property: string): ModdleElement[] {
  const value = ownValue(element, property)
  return Array.isArray(value) ? value.filter(isElement) : []
}

function allElements(root: ModdleElement): ModdleElement[] {
  const result: ModdleElement[] = []
  const stack = [root]
  while (stack.length > 0) {
    const element = stack.pop() as ModdleElement
    result.push(element)
    if (isGeneric(element)) continue
    for (const property of describe(element)) {
      if (property.isReference || property.isPrimitive) continue
      const value = ownValue(element, property.name)
      for (const item of Array.isArray(value) ? value : [value]) {
        if (isElement(item)) stack.push(item)
      }
    }
  }
  return result
}
