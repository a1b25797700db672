import type { ModdleElement } from './moddleElement'
import { isA, walk } from './moddleTree'

/**
 * Every element of a model in document order, with its container, ids and whether it belongs to
 * the diagram interchange (DI) part. Built once per check so each rule is a simple loop.
 */
export interface ModelIndex {
  /** Semantic elements (everything outside `bpmndi:BPMNDiagram`), parents before children. */
  semantic: ModdleElement[]
  /** Diagram interchange elements: diagrams, planes, shapes, edges, labels, bounds, waypoints. */
  diagram: ModdleElement[]
  /** All elements with an id, semantic and DI, in document order; more than one means a duplicate. */
  byId: Map<string, ModdleElement[]>
  parentOf: Map<ModdleElement, ModdleElement>
}

export function indexModel(definitions: ModdleElement): ModelIndex {
  const index: ModelIndex = { semantic: [], diagram: [], byId: new Map(), parentOf: new Map() }
  const inDiagram = new Set<ModdleElement>()
  walk(definitions, (element, parent) => {
    if (parent) index.parentOf.set(element, parent)
    const isDiagram =
      isA(element, 'bpmndi:BPMNDiagram') || (parent !== undefined && inDiagram.has(parent))
    if (isDiagram) {
      inDiagram.add(element)
      index.diagram.push(element)
    } else index.semantic.push(element)
    if (typeof element.id === 'string' && element.id !== '') {
      const same = index.byId.get(element.id)
      if (same) same.push(element)
      else index.byId.set(element.id, [element])
    }
  })
  return index
}

/** The nearest container of `element` that is of `type`. */
export function ancestorOfType(
  index: ModelIndex,
  element: ModdleElement,
  type: string
): ModdleElement | undefined {
  for (let current = index.parentOf.get(element); current; current = index.parentOf.get(current)) {
    if (isA(current, type)) return current
  }
  return undefined
}
