import { describe, expect, it } from 'vitest'
import { compileExpression, FeelSyntaxError, type FeelWarning } from './compileExpression'

describe('compileExpression', () => {
  it('compiles once and evaluates against each scope it is given', () => {
    const compiled = compileExpression('Monthly Income * 12 + bonus', ['Monthly Income', 'bonus'])
    expect(compiled.names).toEqual(expect.arrayContaining(['Monthly Income', 'bonus']))
    expect(compiled.evaluate({ 'Monthly Income': 1000, bonus: 5 })).toBe(12005)
    expect(compiled.evaluate({ 'Monthly Income': 2000, bonus: 0 })).toBe(24000)
  })

  it('binds names the caller did not declare (implicit inputs) and keeps built-ins working', () => {
    const compiled = compileExpression('count(items) + string length(label)', [])
    expect(compiled.names).toEqual(expect.arrayContaining(['items', 'label']))
    expect(compiled.evaluate({ items: [1, 2, 3], label: 'ab' })).toBe(5)
  })

  it('lets iteration, function and context names shadow the scope', () => {
    expect(compileExpression('for x in [1, 2] return x * k', ['k']).evaluate({ k: 3 })).toEqual([
      3, 6,
    ])
    expect(compileExpression('{a: 1, b: a + 1}.b', []).evaluate({ a: 100 })).toBe(2)
    expect(compileExpression('(function(x) x + 1)(x)', ['x']).evaluate({ x: 1 })).toBe(2)
    expect(compileExpression('items[item > 1]', ['items']).evaluate({ items: [1, 2, 3] })).toEqual([
      2, 3,
    ])
  })

  it('answers literals and plain names without running feelin', () => {
    expect(compileExpression(' -1.5 ', []).names).toEqual([])
    expect(compileExpression('"text"', []).evaluate({})).toBe('text')
    const name = compileExpression('Age', ['Age'])
    expect(name.evaluate({ Age: 7 })).toBe(7)
    const warnings: FeelWarning[] = []
    expect(name.evaluate({}, warnings)).toBeNull()
    expect(warnings.map((w) => w.type)).toEqual(['NO_VARIABLE_FOUND'])
  })

  it('hands out feelin warnings per evaluation', () => {
    const compiled = compileExpression('x + 1', ['x'])
    const first: FeelWarning[] = []
    expect(compiled.evaluate({}, first)).toBeNull()
    expect(first.map((w) => w.type)).toEqual(['NO_VARIABLE_FOUND', 'INVALID_TYPE'])
    const second: FeelWarning[] = []
    expect(compiled.evaluate({ x: 1 }, second)).toBe(2)
    expect(second).toEqual([])
  })

  it('throws a syntax error with the offset in the original text', () => {
    try {
      compileExpression('a + * b', ['a', 'b'])
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(FeelSyntaxError)
      expect((error as FeelSyntaxError).issue.offset).toBe(4)
    }
    try {
      compileExpression('1 +', [])
      expect.unreachable()
    } catch (error) {
      expect((error as FeelSyntaxError).issue).toEqual({ offset: 3, near: '' })
    }
  })

  it('raises an error feelin throws while folding constants when evaluated, not when compiled', () => {
    const compiled = compileExpression('date("-2017-01-01")', [])
    expect(() => compiled.evaluate({})).toThrow()
  })

  it('uses the engine’s range functions where feelin has none', () => {
    expect(compileExpression('during(5, [1..10])', []).evaluate({})).toBe(true)
    expect(compileExpression('2 in range("[1..3]")', []).evaluate({})).toBe(true)
    expect(
      compileExpression('matches("hello world", "hello\\\\ sworld", "x")', []).evaluate({})
    ).toBe(true)
  })
})
