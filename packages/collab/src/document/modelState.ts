import type { ModdleElement } from '@bauplan/domain'
import {
  encodeEmbedded,
  encodeXmlAttributes,
  isElement,
  ownValue,
  type EmbeddedValue,
} from './embedded'
import { DIAGRAM_ROOT_TYPE, describe, isGeneric, type ModelKind } from './modelKind'

/** Key of the root entry when `definitions` has no id (it then gets none when written). */
export const ANONYMOUS_ROOT_KEY = '$root'

/** What one entry should hold, read from a moddle tree (plain data, no Yjs). */
export interface EntryState {
  key: string
  type: string
  parent?: { key: string; prop: string }
  /** Under the diagram root: goes to the `di` map. */
  diagram: boolean
  attrs: Map<string, unknown>
  singleRefs: Map<string, string>
  manyRefs: Map<string, string[]>
  singleChildren: Map<string, string>
  manyChildren: Map<string, string[]>
  body: Map<string, EmbeddedValue>
}

export interface ModelState {
  root: string
  /** Parents before children, in document order. */
  entries: EntryState[]
}

/**
 * Reads the entries a moddle tree consists of, walking the metamodel's descriptors (no list of
 * BPMN/DMN types): every element with a unique id is an entry, everything else is embedded in
 * its nearest entry's `body`.
 */
export function readModelState(kind: ModelKind, definitions: ModdleElement): ModelState {
  const root = ownId(definitions) ?? ANONYMOUS_ROOT_KEY
  const entries: EntryState[] = []
  const idCounts = countIds(definitions)
  const addressable = (element: ModdleElement): boolean => {
    const id = ownId(element)
    return id !== undefined && idCounts.get(id) === 1 && !isGeneric(element)
  }
  const visit = (
    element: ModdleElement,
    key: string,
    parent: { key: string; prop: string } | undefined,
    inDiagram: boolean
  ): void => {
    const diagram = inDiagram || element.$type === DIAGRAM_ROOT_TYPE[kind]
    const state: EntryState = {
      key,
      type: element.$type,
      ...(parent ? { parent } : {}),
      diagram,
      attrs: new Map(),
      singleRefs: new Map(),
      manyRefs: new Map(),
      singleChildren: new Map(),
      manyChildren: new Map(),
      body: new Map(),
    }
    entries.push(state)
    const pairs = encodeXmlAttributes(element)
    if (pairs) state.attrs.set('$attrs', pairs)
    const nested: [ModdleElement, string][] = []
    for (const property of describe(element)) {
      if (property.isId) continue
      const value = ownValue(element, property.name)
      if (value === undefined || value === null) continue
      if (property.isReference) {
        const ids = (Array.isArray(value) ? value : [value])
          .filter(isElement)
          .map((target) => target.id)
          .filter((id): id is string => typeof id === 'string')
        if (property.isMany) state.manyRefs.set(property.name, ids)
        else if (ids[0] !== undefined) state.singleRefs.set(property.name, ids[0])
        continue
      }
      const items = Array.isArray(value) ? value : [value]
      if (!items.every(isElement)) {
        state.attrs.set(property.name, value)
        continue
      }
      if (!items.every(addressable)) {
        state.body.set(
          property.name,
          property.isMany ? items.map(encodeEmbedded) : encodeEmbedded(items[0] as ModdleElement)
        )
        continue
      }
      const keys = items.map((item) => item.id as string)
      if (property.isMany) state.manyChildren.set(property.name, keys)
      else state.singleChildren.set(property.name, keys[0] as string)
      for (const item of items) nested.push([item, property.name])
    }
    for (const [item, prop] of nested) visit(item, item.id as string, { key, prop }, diagram)
  }
  visit(definitions, root, undefined, false)
  return { root, entries }
}

function ownId(element: ModdleElement): string | undefined {
  return typeof element.id === 'string' && element.id !== '' ? element.id : undefined
}

function countIds(root: ModdleElement): Map<string, number> {
  const counts = new Map<string, number>()
  const seen = new Set<ModdleElement>()
  const visit = (element: ModdleElement): void => {
    if (seen.has(element)) return
    seen.add(element)
    const id = ownId(element)
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1)
    if (isGeneric(element)) return
    for (const property of describe(element)) {
      if (property.isReference || property.isPrimitive) continue
      const value = ownValue(element, property.name)
      for (const item of Array.isArray(value) ? value : [value]) {
        if (isElement(item)) visit(item)
      }
    }
  }
  visit(root)
  return counts
}
