import type { ModdleElement } from '@bauplan/domain'
import * as Y from 'yjs'
import { isElement, ownValue } from './embedded'
import { childrenOf, entryParent, entryType, refsOf, type Entry } from './entry'
import { entryElement, resolveReferences, type EntryElementContext } from './entryElement'
import { decideMembers, namesParent } from './modelMembership'
import { describe } from './modelKind'
import { entryOf, type ModelSpace } from './modelSpace'
import type { ReferrerIndex } from './referrerIndex'

/** The outcome of decoding only what a change reaches. */
export type EntriesDecode =
  | {
      /**
       * Live entries to merge, decoded ONE level deep: child entries and reference targets are
       * stubs (`$type` and `id` only) standing for the live element of that id.
       */
      decoded: Map<string, ModdleElement>
      /** Keys that were part of the model and are not any more. */
      dead: Set<string>
    }
  | { fallback: string }

/** Bounds the closure; a change reaching further is decoded as a whole. */
const MAX_ROUNDS = 20
const MAX_KEYS = 400

/**
 * Decodes the entries a change touches — and the closure of entries whose place in the model
 * depends on them — so that merging them into `before` (the live elements of the model as it was
 * decoded, by id) gives the same model as `decodeModel` of the whole document: the same
 * reachability (rule 1), essential references (rule 2, as a greatest fixpoint like there) and
 * dropped dangling references (rule 3) — both decide membership with `decideMembers` and build
 * elements with `entryElement`; flow nodes' `incoming`/`outgoing`/`default` are repaired
 * and lane sets (first-lane-wins: every lane of a touched lane's set is decoded) are repaired by
 * the caller after merging (`mergeEntries`). Whatever this cannot decide locally — the root, type
 * changes, ids inside embedded values, a closure over `MAX_KEYS` — answers `fallback` with the
 * reason, and the caller decodes the whole model.
 */
export function decodeEntries(
  space: ModelSpace,
  changed: Iterable<string>,
  before: ReadonlyMap<string, ModdleElement>,
  referrers: ReferrerIndex
): EntriesDecode {
  const keys = new Set(changed)
  const isEntry = (key: string) => entryOf(space, key) !== undefined
  // Ids inside embedded values are in `before` too; references to them fall back (`unsupported`).
  // The root is always live, also when it has no id (and so is not in `before`).
  const wasLive = (key: string) => key === space.root || before.has(key)
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (keys.has(space.root)) return { fallback: 'root' }
    if (keys.size > MAX_KEYS) return { fallback: 'large' }
    const alive = decideMembers(space, { keys, wasMember: wasLive })
    const reason = unsupported(space, keys, before)
    if (reason) return { fallback: reason }
    const more = new Set<string>()
    const add = (key: string | undefined) => {
      if (key !== undefined && !keys.has(key)) more.add(key)
    }
    for (const key of keys) {
      const old = before.get(key)
      const live = alive.has(key)
      const entry = entryOf(space, key)
      if (old && wasLive(key) !== live) {
        // Dying: its contained elements, whoever references it, its container's list.
        for (const child of idChildren(old)) {
          if (!isEntry(child) && !keys.has(child)) return { fallback: 'embedded id' }
          add(child)
        }
        for (const referrer of referrers.referrers(key)) if (wasLive(referrer)) add(referrer)
        add(ownerId(old))
      } else if (!wasLive(key) && live && entry) {
        // Coming alive: referrers may resolve now, children may come with it.
        for (const referrer of referrers.referrers(key)) add(referrer)
        for (const child of childKeys(entry)) add(child)
        add(entryParent(entry)?.key)
      } else if (old && live && entry) {
        // Kept: children that joined or left its lists are decided again.
        const listed = new Set<string>()
        for (const child of childKeys(entry)) {
          listed.add(child)
          const previous = before.get(child)
          if (!previous || previous.$parent !== old) add(child)
        }
        for (const child of idChildren(old)) {
          if (!isEntry(child) && !keys.has(child)) return { fallback: 'embedded id' }
          if (!listed.has(child)) add(child)
        }
      }
      // A flow node sits in the first lane of a lane set naming it: all lanes of the set decide.
      if ((old?.$type ?? (entry && entryType(entry))) === 'bpmn:Lane') {
        for (const lane of siblingLanes(space, old, entry)) add(lane)
      }
      // Flow ends repair their incoming/outgoing lists (and `default`) after the merge.
      if (old) {
        add(idOf(old.sourceRef))
        add(idOf(old.targetRef))
      }
      if (entry) {
        const refs = refsOf(entry)
        add(stringOr(refs.get('sourceRef')))
        add(stringOr(refs.get('targetRef')))
      }
    }
    if (more.size === 0) return decodeAll(space, keys, alive, wasLive)
    for (const key of more) keys.add(key)
  }
  return { fallback: 'large' }
}

