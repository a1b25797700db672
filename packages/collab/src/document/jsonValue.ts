import * as Y from 'yjs'

/**
 * JSON files (baustein.json, entscheidungstests.json) as nested shared types, so two people
 * editing different fields both keep their change:
 *
 * - an object is a Y.Map `{ keys: Y.Array<string>, values: Y.Map }` — `keys` keeps the order in
 *   which the fields are written (a plain Y.Map has no order that is the same on every peer);
 * - an array is a Y.Array of values (concurrent inserts both survive);
 * - strings, numbers, booleans and null are stored as they are (last writer wins per field).
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

export function toShared(value: Json): unknown {
  if (Array.isArray(value)) {
    const array = new Y.Array<unknown>()
    array.push(value.map(toShared))
    return array
  }
  if (value !== null && typeof value === 'object') {
    const object = new Y.Map<unknown>()
    const keys = new Y.Array<string>()
    const values = new Y.Map<unknown>()
    keys.push(Object.keys(value))
    for (const [key, item] of Object.entries(value)) values.set(key, toShared(item))
    object.set('keys', keys)
    object.set('values', values)
    return object
  }
  return value
}

/** Reads a shared JSON value back; keys listed twice or without a value are skipped. */
export function fromShared(value: unknown): Json {
  if (value instanceof Y.Array) return value.toArray().map(fromShared)
  if (value instanceof Y.Map) {
    const keys = value.get('keys')
    const values = value.get('values')
    const result: { [key: string]: Json } = {}
    if (!(keys instanceof Y.Array) || !(values instanceof Y.Map)) return result
    for (const key of keys.toArray() as string[]) {
      if (key in result || !values.has(key)) continue
      result[key] = fromShared(values.get(key))
    }
    return result
  }
  return value as Json
}

/** The text a JSON file is written as: two-space indentation and a final newline. */
export function formatJson(value: Json): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
