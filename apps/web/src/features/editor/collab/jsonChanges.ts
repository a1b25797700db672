import type { Json, JsonPath } from '@bauplan/collab'

/** One write of `setJsonValue`: the value at `path`, or its removal (`undefined`). */
export interface JsonChange {
  path: JsonPath
  value: Json | undefined
}

/**
 * The smallest writes that turn `before` into `after`, field by field. Forms hand in the whole
 * metadata after every keystroke; writing it whole would replace every field, so a concurrent
 * edit of another field by someone else would be lost. Arrays whose length changed are written
 * whole (an index-wise diff would guess at moves); arrays of equal length are compared per item.
 */
export function jsonChanges(
  before: Json | undefined,
  after: Json,
  path: JsonPath = []
): JsonChange[] {
  if (before === undefined) return [{ path, value: after }]
  if (isObject(before) && isObject(after)) {
    const changes: JsonChange[] = []
    for (const [key, value] of Object.entries(after)) {
      changes.push(...jsonChanges(before[key], value, [...path, key]))
    }
    for (const key of Object.keys(before)) {
      if (!(key in after)) changes.push({ path: [...path, key], value: undefined })
    }
    return changes
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return after.flatMap((value, index) => jsonChanges(before[index], value, [...path, index]))
  }
  return sameJson(before, after) ? [] : [{ path, value: after }]
}

/** The value as JSON would store it: `undefined` fields dropped, non-JSON values refused. */
export function asJson(value: unknown): Json {
  const text = JSON.stringify(value)
  if (text === undefined) throw new TypeError('value is not representable as JSON')
  return JSON.parse(text) as Json
}

function isObject(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return JSON.stringify(a) === JSON.stringify(b)
}
