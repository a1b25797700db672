import type { ModdleElement } from '@bauplan/domain'
import { isElement, ownValue } from '../document/embedded'
import { isInstanceOf } from '../document/modelKind'
import { keepFirstLaneMembership } from '../document/repairBpmn'
import { copyInto, createLike, type MergeResult, type ModelerModdle } from './mergeDefinitions'

/**
 * Merges the entries `decodeEntries` decoded into the modeler's tree in place, like
 * `mergeDefinitions` does for the whole tree, and keeps `index` (the modeler's elements by id)
 * up to date. Costs O(decoded entries and their own lists), never a walk over the whole tree.
 * Also reports the objects of removed ids (`removedObjects`): the canvas needs their DI links.
 */
export function mergeEntries(
  index: Map<string, ModdleElement>,
  decoded: ReadonlyMap<string, ModdleElement>,
  dead: ReadonlySet<string>,
  moddle: ModelerModdle
): MergeResult & { removedObjects: Map<string, ModdleElement> } {
  const added = new Set<string>()
  const removed = new Set<string>()
  const changed = new Set<string>()
  const removedObjects = new Map<string, ModdleElement>()
  for (const key of dead) {
    const element = index.get(key)
    if (!element) continue
    removedObjects.set(key, element)
    index.delete(key)
    removed.add(key)
    moddle.ids?.unclaim(key)
  }
  for (const [key, element] of decoded) {
    const existing = index.get(key)
    if (existing && existing.$type === element.$type) continue
    if (existing) {
      removedObjects.set(key, existing)
      removed.add(key)
      moddle.ids?.unclaim(key)
    }
    index.set(key, createLike(element, moddle))
    added.add(key)
  }
  const context = { index, moddle, changed }
  for (const [key, element] of decoded)
    copyInto(index.get(key) as ModdleElement, element, key, context)
  const laneSets = new Set<ModdleElement>()
  for (const key of decoded.keys()) {
    const element = index.get(key) as ModdleElement
    if (isInstanceOf(element, 'bpmn:FlowNode') && repairFlowNode(element)) changed.add(key)
    if (isInstanceOf(element, 'bpmn:LaneSet')) laneSets.add(element)
    if (isInstanceOf(element, 'bpmn:Lane') && isElement(element.$parent))
      laneSets.add(element.$parent)
  }
  // `repairBpmn`'s first-lane-wins; `decodeEntries` decoded every lane of these sets.
  for (const laneSet of laneSets) keepFirstLaneMembership(laneSet)
  for (const id of added) moddle.ids?.claim(id, index.get(id))
  for (const id of added) changed.delete(id)
  return { index, added, removed, changed, removedObjects }
}

/**
 * `repairBpmn`'s rules for one flow node: `incoming`/`outgoing` list only flows that end/start
 * there, `default` must leave it. Returns whether anything was dropped.
 */
function repairFlowNode(node: ModdleElement): boolean {
  let dropped = false
  for (const [property, end] of [
    ['incoming', 'targetRef'],
    ['outgoing', 'sourceRef'],
  ] as const) {
    const flows = ownValue(node, property)
    if (!Array.isArray(flows)) continue
    const kept = flows.filter((flow) => isElement(flow) && flow[end] === node)
    if (kept.length !== flows.length) {
      node[property] = kept
      dropped = true
    }
  }
  const fallback = node.default
  if (isElement(fallback) && fallback.sourceRef !== node) {
    delete node.default
    dropped = true
  }
  return dropped
}
