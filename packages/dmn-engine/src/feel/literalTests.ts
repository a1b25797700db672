import type { ComparisonOperator } from './feelOperators'
import { literalValue } from './literalValue'

/**
 * Fast predicates for the unary tests decision tables are mostly made of: a number, string,
 * boolean or null literal, a comparison with a number or string literal, and an interval between
 * two number literals. They give the same answer as feelin for values of the literal's type and
 * for null; a value of another type never matches (feelin says null or false there, both "no
 * match"). Everything else returns undefined and is compiled with feelin.
 */
export type Predicate = (value: unknown) => boolean

type Scalar = number | string | boolean

export function literalEquality(text: string): Predicate | undefined {
  const literal = literalValue(text.trim())
  if (literal === undefined) return undefined
  const expected = literal.value
  if (expected === null) return (value) => value === null || value === undefined
  return (value) => unwrapSingleton(value) === expected
}

export function literalComparison(op: ComparisonOperator, operand: string): Predicate | undefined {
  const literal = literalValue(operand.trim())
  if (literal === undefined) return undefined
  const bound = literal.value
  if (typeof bound !== 'number' && typeof bound !== 'string') return undefined
  const type = typeof bound
  switch (op) {
    case '=':
      return (value) => unwrapSingleton(value) === bound
    case '!=':
      // FEEL: null != 5 is true; a value of another type is not comparable (null, no match).
      return (value) => {
        const v = unwrapSingleton(value)
        if (v === null || v === undefined) return true
        return typeof v === type && v !== bound
      }
    case '<':
      return (value) => typeof value === type && (value as Scalar) < bound
    case '<=':
      return (value) => typeof value === type && (value as Scalar) <= bound
    case '>':
      return (value) => typeof value === type && (value as Scalar) > bound
    case '>=':
      return (value) => typeof value === type && (value as Scalar) >= bound
  }
}

/** `[a..b]`, `(a..b)`, `]a..b[` and mixed forms with number literals as end points. */
export function literalInterval(text: string): Predicate | undefined {
  const match = INTERVAL.exec(text.trim())
  if (!match) return undefined
  const [, open, from, to, close] = match as unknown as [string, string, string, string, string]
  let low = Number(from)
  let high = Number(to)
  let lowIncluded = open === '['
  let highIncluded = close === ']'
  if (low > high) {
    // feelin reads a descending interval with its end points swapped
    ;[low, high] = [high, low]
    ;[lowIncluded, highIncluded] = [highIncluded, lowIncluded]
  }
  return (value) => {
    if (typeof value !== 'number') return false
    const aboveLow = lowIncluded ? value >= low : value > low
    return aboveLow && (highIncluded ? value <= high : value < high)
  }
}

const NUMBER = String.raw`-?(?:\d+(?:\.\d+)?|\.\d+)`
const INTERVAL = new RegExp(String.raw`^([\[(\]])\s*(${NUMBER})\s*\.\.\s*(${NUMBER})\s*([\])\[])$`)

/** feelin compares a one-element list like its element. */
function unwrapSingleton(value: unknown): unknown {
  return Array.isArray(value) && value.length < 2 ? value[0] : value
}

/**
 * A whole cell made only of literal tests (`"A","B"`, `not(1, 2)`, `>= 18`, `[1..5)`), recognised
 * without feelin's parser, which costs about a millisecond per cell: a generated 1,000-rule table
 * would otherwise take seconds to compile. Undefined for anything else.
 */
export function literalCell(text: string): { negated: boolean; tests: Predicate[] } | undefined {
  let body = text.trim()
  let negated = false
  const not = /^not\s*\(([\s\S]*)\)$/.exec(body)
  if (not) {
    negated = true
    body = not[1]!
  }
  const parts = splitOutsideStrings(body)
  const tests: Predicate[] = []
  for (const part of parts) {
    const test = literalTest(part.trim())
    if (!test) return undefined
    tests.push(test)
  }
  return tests.length > 0 ? { negated, tests } : undefined
}

const COMPARISON = /^(<=|>=|!=|<|>|=)\s*([\s\S]+)$/

function literalTest(part: string): Predicate | undefined {
  const comparison = COMPARISON.exec(part)
  if (comparison) return literalComparison(comparison[1] as ComparisonOperator, comparison[2]!)
  return literalEquality(part) ?? literalInterval(part)
}

/** Splits at commas that are not inside a string literal. */
function splitOutsideStrings(text: string): string[] {
  const parts: string[] = []
  let start = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (inString && char === '\\') i++
    else if (char === '"') inString = !inString
    else if (!inString && char === ',') {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts
}
