import { evaluate, FeelFunction } from 'feelin'
import { formatValue } from '../feel/formatValue'
import { isContext } from '../types/conform'
import { toFeelValue } from './tckValues'
import type { TckValue } from './testFile'

/**
 * Compares an engine result with a TCK expected value. Numbers are equal within 1e-8 (relative
 * above 1): FEEL numbers are decimals of 34 digits while feelin computes in binary doubles, and
 * some TCK expectations are written with 8 decimal places (`exp(-1)` expects 0.36787944). Dates, times, date-times and durations are equal when FEEL's `is()` says so (same
 * type, same value, same zone offset), so `Z` and `+00:00` or `P1Y` and `P12M` match. Lists compare
 * item by item, contexts entry by entry with the same entry names.
 */
export function sameValue(expected: TckValue, actual: unknown): boolean {
  if (actual === undefined) actual = null
  switch (expected.kind) {
    case 'null':
      return actual === null
    case 'list':
      return (
        Array.isArray(actual) &&
        actual.length === expected.items.length &&
        expected.items.every((item, index) => sameValue(item, actual[index]))
      )
    case 'context': {
      if (!isContext(actual)) return false
      const names = new Set(expected.entries.map((entry) => entry.name))
      if (Object.keys(actual).some((key) => !names.has(key))) return false
      return expected.entries.every((entry) => sameValue(entry.value, actual[entry.name]))
    }
    case 'scalar':
      return sameScalar(expected.xsdType, toFeelValue(expected), actual)
  }
}

function sameScalar(xsdType: string, expected: unknown, actual: unknown): boolean {
  if (expected === null) return actual === null
  switch (xsdType) {
    case 'decimal':
    case 'double':
    case 'float':
    case 'integer':
    case 'int':
    case 'long':
    case 'short':
      return typeof actual === 'number' && closeEnough(expected as number, actual)
    case 'date':
    case 'time':
    case 'dateTime':
    case 'duration':
      return strictlyEqual(expected, actual)
    default:
      return expected === actual
  }
}

function closeEnough(expected: number, actual: number): boolean {
  if (expected === actual) return true
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return false
  return Math.abs(expected - actual) <= 1e-8 * Math.max(1, Math.abs(expected), Math.abs(actual))
}

const is = (() => {
  const { value } = evaluate('function(a, b) is(a, b)', {}, undefined)
  if (!(value instanceof FeelFunction)) throw new Error('feelin cannot compile is()')
  return value.fn
})()

function strictlyEqual(expected: unknown, actual: unknown): boolean {
  return is(expected, actual) === true
}

/** Renders a TCK value the way the report shows expected results. */
export function formatTckValue(value: TckValue): string {
  return formatValue(toFeelValue(value), 160)
}
