import { evaluate, FeelFunction, FeelRange } from 'feelin'
import { compare } from '../feelOperators'
import { comparable } from './rangeFunctions'

/**
 * `range(from)` (DMN 1.5, 10.3.4.x): reads a range literal from a string, e.g. `"[18..21)"`. Both
 * end points must be literals of one type (numbers, strings, `@"…"` temporal literals or a
 * temporal constructor with a string literal) and the start must not be after the end; anything
 * else gives null. feelin 8 has no `range` function.
 */
export const rangeFromString = new FeelFunction((from: unknown) => rangeFrom(from), ['from'])

const SHAPE = /^\s*([[(\]])([\s\S]*)([\])[])\s*$/
const LITERAL =
  /^(?:-?(?:\d+(?:\.\d+)?|\.\d+)|"(?:[^"\\]|\\.)*"|@"[^"]*"|(?:date and time|date|time|duration)\(\s*"[^"]*"\s*\))$/

const cache = new Map<string, FeelRange | null>()

function rangeFrom(from: unknown): FeelRange | null {
  if (typeof from !== 'string') return null
  const cached = cache.get(from)
  if (cached !== undefined) return cached
  const range = read(from)
  if (cache.size < 1000) cache.set(from, range)
  return range
}

function read(text: string): FeelRange | null {
  const shape = SHAPE.exec(text)
  if (!shape) return null
  const [, open, inner, close] = shape as unknown as [string, string, string, string]
  const parts = splitAtDots(inner)
  if (!parts) return null
  const [start, end] = parts.map((part) => part.trim()) as [string, string]
  if (!LITERAL.test(start) || !LITERAL.test(end)) return null
  const low = evaluate(start, {}, undefined).value
  const high = evaluate(end, {}, undefined).value
  if (!comparable(low, high) || compare(low, '<=', high) !== true) return null
  try {
    const { value } = evaluate(`${open}${start}..${end}${close}`, {}, undefined)
    return value instanceof FeelRange ? value : null
  } catch {
    return null
  }
}

/** Splits at the one `..` outside string literals; undefined when there is not exactly one. */
function splitAtDots(inner: string): [string, string] | undefined {
  let inString = false
  let found = -1
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i]
    if (char === '\\' && inString) i++
    else if (char === '"') inString = !inString
    else if (!inString && char === '.' && inner[i + 1] === '.') {
      if (found !== -1) return undefined
      found = i
      i++
    }
  }
  return found === -1 ? undefined : [inner.slice(0, found), inner.slice(found + 2)]
}
