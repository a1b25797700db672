import { evaluate } from 'feelin'
import { describe, expect, it } from 'vitest'
import { toJsonValue } from './jsonValue'

describe('toJsonValue', () => {
  it('writes temporal values as ISO text, ranges as FEEL literals, functions as null', () => {
    const value = evaluate(
      '{d: date("2024-02-29"), t: time("10:30:00"), p: duration("P1Y2M"), r: [1..5), f: function(x) x, n: [1, null]}'
    ).value
    expect(toJsonValue(value)).toEqual({
      d: '2024-02-29',
      t: '10:30:00',
      p: 'P1Y2M',
      r: '[1..5)',
      f: null,
      n: [1, null],
    })
    expect(toJsonValue(Number.NaN)).toBeNull()
  })
})
