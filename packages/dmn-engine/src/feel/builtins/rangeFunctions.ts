import { FeelRange, type FeelFunction } from 'feelin'
import { compare } from '../feelOperators'
import { OverloadedFunction } from './overloadedFunction'

/**
 * FEEL's range functions (DMN 1.4+, 10.3.4.9) with the point and range variants as the
 * specification defines them. feelin 8 leaves `during`, `starts`, `finishes`, `coincides`, the
 * `overlaps before/after` pair and their converses unimplemented. Results are three-valued:
 * endpoints that cannot be compared give null.
 */
type Truth = boolean | null

const lt = (a: unknown, b: unknown): Truth => (comparable(a, b) ? truth(compare(a, '<', b)) : null)
const gt = (a: unknown, b: unknown): Truth => (comparable(a, b) ? truth(compare(a, '>', b)) : null)
const eq = (a: unknown, b: unknown): Truth => (comparable(a, b) ? truth(compare(a, '=', b)) : null)

/** Values of different FEEL types are not comparable (feelin compares 1 < "a" as JavaScript). */
export function comparable(a: unknown, b: unknown): boolean {
  if (a === null || b === null || a === undefined || b === undefined) return false
  if (typeof a !== typeof b) return false
  return typeof a !== 'object' || Object.getPrototypeOf(a) === Object.getPrototypeOf(b)
}

function truth(value: unknown): Truth {
  return typeof value === 'boolean' ? value : null
}

function and(...values: Truth[]): Truth {
  if (values.includes(false)) return false
  return values.includes(null) ? null : true
}

function or(...values: Truth[]): Truth {
  if (values.includes(true)) return true
  return values.includes(null) ? null : false
}

interface Bounds {
  start: unknown
  end: unknown
  startIncluded: boolean
  endIncluded: boolean
}

function bounds(range: FeelRange): Bounds {
  return {
    start: range.start,
    end: range.end,
    startIncluded: range['start included'],
    endIncluded: range['end included'],
  }
}

const isRange = (value: unknown): value is FeelRange => value instanceof FeelRange
const isPoint = (value: unknown): boolean =>
  value !== null && value !== undefined && !isRange(value)

function before(a: unknown, b: unknown): Truth {
  if (isPoint(a) && isPoint(b)) return lt(a, b)
  if (isPoint(a) && isRange(b)) {
    const r = bounds(b)
    return or(lt(a, r.start), and(eq(a, r.start), !r.startIncluded))
  }
  if (isRange(a) && isPoint(b)) {
    const r = bounds(a)
    return or(lt(r.end, b), and(eq(r.end, b), !r.endIncluded))
  }
  if (isRange(a) && isRange(b)) {
    const r1 = bounds(a)
    const r2 = bounds(b)
    return or(lt(r1.end, r2.start), and(!r1.endIncluded || !r2.startIncluded, eq(r1.end, r2.start)))
  }
  return null
}

function meets(a: unknown, b: unknown): Truth {
  if (!isRange(a) || !isRange(b)) return null
  const r1 = bounds(a)
  const r2 = bounds(b)
  return and(r1.endIncluded, r2.startIncluded, eq(r1.end, r2.start))
}

function overlaps(a: unknown, b: unknown): Truth {
  if (!isRange(a) || !isRange(b)) return null
  const r1 = bounds(a)
  const r2 = bounds(b)
  return and(
    or(gt(r1.end, r2.start), and(eq(r1.end, r2.start), r1.endIncluded, r2.startIncluded)),
    or(lt(r1.start, r2.end), and(eq(r1.start, r2.end), r1.startIncluded, r2.endIncluded))
  )
}

function overlapsBefore(a: unknown, b: unknown): Truth {
  if (!isRange(a) || !isRange(b)) return null
  const r1 = bounds(a)
  const r2 = bounds(b)
  return and(
    or(lt(r1.start, r2.start), and(eq(r1.start, r2.start), r1.startIncluded, !r2.startIncluded)),
    or(gt(r1.end, r2.start), and(eq(r1.end, r2.start), r1.endIncluded, r2.startIncluded)),
    or(lt(r1.end, r2.end), and(eq(r1.end, r2.end), !r1.endIncluded || r2.endIncluded))
  )
}

