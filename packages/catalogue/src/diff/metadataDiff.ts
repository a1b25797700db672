import type { JsonValue } from '../model/json'
import type { MetadataChange } from './diffTypes'

/** RFC 6901: `~` and `/` in a key are escaped so every pointer names exactly one field. */
function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}

function isObject(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Field-level changes between two metadata objects: recursing through objects by key and arrays by
 * index, so a change deep in a list names its exact place (`/leistungen/0/leistungsschluessel`). A
 * value that changes its kind (object ↔ array ↔ primitive) is one change at its own pointer.
 */
export function diffMetadata(before: JsonValue, after: JsonValue, pointer = ''): MetadataChange[] {
  if (isObject(before) && isObject(after)) {
    const changes: MetadataChange[] = []
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
    for (const key of keys) {
      const path = `${pointer}/${escape(key)}`
      const old = before[key]
      const now = after[key]
      if (old === undefined && now !== undefined)
        changes.push({ pointer: path, kind: 'added', newValue: now })
      else if (old !== undefined && now === undefined)
        changes.push({ pointer: path, kind: 'removed', oldValue: old })
      else if (old !== undefined && now !== undefined) changes.push(...diffMetadata(old, now, path))
    }
    return changes
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: MetadataChange[] = []
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const path = `${pointer}/${i}`
      if (i >= before.length)
        changes.push({ pointer: path, kind: 'added', newValue: after[i] as JsonValue })
      else if (i >= after.length)
        changes.push({ pointer: path, kind: 'removed', oldValue: before[i] as JsonValue })
      else changes.push(...diffMetadata(before[i] as JsonValue, after[i] as JsonValue, path))
    }
    return changes
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  return [{ pointer, kind: 'changed', oldValue: before, newValue: after }]
}
