import * as Y from 'yjs'
import {
  attrsOf,
  bodyOf,
  childrenOf,
  entryParent,
  entryType,
  insertEntry,
  refsOf,
  type Entry,
} from './entry'
import type { ModelKind } from './modelKind'
import type { EntryState, ModelState } from './modelState'

export interface ModelMaps {
  elements: Y.Map<Entry>
  di: Y.Map<Entry>
}

/** Writes a model state into empty maps (seeding). Call inside a transaction. */
export function writeNewModel(kind: ModelKind, state: ModelState, target: ModelMaps): void {
  for (const entry of state.entries) {
    const map = entry.diagram ? target.di : target.elements
    fill(insertEntry(map, entry.key, kind, entry.type, entry.parent), entry)
  }
}

/**
 * Makes the maps hold `state`, writing only what differs: a rename touches one attribute, a move
 * one `bounds` value, a deleted element removes its entries. This is the generic path for a
 * binding that mirrors the state bpmn-js reached after a command (all behaviours included) —
 * call it inside one transaction with the local origin. Lists change by removing what is gone and
 * inserting what is new at its place, so concurrent inserts by others are kept.
 */
export function reconcileModel(kind: ModelKind, state: ModelState, target: ModelMaps): void {
  const wanted = new Set(state.entries.map((entry) => entry.key))
  for (const map of [target.elements, target.di]) {
    for (const key of [...map.keys()]) if (!wanted.has(key)) map.delete(key)
  }
  for (const desired of state.entries) {
    const map = desired.diagram ? target.di : target.elements
    const other = desired.diagram ? target.elements : target.di
    if (other.has(desired.key)) other.delete(desired.key)
    const existing = map.get(desired.key)
    if (!existing || entryType(existing) !== desired.type) {
      fill(insertEntry(map, desired.key, kind, desired.type, desired.parent), desired)
      continue
    }
    update(existing, desired)
  }
}

function fill(entry: Entry, desired: EntryState): void {
  const attrs = attrsOf(entry)
  for (const [name, value] of desired.attrs) attrs.set(name, value)
  const refs = refsOf(entry)
  for (const [name, id] of desired.singleRefs) refs.set(name, id)
  for (const [name, ids] of desired.manyRefs) arrayIn(refs, name).push(ids)
  const children = childrenOf(entry)
  for (const [name, id] of desired.singleChildren) children.set(name, id)
  for (const [name, ids] of desired.manyChildren) arrayIn(children, name).push(ids)
  const body = bodyOf(entry)
  for (const [name, value] of desired.body) body.set(name, value)
}

function update(entry: Entry, desired: EntryState): void {
  const parent = entryParent(entry)
  if (
    desired.parent &&
    (parent?.key !== desired.parent.key || parent.prop !== desired.parent.prop)
  ) {
    entry.set('parent', desired.parent.key)
    entry.set('prop', desired.parent.prop)
  }
  updatePlain(attrsOf(entry), desired.attrs)
  updatePlain(bodyOf(entry), desired.body)
  updateReferences(refsOf(entry), desired.singleRefs, desired.manyRefs)
  updateReferences(childrenOf(entry), desired.singleChildren, desired.manyChildren)
}

function updatePlain(map: Y.Map<unknown>, desired: Map<string, unknown>): void {
  for (const key of [...map.keys()]) if (!desired.has(key)) map.delete(key)
  for (const [key, value] of desired) {
    if (!sameValue(map.get(key), value)) map.set(key, value)
  }
}

function updateReferences(
  map: Y.Map<unknown>,
  single: Map<string, string>,
  many: Map<string, string[]>
): void {
  for (const [key, value] of [...map.entries()]) {
    if (typeof value === 'string' && !single.has(key)) map.delete(key)
    if (value instanceof Y.Array && !many.has(key) && value.length > 0)
      value.delete(0, value.length)
  }
  for (const [key, id] of single) if (map.get(key) !== id) map.set(key, id)
  for (const [key, ids] of many) updateList(arrayIn(map, key), ids)
}

/** Removes ids no longer wanted, inserts new ones after their predecessor; rebuilds on reorder. */
function updateList(list: Y.Array<string>, wanted: string[]): void {
  const wantedSet = new Set(wanted)
  const current = list.toArray()
  for (let index = current.length - 1; index >= 0; index--) {
    const id = current[index] as string
    if (!wantedSet.has(id) || current.indexOf(id) !== index) list.delete(index, 1)
  }
  let present = list.toArray()
  wanted.forEach((id, position) => {
    if (present.includes(id)) return
    const previous = wanted
      .slice(0, position)
      .reverse()
      .find((p) => present.includes(p))
    const at = previous === undefined ? 0 : present.indexOf(previous) + 1
    list.insert(at, [id])
    present = list.toArray()
  })
  if (present.join('\u0000') !== wanted.join('\u0000')) {
    list.delete(0, list.length)
    list.push(wanted)
  }
}

function arrayIn(map: Y.Map<unknown>, key: string): Y.Array<string> {
  const existing = map.get(key)
  if (existing instanceof Y.Array) return existing as Y.Array<string>
  // Only for types whose lists were not created with the entry (should not happen): create now.
  map.set(key, new Y.Array<string>())
  return map.get(key) as Y.Array<string>
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return JSON.stringify(a) === JSON.stringify(b)
}
