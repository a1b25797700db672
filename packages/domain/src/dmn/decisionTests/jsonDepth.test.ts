import { describe, expect, it } from 'vitest'
import { jsonNestingDepth } from './jsonDepth'

describe('jsonNestingDepth', () => {
  it('counts arrays and objects', () => {
    expect(jsonNestingDepth('1')).toBe(0)
    expect(jsonNestingDepth('{"a": [1, {"b": []}]}')).toBe(4)
    expect(jsonNestingDepth('[[], [], []]')).toBe(2)
  })

  it('ignores brackets inside strings, including escaped quotes', () => {
    expect(jsonNestingDepth('{"a": "[[[{{{"}')).toBe(1)
    expect(jsonNestingDepth('{"a": "\\"[[[", "b": [1]}')).toBe(2)
  })

  it('measures a hostile text in linear time without parsing it', () => {
    const text = '['.repeat(500_000)
    expect(jsonNestingDepth(text)).toBe(500_000)
  })
})
