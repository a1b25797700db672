import * as Y from 'yjs'
import { embeddedIds } from './embedded'
import { bodyOf, childrenOf, entryParent, entryType, refsOf, type Entry } from './entry'
import { propertiesOfType } from './modelKind'
import { entryOf, type ModelSpace } from './modelSpace'

/**
 * Single references without which an element means nothing: a flow without its source or target,
 * a boundary event without its host, a DI shape or edge without its semantic element. When the
 * target is gone (deleted concurrently), the element is left out of the derived model. Every
 * other dangling reference is just dropped (e.g. a gateway's `default`, a participant's
 * `processRef`, an id in `incoming` or `flowNodeRef`).
 */
export const ESSENTIAL_REFERENCES: ReadonlySet<string> = new Set([
  'sourceRef',
  'targetRef',
  'attachedToRef',
  'bpmnElement',
  'dmnElementRef',
])

/**
 * Where membership is decided. The whole-model decode decides every entry; the incremental one
 * only the keys a change reaches, and every other key keeps the membership it had (`wasMember`,
 * which also answers for ids inside embedded values of those unchanged entries).
 */
export interface MembershipScope {
  keys: ReadonlySet<string>
  wasMember: (key: string) => boolean
}

/**
 * Which of `scope.keys` belong to the model — the conflict rules of `docs/collaboration.md`
 * ("Conflict semantics"), shared by `decodeModel` and `decodeEntries` so that both always agree:
 *
 * 1. An entry belongs when it is the root, or its own `parent` belongs, lists it in a containment
 *    property of its type and is the parent (and property) the entry names itself — so an element
 *    moved concurrently to two containers appears once, and one whose container was deleted goes
 *    with it. A cycle of parents never reaches the root and so never belongs.
 * 2. An entry whose essential reference resolves to nothing in the model is left out with its
 *    subtree; repeated until nothing changes (a deleted task takes its flows and their DI).
 *
 * (Rule 3, dropping other dangling references, is applied where elements are built.)
 */
export function decideMembers(space: ModelSpace, scope: MembershipScope): Set<string> {
  const broken = new Set<string>()
  for (;;) {
    const members = placedMembers(space, scope, broken)
    // Ids inside embedded values of members resolve too (e.g. a DI edge to an embedded element).
    const embedded = new Set<string>()
    for (const key of members) {
      for (const value of bodyOf(entryOf(space, key) as Entry).values()) {
        embeddedIds(value, embedded)
      }
    }
    const resolves = (id: string) =>
      members.has(id) || embedded.has(id) || (!scope.keys.has(id) && scope.wasMember(id))
    let changed = false
    for (const key of members) {
      if (hasBrokenEssentialReference(entryOf(space, key) as Entry, resolves)) {
        broken.add(key)
        changed = true
      }
    }
    if (!changed) return members
  }
}

/** Whether the entry names `parent` (key and property) as its own container. */
export function namesParent(entry: Entry, parent: { key: string; prop: string }): boolean {
  const own = entryParent(entry)
  return own?.key === parent.key && own.prop === parent.prop
}

/** Rule 2 for one entry: an essential reference whose target does not resolve. */
function hasBrokenEssentialReference(entry: Entry, resolves: (id: string) => boolean): boolean {
  const refs = refsOf(entry)
  for (const property of ESSENTIAL_REFERENCES) {
    const target = refs.get(property)
    if (typeof target === 'string' && !resolves(target)) return true
  }
  return false
}

/** Rule 1 over `scope.keys`, leaving out `broken` keys and whatever hangs below them. */
function placedMembers(
  space: ModelSpace,
  scope: MembershipScope,
  broken: ReadonlySet<string>
): Set<string> {
  const listed = childListings(space)
  const memo = new Map<string, boolean>()
  const belongs = (key: string): boolean => {
    if (!scope.keys.has(key)) return scope.wasMember(key)
    const known = memo.get(key)
    if (known !== undefined) return known
    memo.set(key, false) // a cycle of parents never reaches the root
    const entry = entryOf(space, key)
    const parent = entry && entryParent(entry)
    const result =
      entry !== undefined &&
      !broken.has(key) &&
      (key === space.root ||
        (parent !== undefined && belongs(parent.key) && listed(parent.key, parent.prop).has(key)))
    memo.set(key, result)
    return result
  }
  return new Set([...scope.keys].filter(belongs))
}

/**
 * The keys an entry lists in one of its containment properties (none for a reference, an
 * attribute or a property its type does not have). Cached per call: a process lists hundreds of
 * flow elements, and each of them asks.
 */
function childListings(space: ModelSpace): (key: string, prop: string) => ReadonlySet<string> {
  const cache = new Map<string, Map<string, ReadonlySet<string>>>()
  return (key, prop) => {
    let byProp = cache.get(key)
    if (!byProp) cache.set(key, (byProp = new Map()))
    let keys = byProp.get(prop)
    if (!keys) byProp.set(prop, (keys = listedKeys(space, key, prop)))
    return keys
  }
}

function listedKeys(space: ModelSpace, key: string, prop: string): ReadonlySet<string> {
  const entry = entryOf(space, key)
  if (!entry) return new Set()
  const property = propertiesOfType(space.kind, entryType(entry)).find((p) => p.name === prop)
  if (!property || property.isReference || property.isPrimitive) return new Set()
  const value = childrenOf(entry).get(prop)
  if (value instanceof Y.Array) return new Set(value.toArray() as string[])
  return new Set(typeof value === 'string' ? [value] : [])
}
