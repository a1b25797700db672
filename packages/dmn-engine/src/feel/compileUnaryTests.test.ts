import { evaluate, unaryTest } from 'feelin'
import { describe, expect, it } from 'vitest'
import { FeelSyntaxError } from './compileExpression'
import { compileUnaryTests } from './compileUnaryTests'

const numbers: unknown[] = [5, 4.5, 7, 1, 0, -2, -1.5, null]
const strings: unknown[] = ['a', 'b', 'm', 'z', null]
const booleans: unknown[] = [true, false, null]

/** Each literal test with values of its own type (and null). */
const literalTests: Array<[string, unknown[]]> = [
  ...['5', '< 5', '<= 5', '> 5', '>= 5', '!= 5', '= 5', '5, 7', 'not(5)', '-1.5', '< -1'].map(
    (text): [string, unknown[]] => [text, numbers]
  ),
  ...['[1..5]', '(1..5)', ']1..5[', '[1..5)', '[5..1]'].map((text): [string, unknown[]] => [
    text,
    numbers,
  ]),
  ...['"a"', '> "m"', '!= "a"', 'not("a", "b")'].map((text): [string, unknown[]] => [
    text,
    strings,
  ]),
  ...['true', 'false'].map((text): [string, unknown[]] => [text, booleans]),
  ...['null', '-'].map((text): [string, unknown[]] => [
    text,
    [...numbers, ...strings, ...booleans],
  ]),
]

describe('unary tests: the literal fast path', () => {
  it.each(literalTests)(
    '%s answers like feelin for values of its type and null',
    (text, values) => {
      const compiled = compileUnaryTests(text, [])
      for (const value of values) {
        const expected = unaryTest(text, { '?': value }).value === true
        expect({ value, passes: compiled.test(value, {}) }).toEqual({ value, passes: expected })
      }
    }
  )

  it('never matches a value of another type (FEEL: not comparable), unlike feelin', () => {
    // feelin compares "a" <= 5 with JavaScript coercion and says true.
    expect(unaryTest('<= 5', { '?': 'a' }).value).toBe(true)
    expect(compileUnaryTests('<= 5', []).test('a', {})).toBe(false)
    expect(compileUnaryTests('[1..5]', []).test(true, {})).toBe(false)
    expect(compileUnaryTests('5', []).test('5', {})).toBe(false)
  })
})

describe('unary tests: compiled with feelin', () => {
  it('evaluates comparisons and intervals over variables in scope', () => {
    const tests = compileUnaryTests('< limit, [low..high]', ['limit', 'low', 'high'])
    expect(tests.names).toEqual(expect.arrayContaining(['limit', 'low', 'high']))
    const scope = { limit: 0, low: 10, high: 20 }
    expect(tests.test(-1, scope)).toBe(true)
    expect(tests.test(15, scope)).toBe(true)
    expect(tests.test(5, scope)).toBe(false)
    expect(tests.test(15, { limit: 0, low: 16, high: 20 })).toBe(false)
  })

  it('takes an expression that reads ? as the condition itself', () => {
    const tests = compileUnaryTests('? > x, starts with(?, "ab")', ['x'])
    expect(tests.test(5, { x: 4 })).toBe(true)
    expect(tests.test(3, { x: 4 })).toBe(false)
    expect(tests.test('abc', { x: 4 })).toBe(true)
  })

  it('compares the input with an expression that does not read ?', () => {
    // A boolean variable is a value to compare with, not the outcome of the test.
    const flag = compileUnaryTests('expected', ['expected'])
    expect(flag.test(false, { expected: false })).toBe(true)
    expect(flag.test(true, { expected: false })).toBe(false)
    const list = compileUnaryTests('allowed', ['allowed'])
    expect(list.test('b', { allowed: ['a', 'b'] })).toBe(true)
    expect(list.test('c', { allowed: ['a', 'b'] })).toBe(false)
    const dates = compileUnaryTests('date("2024-01-01")', [])
    expect(dates.test(evaluate('date("2024-01-01")').value, {})).toBe(true)
    expect(dates.test(evaluate('date("2024-01-02")').value, {})).toBe(false)
  })

  it('reads names with spaces when they are in scope', () => {
    const tests = compileUnaryTests('>= Minimum Age', ['Minimum Age'])
    expect(tests.test(18, { 'Minimum Age': 18 })).toBe(true)
    expect(tests.test(17, { 'Minimum Age': 18 })).toBe(false)
  })

  it('gives the position of the first positive test a value passes (priority order)', () => {
    const values = compileUnaryTests('"high", "medium", "low"', [])
    expect(values.indexOf('medium', {})).toBe(1)
    expect(values.indexOf('none', {})).toBe(-1)
    expect(compileUnaryTests('not("x")', []).indexOf('y', {})).toBe(-1)
  })

  it('treats - and an empty cell as always passing', () => {
    for (const text of ['-', '', '  ']) {
      const tests = compileUnaryTests(text, [])
      expect(tests.isWildcard).toBe(true)
      expect(tests.test(null, {})).toBe(true)
    }
  })

  it('throws a syntax error with the offset of the problem', () => {
    expect(() => compileUnaryTests('>= 2 )', [])).toThrow(FeelSyntaxError)
    try {
      compileUnaryTests('"a" "b"', [])
      expect.unreachable()
    } catch (error) {
      expect((error as FeelSyntaxError).issue).toEqual({ offset: 4, near: '"b"' })
    }
  })
})
