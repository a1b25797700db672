import type { ModdleElement } from '@bauplan/domain'
import * as Y from 'yjs'
import {
  applyXmlAttributes,
  decodeEmbedded,
  isEmbeddedObject,
  type PendingReference,
} from './embedded'
import { attrsOf, bodyOf, childrenOf, listOf, refsOf, entryType, type Entry } from './entry'
import { ANONYMOUS_ROOT_KEY } from './modelState'
import { createElement, propertiesOfType, type ModelKind } from './modelKind'

/** What building one entry's element needs from the decode that asks for it. */
export interface EntryElementContext {
  kind: ModelKind
  /**
   * The element of a child entry the entry lists, or undefined when it is not part of the model
   * or does not name this entry and property as its own parent (see `namesParent`).
   */
  child: (key: string, parent: { key: string; prop: string }) => ModdleElement | undefined
  /** Called for every embedded element (so also those with an id). */
  register: (element: ModdleElement) => void
  /** Collects references; `resolveReferences` sets them once every element exists. */
  pending: PendingReference[]
}

/**
 * The moddle element of one entry, built the same way by the whole-model decode (`decodeModel`,
 * children built in full) and the incremental one (`decodeEntries`, children as stubs), so the
 * two cannot drift: attributes, references (left to `resolveReferences`), and per containment
 * property the embedded values first (they came from the file as one list), then the child
 * entries that belong there. A single child entry replaces an embedded one (a label that got an
 * id). Lists lose duplicates.
 */
export function entryElement(context: EntryElementContext, key: string, entry: Entry) {
  const { kind, pending } = context
  const type = entryType(entry)
  const element = createElement(kind, type)
  if (key !== ANONYMOUS_ROOT_KEY) element.id = key
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
      const ids = unique(value instanceof Y.Array ? (value.toArray() as unknown[]) : [value])
      if (ids.length > 0) pending.push({ element, property: name, isMany: property.isMany, ids })
      continue
    }
    const attr = attrs.get(name)
    if (attr !== undefined) {
      element[name] = attr
      continue
    }
    const childKeys = unique(property.isMany ? listOf(children, name) : [children.get(name)])
    const entries: ModdleElement[] = []
    for (const childKey of childKeys) {
      const child = context.child(childKey, { key, prop: name })
      if (child) entries.push(child)
    }
    const contained =
      !property.isMany && entries.length > 0
        ? entries
        : [...embeddedElements(context, body.get(name)), ...entries]
    if (contained.length === 0) continue
    element[name] = property.isMany ? contained : contained[0]
  }
  return element
}

/**
 * Sets the collected references to the elements `lookup` finds; ids it does not find are dropped
 * (rule 3 of `decideMembers`: a dangling reference is just left out).
 */
export function resolveReferences(
  pending: readonly PendingReference[],
  lookup: (id: string) => ModdleElement | undefined
): void {
  for (const reference of pending) {
    const targets = unique(reference.ids)
      .map(lookup)
      .filter((target): target is ModdleElement => target !== undefined)
    if (reference.isMany) {
      if (targets.length > 0) reference.element[reference.property] = targets
    } else if (targets[0]) {
      reference.element[reference.property] = targets[0]
    }
  }
}

function embeddedElements(context: EntryElementContext, stored: unknown): ModdleElement[] {
  const values = Array.isArray(stored) ? stored : stored === undefined ? [] : [stored]
  return values
    .filter(isEmbeddedObject)
    .map((value) => decodeEmbedded(context.kind, value, context.register, context.pending))
}

/** The string ids of a list, each once, in first-seen order. */
function unique(ids: readonly unknown[]): string[] {
  const seen = new Set<string>()
  for (const id of ids) if (typeof id === 'string') seen.add(id)
  return [...seen]
}
