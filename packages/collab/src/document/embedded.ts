import type { ModdleElement } from '@bauplan/domain'
import {
  createElement,
  createGenericElement,
  describe,
  isGeneric,
  propertiesOfType,
  type ModelKind,
} from './modelKind'

/**
 * A contained element without its own entry (no id, or a vendor extension), as plain JSON that
 * Yjs stores as one value. References inside are `{ "$ref": id }`; a vendor (generic) element
 * keeps its namespace in `$uri` and its content in `$children`/`$body`.
 */
export type EmbeddedValue = string | number | boolean | null | EmbeddedValue[] | EmbeddedObject
export interface EmbeddedObject {
  [key: string]: EmbeddedValue
}

const OWN = Object.prototype.hasOwnProperty

/** Own (explicitly set) value of a property; moddle keeps defaults on the prototype. */
export function ownValue(element: ModdleElement, name: string): unknown {
  if (!OWN.call(element, name)) return undefined
  const value = element[name]
  if (Array.isArray(value) && value.length === 0) return undefined
  return value
}

export function isElement(value: unknown): value is ModdleElement {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ModdleElement).$type === 'string'
  )
}

/** `$attrs` (namespace declarations, unknown attributes) as ordered pairs, or undefined. */
export function encodeXmlAttributes(element: ModdleElement): [string, string][] | undefined {
  const attrs = element.$attrs as Record<string, string> | undefined
  if (!attrs) return undefined
  const pairs = Object.entries(attrs).filter(([, value]) => typeof value === 'string')
  return pairs.length > 0 ? pairs : undefined
}

export function applyXmlAttributes(element: ModdleElement, pairs: unknown): void {
  if (!Array.isArray(pairs)) return
  // moddle exposes `$attrs` as a getter of an object that belongs to the element: fill it in place.
  const attrs = element.$attrs as Record<string, string> | undefined
  if (!attrs) return
  for (const pair of pairs) {
    if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') {
      attrs[pair[0]] = pair[1]
    }
  }
}

export function encodeEmbedded(element: ModdleElement): EmbeddedObject {
  if (isGeneric(element)) return encodeGeneric(element)
  const out: EmbeddedObject = { $type: element.$type }
  const pairs = encodeXmlAttributes(element)
  if (pairs) out.$attrs = pairs
  for (const property of describe(element)) {
    const value = ownValue(element, property.name)
    if (value === undefined || value === null) continue
    if (property.isReference) {
      const targets = Array.isArray(value) ? value : [value]
      const refs = targets.filter(isElement).map((target) => ({ $ref: target.id ?? '' }))
      out[property.name] = property.isMany ? refs : (refs[0] ?? null)
    } else if (Array.isArray(value)) {
      out[property.name] = value.map((item) =>
        isElement(item) ? encodeEmbedded(item) : plain(item)
      )
    } else if (isElement(value)) {
      out[property.name] = encodeEmbedded(value)
    } else {
      out[property.name] = plain(value)
    }
  }
  return out
}

function encodeGeneric(element: ModdleElement): EmbeddedObject {
  const descriptor = element.$descriptor as { ns?: { uri?: string } } | undefined
  const out: EmbeddedObject = { $type: element.$type, $uri: descriptor?.ns?.uri ?? '' }
  for (const key of Object.keys(element)) {
    if (key.startsWith('$')) continue
    out[key] = plain(element[key])
  }
  const children = element.$children
  if (Array.isArray(children) && children.length > 0) {
    out.$children = children.filter(isElement).map(encodeEmbedded)
  }
  if (typeof element.$body === 'string') out.$body = element.$body
  return out
}

function plain(value: unknown): EmbeddedValue {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value)
  if (Array.isArray(value)) return value.map(plain)
  return String(value)
}

/** A reference found while rebuilding, resolved once every element exists. */
export interface PendingReference {
  element: ModdleElement
  property: string
  isMany: boolean
  ids: string[]
}

/**
 * Rebuilds an embedded element. Elements with ids inside it are reported through `register` so
 * references can reach them; its references are queued in `pending`.
 */
export function decodeEmbedded(
  kind: ModelKind,
  value: EmbeddedObject,
  register: (element: ModdleElement) => void,
  pending: PendingReference[]
): ModdleElement {
  const type = value.$type as string
  if (typeof value.$uri === 'string') return decodeGeneric(kind, value, register, pending)
  const element = createElement(kind, type)
  applyXmlAttributes(element, value.$attrs)
  for (const property of propertiesOfType(kind, type)) {
    const stored = value[property.name]
    if (stored === undefined || stored === null) continue
    if (property.isReference) {
      const list = Array.isArray(stored) ? stored : [stored]
      const ids = list.map((item) => refId(item)).filter((id): id is string => id !== undefined)
      pending.push({ element, property: property.name, isMany: property.isMany, ids })
    } else if (Array.isArray(stored)) {
      element[property.name] = stored.map((item) =>
        isEmbeddedObject(item) ? decodeEmbedded(kind, item, register, pending) : item
      )
    } else if (isEmbeddedObject(stored)) {
      element[property.name] = decodeEmbedded(kind, stored, register, pending)
    } else {
      element[property.name] = stored
    }
  }
  register(element)
  return element
}

function decodeGeneric(
  kind: ModelKind,
  value: EmbeddedObject,
  register: (element: ModdleElement) => void,
  pending: PendingReference[]
): ModdleElement {
  const properties: Record<string, unknown> = {}
  for (const [key, stored] of Object.entries(value)) {
    if (key.startsWith('$')) continue
    properties[key] = stored
  }
  const element = createGenericElement(
    kind,
    value.$type as string,
    value.$uri as string,
    properties
  )
  if (Array.isArray(value.$children)) {
    element.$children = value.$children
      .filter(isEmbeddedObject)
      .map((child) => decodeEmbedded(kind, child, register, pending))
  }
  if (typeof value.$body === 'string') element.$body = value.$body
  return element
}

export function isEmbeddedObject(value: unknown): value is EmbeddedObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && '$type' in value
}

function refId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const id = (value as { $ref?: unknown }).$ref
  return typeof id === 'string' && id !== '' ? id : undefined
}

/** Ids declared anywhere inside an embedded value (they can be the target of references). */
export function embeddedIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) embeddedIds(item, into)
  } else if (isEmbeddedObject(value)) {
    if (typeof value.id === 'string') into.add(value.id)
    for (const [key, item] of Object.entries(value)) {
      if (key !== 'id') embeddedIds(item, into)
    }
  }
}