function finishes(a: unknown, b: unknown): Truth {
  if (isPoint(a) && isRange(b)) {
    const r = bounds(b)
    return and(r.endIncluded, eq(r.end, a))
  }
  if (!isRange(a) || !isRange(b)) return null
  const r1 = bounds(a)
  const r2 = bounds(b)
  return and(
    r1.endIncluded === r2.endIncluded,
    eq(r1.end, r2.end),
    or(gt(r1.start, r2.start), and(eq(r1.start, r2.start), !r1.startIncluded || r2.startIncluded))
  )
}

function includes(a: unknown, b: unknown): Truth {
  if (isRange(a) && isPoint(b)) {
    const r = bounds(a)
    return or(
      and(lt(r.start, b), gt(r.end, b)),
      and(eq(r.start, b), r.startIncluded),
      and(eq(r.end, b), r.endIncluded)
    )
  }
  if (!isRange(a) || !isRange(b)) return null
  const r1 = bounds(a)
  const r2 = bounds(b)
  return and(
    or(lt(r1.start, r2.start), and(eq(r1.start, r2.start), r1.startIncluded || !r2.startIncluded)),
    or(gt(r1.end, r2.end), and(eq(r1.end, r2.end), r1.endIncluded || !r2.endIncluded))
  )
}

function starts(a: unknown, b: unknown): Truth {
  if (isPoint(a) && isRange(b)) {
    const r = bounds(b)
    return and(eq(r.start, a), r.startIncluded)
  }
  if (!isRange(a) || !isRange(b)) return null
  const r1 = bounds(a)
  const r2 = bounds(b)
  return and(
    eq(r1.start, r2.start),
    r1.startIncluded === r2.startIncluded,
    or(gt(r2.end, r1.end), and(eq(r2.end, r1.end), !r1.endIncluded || r2.endIncluded))
  )
}

function coincides(a: unknown, b: unknown): Truth {
  if (isPoint(a) && isPoint(b)) return eq(a, b)
  if (!isRange(a) || !isRange(b)) return null
  const r1 = bounds(a)
  const r2 = bounds(b)
  return and(
    eq(r1.start, r2.start),
    r1.startIncluded === r2.startIncluded,
    eq(r1.end, r2.end),
    r1.endIncluded === r2.endIncluded
  )
}

type Binary = (a: unknown, b: unknown) => Truth

/** The second argument first: `after(a, b)` is `before(b, a)`, `during` is `includes` swapped. */
const swapped =
  (fn: Binary): Binary =>
  (a, b) =>
    fn(b, a)

function define(fn: Binary, names: string[]): FeelFunction {
  return new OverloadedFunction(
    (...args: unknown[]) => (args.length === 2 ? fn(args[0] ?? null, args[1] ?? null) : null),
    new Set(names),
    2
  )
}

const POINTS = ['point1', 'point2', 'point', 'range', 'range1', 'range2']
const RANGES = ['range1', 'range2']

export const rangeFunctions: Record<string, FeelFunction> = {
  before: define(before, POINTS),
  after: define(swapped(before), POINTS),
  meets: define(meets, RANGES),
  'met by': define(swapped(meets), RANGES),
  overlaps: define(overlaps, RANGES),
  'overlaps before': define(overlapsBefore, RANGES),
  'overlaps after': define(swapped(overlapsBefore), RANGES),
  finishes: define(finishes, ['point', 'range', 'range1', 'range2']),
  'finished by': define(swapped(finishes), ['range', 'point', 'range1', 'range2']),
  includes: define(includes, ['range', 'point', 'range1', 'range2']),
  during: define(swapped(includes), ['point', 'range', 'range1', 'range2']),
  starts: define(starts, ['point', 'range', 'range1', 'range2']),
  'started by': define(swapped(starts), ['range', 'point', 'range1', 'range2']),
  coincides: define(coincides, POINTS),
}
