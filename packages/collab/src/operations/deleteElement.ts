import * as Y from 'yjs'
import {
  childrenOf,
  entryParent,
  listOf,
  refsOf,
  removeFromList,
  type Entry,
} from '../document/entry'
import { entryOf, type ModelSpace } from '../document/modelSpace'
import { ESSENTIAL_REFERENCES } from '../document/modelMembership'
import { requireBpmn } from './bpmnModel'
import { OperationError } from './operationError'

/**
 * bpmn-js `elements.delete` as one transaction: the element with everything it contains, the
 * flows and boundary events that depend on it (transitively), the DI of all of them, and every
 * reference to them (`incoming`, `outgoing`, `flowNodeRef`, `default`, …).
 *
 * Returns false when the element is already gone (deleted by someone else): nothing to do. A
 * concurrent edit of a deleted element (rename, move) is simply invisible in the derived model;
 * a concurrent connect to it leaves a flow that derivation drops.
 */
export function deleteElement(doc: Y.Doc, origin: unknown, id: string): boolean {
  const space = requireBpmn(doc)
  if (!space.elements.has(id)) return false
  if (id === space.root) {
    throw new OperationError('cannotDeleteRoot', {
      de: 'Die Definitionen (Wurzel des Modells) können nicht gelöscht werden.',
      en: 'The definitions (root of the model) cannot be deleted.',
    })
  }
  doc.transact(() => {
    const removed = collectRemoved(space, id)
    for (const key of removed) {
      const parent = entryParent(entryOf(space, key) as Entry)
      const parentEntry =
        parent && !removed.has(parent.key) ? entryOf(space, parent.key) : undefined
      if (parent && parentEntry) removeChild(childrenOf(parentEntry), parent.prop, key)
    }
    for (const map of [space.elements, space.di]) {
      for (const [key, entry] of map) {
        if (!removed.has(key)) dropReferences(refsOf(entry), removed)
      }
    }
    for (const key of removed) {
      space.elements.delete(key)
      space.di.delete(key)
    }
  }, origin)
  return true
}

function collectRemoved(space: ModelSpace, id: string): Set<string> {
  const removed = new Set<string>()
  const addWithSubtree = (key: string): void => {
    if (removed.has(key)) return
    const entry = entryOf(space, key)
    if (!entry) return
    removed.add(key)
    for (const child of childKeys(entry)) {
      const childEntry = entryOf(space, child)
      if (childEntry && entryParent(childEntry)?.key === key) addWithSubtree(child)
    }
  }
  addWithSubtree(id)
  // Flows, boundary events and DI that cannot exist without a removed element go with it.
  for (let changed = true; changed;) {
    changed = false
    for (const map of [space.elements, space.di]) {
      for (const [key, entry] of map) {
        if (removed.has(key)) continue
        const refs = refsOf(entry)
        for (const property of ESSENTIAL_REFERENCES) {
          const target = refs.get(property)
          if (typeof target === 'string' && removed.has(target)) {
            addWithSubtree(key)
            changed = true
            break
          }
        }
      }
    }
  }
  return removed
}

function childKeys(entry: Entry): string[] {
  const keys: string[] = []
  for (const [, value] of childrenOf(entry)) {
    if (value instanceof Y.Array) keys.push(...(value.toArray() as string[]))
    else if (typeof value === 'string') keys.push(value)
  }
  return keys
}

function removeChild(children: Y.Map<unknown>, prop: string, key: string): void {
  const value = children.get(prop)
  if (value instanceof Y.Array) removeFromList(children, prop, key)
  else if (value === key) children.delete(prop)
}

function dropReferences(refs: Y.Map<unknown>, removed: ReadonlySet<string>): void {
  for (const [property, value] of [...refs.entries()]) {
    if (value instanceof Y.Array) {
      for (const id of listOf(refs, property))
        if (removed.has(id)) removeFromList(refs, property, id)
    } else if (typeof value === 'string' && removed.has(value)) {
      refs.delete(property)
    }
  }
}
