import { compare, feelEquals } from './feel/feelOperators'
import type { Aggregation, HitPolicy } from './model'

/**
 * Hit policies (DMN 1.3, 8.2.11): from the rules that matched to the table's result. Pure: the
 * table compiler hands in the matched rules (1-based indexes, in rule order) and a way to get a
 * rule's output, and gets back a value or the reason the table has no result.
 */
export interface HitPolicyInput {
  hitPolicy: HitPolicy
  aggregation?: Aggregation
  /** Matched rules in rule order. */
  matched: readonly number[]
  /** The output of a rule: one value, or a context for several output columns. */
  output(rule: number): unknown
  /**
   * Priority of a rule's output, by the order of the output values lists (lower comes first);
   * one number per output column that has output values.
   */
  priority(rule: number): readonly number[]
}

export type HitPolicyResult =
  | { kind: 'value'; value: unknown }
  /**
   * No rule matched: the caller applies the default outputs; without them a single-hit table
   * gives null and a table that returns its hits as a list gives an empty list.
   */
  | { kind: 'none' }
  | { kind: 'uniqueViolated'; rules: number[] }
  | { kind: 'anyViolated'; rules: number[] }
  | { kind: 'aggregationFailed'; values: unknown[] }

export function applyHitPolicy(input: HitPolicyInput): HitPolicyResult {
  const { matched, hitPolicy } = input
  const multiple =
    hitPolicy === 'COLLECT' || hitPolicy === 'RULE ORDER' || hitPolicy === 'OUTPUT ORDER'
  if (matched.length === 0) {
    // C# over no rules is 0; the other aggregations and single-hit policies have no result.
    if (hitPolicy === 'COLLECT' && input.aggregation === 'COUNT') return { kind: 'value', value: 0 }
    return { kind: 'none' }
  }
  if (!multiple) return singleHit(input)
  const rules = hitPolicy === 'OUTPUT ORDER' ? byPriority(input, matched) : matched
  const outputs = rules.map((rule) => input.output(rule))
  if (hitPolicy !== 'COLLECT' || input.aggregation === undefined) {
    return { kind: 'value', value: outputs }
  }
  return aggregate(input.aggregation, outputs)
}

function singleHit(input: HitPolicyInput): HitPolicyResult {
  const { matched } = input
  const first = matched[0] as number
  switch (input.hitPolicy) {
    case 'UNIQUE':
      return matched.length > 1
        ? { kind: 'uniqueViolated', rules: [...matched] }
        : { kind: 'value', value: input.output(first) }
    case 'ANY': {
      const value = input.output(first)
      for (const rule of matched.slice(1)) {
        if (!feelEquals(input.output(rule), value)) {
          return { kind: 'anyViolated', rules: [...matched] }
        }
      }
      return { kind: 'value', value }
    }
    case 'PRIORITY':
      return { kind: 'value', value: input.output(byPriority(input, matched)[0] as number) }
    default:
      // FIRST (the table stops matching after the first rule)
      return { kind: 'value', value: input.output(first) }
  }
}

/** Matched rules ordered by output priority; equal priorities keep rule order (stable sort). */
function byPriority(input: HitPolicyInput, matched: readonly number[]): number[] {
  const priorities = new Map(matched.map((rule) => [rule, input.priority(rule)]))
  return [...matched].sort((a, b) => {
    const pa = priorities.get(a) ?? []
    const pb = priorities.get(b) ?? []
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
      const difference = (pa[i] as number) - (pb[i] as number)
      if (difference !== 0) return difference
    }
    return 0
  })
}

function aggregate(aggregation: Aggregation, outputs: unknown[]): HitPolicyResult {
  const values = outputs.filter((value) => value !== null && value !== undefined)
  switch (aggregation) {
    case 'COUNT':
      return { kind: 'value', value: values.length }
    case 'SUM': {
      if (values.length === 0) return { kind: 'none' }
      if (!values.every((value) => typeof value === 'number')) {
        return { kind: 'aggregationFailed', values: outputs }
      }
      return { kind: 'value', value: (values as number[]).reduce((sum, value) => sum + value, 0) }
    }
    case 'MIN':
    case 'MAX': {
      if (values.length === 0) return { kind: 'none' }
      const wanted = aggregation === 'MIN' ? '<' : '>'
      let best = values[0]
      for (const value of values.slice(1)) {
        const better = compare(value, wanted, best)
        if (better === null) return { kind: 'aggregationFailed', values: outputs }
        if (better === true) best = value
      }
      return { kind: 'value', value: best }
    }
  }
}
