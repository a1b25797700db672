import type { ModdleElement } from '@bauplan/domain'
import * as Y from 'yjs'
import { ESSENTIAL_REFERENCES } from './decodeModel'
import {
  applyXmlAttributes,
  decodeEmbedded,
  isElement,
  isEmbeddedObject,
  ownValue,
  type PendingReference,
} from './embedded'
import { attrsOf, bodyOf, childrenOf, entryParent, entryType, refsOf, type Entry } from './entry'
import { createElement, describe, isInstanceOf, propertiesOfType } from './modelKind'
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
 * dropped dangling references (rule 3); flow nodes' `incoming`/`outgoing`/`default` are repaired
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
    const alive = liveKeys(space, keys, wasLive)
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

/**
 * Which of `keys` belong to the model after the change. Reachability is decided through the
 * parent chain (keys outside `keys` are as before); essential references are then checked as a
 * greatest fixpoint, like `decodeModel` does.
 */
function liveKeys(
  space: ModelSpace,
  keys: ReadonlySet<string>,
  wasLive: (key: string) => boolean
): Set<string> {
  const memo = new Map<string, boolean>()
  const reachable = (key: string): boolean => {
    if (!keys.has(key)) return wasLive(key)
    const known = memo.get(key)
    if (known !== undefined) return known
    memo.set(key, false) // a cycle of parents is unreachable
    const entry = entryOf(space, key)
    const parent = entry && entryParent(entry)
    const parentEntry = parent && entryOf(space, parent.key)
    const result =
      parent !== undefined &&
      parentEntry !== undefined &&
      reachable(parent.key) &&
      listsChild(parentEntry, parent.prop, key)
    memo.set(key, result)
    return result
  }
  const alive = new Set([...keys].filter(reachable))
  for (let changed = true; changed;) {
    changed = false
    for (const key of alive) {
      const refs = refsOf(entryOf(space, key) as Entry)
      for (const property of ESSENTIAL_REFERENCES) {
        const target = refs.get(property)
        if (typeof target !== 'string') continue
        const resolves = keys.has(target) ? alive.has(target) : wasLive(target)
        if (!resolves) {
          alive.delete(key)
          changed = true
          break
        }
      }
    }
  }
  return alive
}

function listsChild(parent: Entry, prop: string, key: string): boolean {
  const value = childrenOf(parent).get(prop)
  if (value instanceof Y.Array) return (value.toArray() as unknown[]).includes(key)
  return value === key
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

/** One entry as `decodeModel` builds it, with stubs for child entries and reference targets. */
function decodeShallow(
  space: ModelSpace,
  key: string,
  entry: Entry,
  isLive: (key: string) => boolean
): ModdleElement | undefined {
  const { kind } = space
  const stub = (id: string): ModdleElement | undefined => {
    const target = entryOf(space, id)
    return target && isLive(id) ? ({ $type: entryType(target), id } as ModdleElement) : undefined
  }
  let embeddedId = false
  const register = (embedded: ModdleElement) => {
    if (typeof embedded.id === 'string') embeddedId = true
  }
  const pending: PendingReference[] = []
  const type = entryType(entry)
  const element = createElement(kind, type)
  element.id = key
  const attrs = attrsOf(entry)
  applyXmlAttributes(element, attrs.get('$attrs'))
  const refs = refsOf(entry)
  const body = bodyOf(entry)
  const children = childrenOf(entry)
  for (const property of propertiesOfType(kind, type)) {
    if (property.isId) continue
    const name = property.name
    if (property.isReference) {
      const value = refs.get(name)
      const ids = value instanceof Y.Array ? (value.toArray() as unknown[]) : [value]
      const strings = unique(ids)
      if (strings.length > 0)
        pending.push({ element, property: name, isMany: property.isMany, ids: strings })
      continue
    }
    const attr = attrs.get(name)
    if (attr !== undefined) {
      element[name] = attr
      continue
    }
    const listed = children.get(name)
    const childIds = unique(listed instanceof Y.Array ? listed.toArray() : [listed])
    const entries: ModdleElement[] = []
    for (const childKey of childIds) {
      const child = entryOf(space, childKey)
      const own = child && entryParent(child)
      if (own?.key !== key || own.prop !== name) continue
      const placeholder = stub(childKey)
      if (placeholder) entries.push(placeholder)
    }
    let contained: ModdleElement[]
    if (!property.isMany && entries.length > 0) contained = entries
    else {
      const stored = body.get(name)
      const values = Array.isArray(stored) ? stored : stored === undefined ? [] : [stored]
      const decoded = values
        .filter(isEmbeddedObject)
        .map((value) => decodeEmbedded(kind, value, register, pending))
      contained = [...decoded, ...entries]
    }
    if (contained.length === 0) continue
    element[name] = property.isMany ? contained : contained[0]
  }
  if (embeddedId) return undefined
  for (const reference of pending) {
    const targets = reference.ids
      .map(stub)
      .filter((target): target is ModdleElement => target !== undefined)
    if (reference.isMany) {
      if (targets.length > 0) reference.element[reference.property] = targets
    } else if (targets[0]) {
      reference.element[reference.property] = targets[0]
    }
  }
  return element
}

function unique(ids: readonly unknown[]): string[] {
  const seen = new Set<string>()
  for (const id of ids) if (typeof id === 'string') seen.add(id)
  return [...seen]
}

/** `incoming`/`outgoing`/`default` of a flow node as `repairBpmn` leaves them. */
export function isFlowNode(element: ModdleElement): boolean {
  return isInstanceOf(element, 'bpmn:FlowNode')
}
