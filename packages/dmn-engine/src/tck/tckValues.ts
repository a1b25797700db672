import { duration, parseDate, parseDateTime, parseTime } from 'feelin'
import type { TckValue } from './testFile'

/** Turns a TCK value into the FEEL value the engine works with. */
export function toFeelValue(value: TckValue): unknown {
  switch (value.kind) {
    case 'null':
      return null
    case 'list':
      return value.items.map(toFeelValue)
    case 'context': {
      const context: Record<string, unknown> = {}
      for (const entry of value.entries) context[entry.name] = toFeelValue(entry.value)
      return context
    }
    case 'scalar':
      return scalar(value.xsdType, value.text)
  }
}

function scalar(xsdType: string, text: string): unknown {
  const trimmed = text.trim()
  switch (xsdType) {
    case 'string':
      return text
    case 'boolean':
      return trimmed === 'true' || trimmed === '1'
    case 'decimal':
    case 'double':
    case 'float':
    case 'integer':
    case 'int':
    case 'long':
    case 'short':
      return xsdNumber(trimmed)
    case 'date':
      return parseDate(trimmed)
    case 'time':
      return parseTime(trimmed)
    case 'dateTime':
      return parseDateTime(trimmed)
    case 'duration':
      return duration(trimmed)
    default:
      return text
  }
}

function xsdNumber(text: string): number {
  if (text === 'INF') return Infinity
  if (text === '-INF') return -Infinity
  return Number(text)
}
