import { describe, expect, it } from 'vitest'
import { applyHitPolicy, type HitPolicyInput } from './hitPolicy'

/** Rule n outputs `outputs[n - 1]`; priorities from the position in `order`. */
function input(
  hitPolicy: HitPolicyInput['hitPolicy'],
  matched: number[],
  outputs: unknown[],
  order: unknown[] = [],
  aggregation?: HitPolicyInput['aggregation']
): HitPolicyInput {
  return {
    hitPolicy,
    ...(aggregation ? { aggregation } : {}),
    matched,
    output: (rule) => outputs[rule - 1],
    priority: (rule) => [order.indexOf(outputs[rule - 1])],
  }
}

describe('applyHitPolicy', () => {
  const outputs = ['low', 'high', 'top', 'high']
  const order = ['top', 'high', 'low']

  it('UNIQUE: one match is the result, two are a violation naming the rules', () => {
    expect(applyHitPolicy(input('UNIQUE', [2], outputs))).toEqual({ kind: 'value', value: 'high' })
    expect(applyHitPolicy(input('UNIQUE', [1, 3], outputs))).toEqual({
      kind: 'uniqueViolated',
      rules: [1, 3],
    })
  })

  it('ANY: equal outputs are fine, different ones a violation', () => {
    expect(applyHitPolicy(input('ANY', [2, 4], outputs))).toEqual({ kind: 'value', value: 'high' })
    expect(applyHitPolicy(input('ANY', [1, 2], outputs))).toEqual({
      kind: 'anyViolated',
      rules: [1, 2],
    })
  })

  it('FIRST and PRIORITY', () => {
    expect(applyHitPolicy(input('FIRST', [3, 4], outputs))).toEqual({ kind: 'value', value: 'top' })
    expect(applyHitPolicy(input('PRIORITY', [1, 2, 3], outputs, order))).toEqual({
      kind: 'value',
      value: 'top',
    })
    expect(applyHitPolicy(input('PRIORITY', [1, 4], outputs, order))).toEqual({
      kind: 'value',
      value: 'high',
    })
  })

  it('RULE ORDER, OUTPUT ORDER (stable) and COLLECT', () => {
    expect(applyHitPolicy(input('RULE ORDER', [1, 2, 3], outputs))).toEqual({
      kind: 'value',
      value: ['low', 'high', 'top'],
    })
    expect(applyHitPolicy(input('OUTPUT ORDER', [1, 2, 3, 4], outputs, order))).toEqual({
      kind: 'value',
      value: ['top', 'high', 'high', 'low'],
    })
    expect(applyHitPolicy(input('COLLECT', [4, 1], outputs))).toEqual({
      kind: 'value',
      value: ['high', 'low'],
    })
  })

  it('aggregates: SUM, MIN, MAX, COUNT; nulls are skipped; mixed types fail', () => {
    const numbers = [3, null, 10, 1]
    expect(applyHitPolicy(input('COLLECT', [1, 2, 3, 4], numbers, [], 'SUM'))).toEqual({
      kind: 'value',
      value: 14,
    })
    expect(applyHitPolicy(input('COLLECT', [1, 2, 3, 4], numbers, [], 'MIN'))).toEqual({
      kind: 'value',
      value: 1,
    })
    expect(applyHitPolicy(input('COLLECT', [1, 2, 3, 4], numbers, [], 'MAX'))).toEqual({
      kind: 'value',
      value: 10,
    })
    expect(applyHitPolicy(input('COLLECT', [1, 2, 3, 4], numbers, [], 'COUNT'))).toEqual({
      kind: 'value',
      value: 3,
    })
    expect(applyHitPolicy(input('COLLECT', [1, 2], [1, 'a'], [], 'SUM'))).toEqual({
      kind: 'aggregationFailed',
      values: [1, 'a'],
    })
  })

  it('no match: none, except COUNT which is 0', () => {
    expect(applyHitPolicy(input('UNIQUE', [], outputs))).toEqual({ kind: 'none' })
    expect(applyHitPolicy(input('COLLECT', [], outputs))).toEqual({ kind: 'none' })
    expect(applyHitPolicy(input('COLLECT', [], outputs, [], 'COUNT'))).toEqual({
      kind: 'value',
      value: 0,
    })
  })
})
