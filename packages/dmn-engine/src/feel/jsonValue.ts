import { FeelDate, FeelDateTime, FeelDuration, FeelFunction, FeelRange, FeelTime } from 'feelin'
import type { JsonValue } from '@bauplan/domain'

/**
 * A FEEL value as JSON: dates, times, date-times and durations become their ISO 8601 text, ranges
 * their FEEL literal (`[1..10)`), functions null. This is how results leave the engine for files
 * and APIs, and how decision tests (written in JSON) compare with them.
 */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'boolean' || typeof value === 'string') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (Array.isArray(value)) return value.map(toJsonValue)
  if (
    value instanceof FeelDate ||
    value instanceof FeelTime ||
    value instanceof FeelDateTime ||
    value instanceof FeelDuration
  ) {
    return value.toString()
  }
  if (value instanceof FeelRange) {
    const open = value['start included'] ? '[' : '('
    const close = value['end included'] ? ']' : ')'
    return `${open}${literal(value.start)}..${literal(value.end)}${close}`
  }
  if (value instanceof FeelFunction || typeof value === 'function') return null
  if (typeof value === 'object') {
    const result: Record<string, JsonValue> = {}
    for (const [key, item] of Object.entries(value)) result[key] = toJsonValue(item)
    return result
  }
  return null
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return `@"${String(value)}"`
}
