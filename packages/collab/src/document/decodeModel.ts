import type { ModdleElement } from '@bauplan/domain'
import * as Y from 'yjs'
import {
  applyXmlAttributes,
  decodeEmbedded,
  embeddedIds,
  isEmbeddedObject,
  type PendingReference,
} from './embedded'
import {
  attrsOf,
  bodyOf,
  childrenOf,
  entryParent,
  entryType,
  listOf,
  refsOf,
  type Entry,
} from './entry'
import { ANONYMOUS_ROOT_KEY } from './encodeModel'
import { createElement, propertiesOfType, type ModelKind } from './modelKind'
import { entryOf, type ModelSpace } from './modelSpace'
import { repairBpmn } from './repairBpmn'

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

export interface DecodedModel {
  definitions: ModdleElement
  /** Keys of entries present in the document but left out of the model, sorted. */
  omitted: string[]
}

/**
 * Rebuilds the moddle tree of a model space. A pure function of the document state: it never
 * depends on the order in which updates arrived, and it resolves concurrency anomalies the same
 * way on every peer (see `docs/collaboration.md`, "Conflict semantics"):
 *
 * 1. An entry belongs to the model when it is reachable from the root through `children` lists
 *    AND names that parent and property itself (so an element moved concurrently to two
 *    containers appears once, where its own `parent` says; one whose container was deleted is gone
 *    with it). A list naming an id twice counts it once.
 * 2. An entry whose essential reference points to nothing in the model is left out, with its
 *    subtree; this repeats until nothing changes (a deleted task takes its flows and their DI).
 * 3. Other references to ids outside the model are dropped; lists lose duplicates.
 */
export function decodeModel(space: ModelSpace): DecodedModel {
  const broken = new Set<string>()
  let live = reachable(space, broken)
  for (;;) {
    const resolvable = new Set(live.keys())
    for (const entry of live.values()) {
      for (const value of bodyOf(entry).values()) embeddedIds(value, resolvable)
    }
    let changed = false
    for (const [key, entry] of live) {
      const refs = refsOf(entry)
      for (const property of ESSENTIAL_REFERENCES) {
        const target = refs.get(property)
        if (typeof target === 'string' && !resolvable.has(target)) {
          broken.add(key)
          changed = true
          break
        }
      }
    }
    if (!changed) break
    live = reachable(space, broken)
  }
  const definitions = build(space, live)
  const all = [...space.elements.keys(), ...space.di.keys()]
  const omitted = all.filter((key) => !live.has(key)).sort()
  return { definitions, omitted }
}

/** Entries reachable from the root in document order (see rule 1), skipping `broken` ones. */
function reachable(space: ModelSpace, broken: ReadonlySet<string>): Map<string, Entry> {
  const live = new Map<string, Entry>()
  const visit = (key: string, parent: { key: string; prop: string } | undefined): void => {
    if (live.has(key) || broken.has(key)) return
    const entry = entryOf(space, key)
    if (!entry) return
    const own = entryParent(entry)
    if (parent && (own?.key !== parent.key || own.prop !== parent.prop)) return
    if (!parent && key !== space.root) return
    live.set(key, entry)
    for (const [prop, childKeys] of childLists(space.kind, entry)) {
      for (const childKey of childKeys) visit(childKey, { key, prop })
    }
  }
  visit(space.root, undefined)
  return live
}

/** The entry's `children` in metamodel property order, each as a list of keys. */
function childLists(kind: ModelKind, entry: Entry): [string, string[]][] {
  const children = childrenOf(entry)
  const lists: [string, string[]][] = []
  for (const property of propertiesOfType(kind, entryType(entry))) {
    if (property.isReference || property.isPrimitive) continue
    const value = children.get(property.name)
    if (value instanceof Y.Array) lists.push([property.name, value.toArray() as string[]])
    else if (typeof value === 'string') lists.push([property.name, [value]])
  }
  return lists
}

function build(space: ModelSpace, live: Map<string, Entry>): ModdleElement {
  const { kind } = space
  const byId = new Map<string, ModdleElement>()
  const register = (element: ModdleElement): void => {
    if (typeof element.id === 'string' && !byId.has(element.id)) byId.set(element.id, element)
  }
  const pending: PendingReference[] = []

  const make = (key: string, entry: Entry): ModdleElement => {
    const type = entryType(entry)
    const element = createElement(kind, type)
    if (key !== ANONYMOUS_ROOT_KEY) element.id = key
    byId.set(key, element)
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
        const ids = value instanceof Y.Array ? (value.toArray() as string[]) : [value]
        const strings = ids.filter((id): id is string => typeof id === 'string')
        if (strings.length > 0)
          pending.push({ element, property: name, isMany: property.isMany, ids: strings })
        continue
      }
      const attr = attrs.get(name)
      if (attr !== undefined) {
        element[name] = attr
        continue
      }
      const contained = containedElements(
        kind,
        { key, name, isMany: property.isMany },
        children,
        body,
        live,
        make,
        register,
        pending
      )
      if (contained.length === 0) continue
      element[name] = property.isMany ? contained : contained[0]
    }
    return element
  }

  const rootEntry = live.get(space.root)
  // Seeding writes the root and no operation deletes it, so this only guards a foreign document.
  if (!rootEntry) throw new Error(`The model ${space.file} has no root entry ${space.root}.`)
  const definitions = make(space.root, rootEntry)
  for (const reference of pending) {
    const targets = unique(reference.ids)
      .map((id) => byId.get(id))
      .filter((target): target is ModdleElement => target !== undefined)
    if (reference.isMany) {
      if (targets.length > 0) reference.element[reference.property] = targets
    } else if (targets[0]) {
      reference.element[reference.property] = targets[0]
    }
  }
  if (kind === 'bpmn') repairBpmn(definitions)
  return definitions
}

/**
 * The content of one containment property: embedded values first (they came from the file as
 * one list), then the live child entries that name this entry and property as their parent.
 */
function containedElements(
  kind: ModelKind,
  { key: parentKey, name, isMany }: { key: string; name: string; isMany: boolean },
  children: Y.Map<unknown>,
  body: Y.Map<unknown>,
  live: Map<string, Entry>,
  make: (key: string, entry: Entry) => ModdleElement,
  register: (element: ModdleElement) => void,
  pending: PendingReference[]
): ModdleElement[] {
  const result: ModdleElement[] = []
  const childKeys = unique(
    isMany
      ? listOf(children, name)
      : [children.get(name)].filter((k): k is string => typeof k === 'string')
  )
  for (const key of childKeys) {
    const entry = live.get(key)
    const own = entry && entryParent(entry)
    if (entry && own?.key === parentKey && own.prop === name) result.push(make(key, entry))
  }
  // A single child with an entry replaces an embedded one (e.g. a label that got an id).
  if (!isMany && result.length > 0) return result
  const embedded = body.get(name)
  const values = Array.isArray(embedded) ? embedded : embedded === undefined ? [] : [embedded]
  const decoded = values
    .filter(isEmbeddedObject)
    .map((value) => decodeEmbedded(kind, value, register, pending))
  return [...decoded, ...result]
}

function unique(ids: readonly unknown[]): string[] {
  const seen = new Set<string>()
  for (const id of ids) if (typeof id === 'string') seen.add(id)
  return [...seen]
}
