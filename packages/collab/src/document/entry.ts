import * as Y from 'yjs'
import { propertiesOfType, type ModelKind } from './modelKind'

/**
 * One model element with an id, as a Y.Map:
 *
 * | key        | value                                                                          |
 * | ---------- | ------------------------------------------------------------------------------ |
 * | `type`     | moddle type, e.g. `bpmn:UserTask`                                              |
 * | `parent`   | key of the containing entry (absent for the root `definitions`)                |
 * | `prop`     | the parent's containment property that holds it, e.g. `flowElements`           |
 * | `attrs`    | Y.Map: plain attributes (`name`, `isInterrupting`, …) and `$attrs` (namespaces) |
 * | `refs`     | Y.Map: single references as the target id; lists as Y.Array of ids             |
 * | `children` | Y.Map: contained elements with ids — single as the id, lists as Y.Array of ids |
 * | `body`     | Y.Map: contained elements without ids (bounds, expressions, extension elements) |
 * |            | as one embedded JSON value per property (last writer wins)                     |
 *
 * Every list (`refs` and `children`) of the element's type is created together with the entry:
 * two peers creating the same list lazily would each make their own Y.Array, and one of them —
 * with everything inserted into it — would lose.
 */
export type Entry = Y.Map<unknown>

/**
 * Creates the entry `key` in `target` (which must be part of a document: Yjs reads nested types
 * only once they are integrated) with its four maps and every list of its type.
 */
export function insertEntry(
  target: Y.Map<Entry>,
  key: string,
  kind: ModelKind,
  type: string,
  parent: { key: string; prop: string } | undefined
): Entry {
  target.set(key, new Y.Map<unknown>())
  const entry = target.get(key) as Entry
  entry.set('type', type)
  if (parent) {
    entry.set('parent', parent.key)
    entry.set('prop', parent.prop)
  }
  const refs = new Y.Map<unknown>()
  const children = new Y.Map<unknown>()
  for (const property of propertiesOfType(kind, type)) {
    if (!property.isMany || property.isPrimitive) continue
    if (property.isReference) refs.set(property.name, new Y.Array<string>())
    else children.set(property.name, new Y.Array<string>())
  }
  entry.set('attrs', new Y.Map<unknown>())
  entry.set('refs', refs)
  entry.set('children', children)
  entry.set('body', new Y.Map<unknown>())
  return entry
}

export function entryType(entry: Entry): string {
  return entry.get('type') as string
}

export function entryParent(entry: Entry): { key: string; prop: string } | undefined {
  const key = entry.get('parent')
  const prop = entry.get('prop')
  return typeof key === 'string' && typeof prop === 'string' ? { key, prop } : undefined
}

export function attrsOf(entry: Entry): Y.Map<unknown> {
  return entry.get('attrs') as Y.Map<unknown>
}

export function refsOf(entry: Entry): Y.Map<unknown> {
  return entry.get('refs') as Y.Map<unknown>
}

export function childrenOf(entry: Entry): Y.Map<unknown> {
  return entry.get('children') as Y.Map<unknown>
}

export function bodyOf(entry: Entry): Y.Map<unknown> {
  return entry.get('body') as Y.Map<unknown>
}

/** A list (references or children) as ids; empty when the entry has no such list. */
export function listOf(map: Y.Map<unknown>, prop: string): string[] {
  const value = map.get(prop)
  return value instanceof Y.Array ? (value.toArray() as string[]) : []
}

/** Removes every occurrence of `id` from a list property (a list may hold it twice after merges). */
export function removeFromList(map: Y.Map<unknown>, prop: string, id: string): void {
  const list = map.get(prop)
  if (!(list instanceof Y.Array)) return
  const items = list.toArray() as unknown[]
  for (let index = items.length - 1; index >= 0; index--) {
    if (items[index] === id) list.delete(index, 1)
  }
}