/** What the incremental path leaves to the whole-model decode, or undefined. */
function unsupported(
  space: ModelSpace,
  keys: ReadonlySet<string>,
  before: ReadonlyMap<string, ModdleElement>
): string | undefined {
  for (const key of keys) {
    const old = before.get(key)
    const entry = entryOf(space, key)
    const type = entry ? entryType(entry) : undefined
    if (old && type !== undefined && old.$type !== type) return 'type change'
    if (!entry) continue
    // `decodeModel` resolves references to ids inside embedded values too; rare, left to it.
    // (A removed entry is in `keys`; an id known before without entry or key is embedded.)
    const isEmbeddedId = (id: string) => before.has(id) && !keys.has(id) && !entryOf(space, id)
    for (const value of refsOf(entry).values()) {
      const ids = value instanceof Y.Array ? (value.toArray() as unknown[]) : [value]
      for (const id of ids) {
        if (typeof id === 'string' && isEmbeddedId(id)) return 'embedded id'
      }
    }
  }
  return undefined
}

/** The lanes of the lane set `key` belongs to, before and now (first-lane-wins compares them). */
function siblingLanes(space: ModelSpace, old: ModdleElement | undefined, entry: Entry | undefined) {
  const lanes: string[] = []
  const laneSet = old?.$parent
  if (isElement(laneSet)) {
    for (const lane of (ownValue(laneSet, 'lanes') as ModdleElement[] | undefined) ?? []) {
      if (typeof lane.id === 'string') lanes.push(lane.id)
    }
  }
  const parent = entry && entryParent(entry)
  const parentEntry = parent && entryOf(space, parent.key)
  if (parentEntry) {
    const listed = childrenOf(parentEntry).get('lanes')
    if (listed instanceof Y.Array) lanes.push(...(listed.toArray() as string[]))
  }
  return lanes
}

function childKeys(entry: Entry): string[] {
  const keys: string[] = []
  for (const value of childrenOf(entry).values()) {
    if (value instanceof Y.Array) {
      for (const key of value.toArray()) if (typeof key === 'string') keys.push(key)
    } else if (typeof value === 'string') keys.push(value)
  }
  return keys
}

/** Ids of the elements directly contained in `element` (through embedded values without id). */
function idChildren(element: ModdleElement): string[] {
  const ids: string[] = []
  const visit = (node: ModdleElement) => {
    for (const property of describe(node)) {
      if (property.isReference || property.isPrimitive) continue
      const value = ownValue(node, property.name)
      for (const child of Array.isArray(value) ? value : [value]) {
        if (!isElement(child)) continue
        if (typeof child.id === 'string') ids.push(child.id)
        else visit(child)
      }
    }
  }
  visit(element)
  return ids
}

/** The id of the nearest container with an id. */
function ownerId(element: ModdleElement): string | undefined {
  for (let parent = element.$parent; isElement(parent); parent = parent.$parent) {
    if (typeof parent.id === 'string') return parent.id
  }
  return undefined
}

function idOf(value: unknown): string | undefined {
  return isElement(value) && typeof value.id === 'string' ? value.id : undefined
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function decodeAll(
  space: ModelSpace,
  keys: ReadonlySet<string>,
  alive: ReadonlySet<string>,
  wasLive: (key: string) => boolean
): EntriesDecode {
  const isLive = (key: string) => (keys.has(key) ? alive.has(key) : wasLive(key))
  const decoded = new Map<string, ModdleElement>()
  const dead = new Set<string>()
  for (const key of keys) {
    if (alive.has(key)) {
      const element = decodeShallow(space, key, entryOf(space, key) as Entry, isLive)
      if (!element) return { fallback: 'embedded id' }
      decoded.set(key, element)
    } else if (wasLive(key)) dead.add(key)
  }
  return { decoded, dead }
}

/**
 * One entry as `decodeModel` builds it (`entryElement`), with stubs for child entries and
 * reference targets; undefined when it holds an embedded element with an id (left to the whole
 * decode, which resolves references to those).
 */
function decodeShallow(
  space: ModelSpace,
  key: string,
  entry: Entry,
  isLive: (key: string) => boolean
): ModdleElement | undefined {
  const stub = (id: string): ModdleElement | undefined => {
    const target = entryOf(space, id)
    return target && isLive(id) ? ({ $type: entryType(target), id } as ModdleElement) : undefined
  }
  let embeddedId = false
  const context: EntryElementContext = {
    kind: space.kind,
    child: (childKey, parent) => {
      const child = entryOf(space, childKey)
      return child && namesParent(child, parent) ? stub(childKey) : undefined
    },
    register: (embedded) => {
      if (typeof embedded.id === 'string') embeddedId = true
    },
    pending: [],
  }
  const element = entryElement(context, key, entry)
  if (embeddedId) return undefined
  resolveReferences(context.pending, stub)
  return element
}
