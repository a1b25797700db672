import type * as Y from 'yjs'
import { childrenOf, entryType, listOf, refsOf, type Entry } from '../document/entry'
import { createElement, type ModelKind } from '../document/modelKind'
import { bpmnSpace, entryOf, type ModelSpace } from '../document/modelSpace'
import { noBpmnModel, unknownElement, wrongType } from './operationError'

/** The BPMN model of a draft document, or an error saying it was never seeded. */
export function requireBpmn(doc: Y.Doc): ModelSpace {
  const space = bpmnSpace(doc)
  if (!space) throw noBpmnModel()
  return space
}

export function requireSemantic(space: ModelSpace, id: string, type?: string): Entry {
  const entry = space.elements.get(id)
  if (!entry) throw unknownElement(id)
  if (type !== undefined && !isSubtype(space.kind, entryType(entry), type)) {
    throw wrongType(id, entryType(entry), type)
  }
  return entry
}

const subtypeCache = new Map<string, boolean>()

/** moddle's type hierarchy, e.g. `bpmn:UserTask` is a `bpmn:FlowNode` (cached per pair). */
export function isSubtype(kind: ModelKind, type: string, superType: string): boolean {
  const key = `${kind} ${type} ${superType}`
  let result = subtypeCache.get(key)
  if (result === undefined) {
    const element = createElement(kind, type)
    const instanceOf = element.$instanceOf as ((name: string) => boolean) | undefined
    result = Boolean(instanceOf?.call(element, superType))
    subtypeCache.set(key, result)
  }
  return result
}

/** Whether `type` is a type the metamodel knows (moddle throws for unknown ones). */
export function isKnownType(kind: ModelKind, type: string): boolean {
  try {
    createElement(kind, type)
    return true
  } catch {
    return false
  }
}

/** Key of the DI shape or edge drawing `elementId`: `<id>_di` first, else any that points to it. */
export function diKeyOf(space: ModelSpace, elementId: string): string | undefined {
  const conventional = space.di.get(`${elementId}_di`)
  if (conventional && refsOf(conventional).get('bpmnElement') === elementId) {
    return `${elementId}_di`
  }
  const matches: string[] = []
  for (const [key, entry] of space.di) {
    if (refsOf(entry).get('bpmnElement') === elementId) matches.push(key)
  }
  return matches.sort()[0]
}

/** The plane new DI goes to: the plane of the first diagram. */
export function defaultPlaneKey(space: ModelSpace): string | undefined {
  const root = entryOf(space, space.root)
  if (!root) return undefined
  for (const diagramKey of listOf(childrenOf(root), 'diagrams')) {
    const diagram = space.di.get(diagramKey)
    const plane = diagram && childrenOf(diagram).get('plane')
    if (typeof plane === 'string') return plane
  }
  return undefined
}
