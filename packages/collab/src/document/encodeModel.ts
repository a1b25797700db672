import type { ModdleElement } from '@bauplan/domain'
import type * as Y from 'yjs'
import { encodeEmbedded, encodeXmlAttributes, isElement, ownValue } from './embedded'
import { attrsOf, bodyOf, childrenOf, insertEntry, refsOf, type Entry } from './entry'
import { DIAGRAM_ROOT_TYPE, describe, isGeneric, type ModelKind } from './modelKind'

/** Key of the root entry when `definitions` has no id (it then gets none when written). */
export const ANONYMOUS_ROOT_KEY = '$root'

/**
 * Writes a moddle tree into the maps of a model space (call inside a transaction), walking the
 * metamodel's descriptors — no list of BPMN/DMN types: every element with a unique id becomes an
 * entry, everything else is embedded in its nearest entry. Returns the key of the root entry.
 */
export function encodeModel(
  kind: ModelKind,
  definitions: ModdleElement,
  target: { elements: Y.Map<Entry>; di: Y.Map<Entry> }
): string {
  const root = ownId(definitions) ?? ANONYMOUS_ROOT_KEY
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
    const entry = insertEntry(
      diagram ? target.di : target.elements,
      key,
      kind,
      element.$type,
      parent
    )
    const attrs = attrsOf(entry)
    const pairs = encodeXmlAttributes(element)
    if (pairs) attrs.set('$attrs', pairs)
    for (const property of describe(element)) {
      if (property.isId) continue
      const value = ownValue(element, property.name)
      if (value === undefined || value === null) continue
      if (property.isReference) {
        const ids = (Array.isArray(value) ? value : [value])
          .filter(isElement)
          .map((target) => target.id)
          .filter((id): id is string => typeof id === 'string')
        if (property.isMany) (refsOf(entry).get(property.name) as Y.Array<string>).push(ids)
        else if (ids[0] !== undefined) refsOf(entry).set(property.name, ids[0])
        continue
      }
      const items = Array.isArray(value) ? value : [value]
      if (!items.every(isElement)) {
        attrs.set(property.name, value)
        continue
      }
      if (!items.every(addressable)) {
        bodyOf(entry).set(
          property.name,
          property.isMany ? items.map(encodeEmbedded) : encodeEmbedded(items[0] as ModdleElement)
        )
        continue
      }
      const childKeys = items.map((item) => item.id as string)
      if (property.isMany) (childrenOf(entry).get(property.name) as Y.Array<string>).push(childKeys)
      else childrenOf(entry).set(property.name, childKeys[0])
      for (const item of items) {
        visit(item, item.id as string, { key, prop: property.name }, diagram)
      }
    }
  }
  visit(definitions, root, undefined, false)
  return root
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
