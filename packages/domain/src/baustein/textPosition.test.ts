import { describe, expect, it } from 'vitest'
import { lineAndColumn } from './textPosition'

describe('lineAndColumn', () => {
  it('counts 1-based lines and columns', () => {
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 })
    expect(lineAndColumn('abc\ndef', 5)).toEqual({ line: 2, column: 2 })
  })

  it('treats \\r\\n as one line break and a lone \\r as a break', () => {
    expect(lineAndColumn('a\r\nb\rc', 3)).toEqual({ line: 2, column: 1 })
    expect(lineAndColumn('a\r\nb\rc', 5)).toEqual({ line: 3, column: 1 })
  })

  it('places an offset at the end of the text after the last character', () => {
    expect(lineAndColumn('ab\n', 3)).toEqual({ line: 2, column: 1 })
    expect(lineAndColumn('ab', 99)).toEqual({ line: 1, column: 3 })
  })
})
