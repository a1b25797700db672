import { describe, expect, it } from 'vitest'
import { compileExpression } from '../compileExpression'

const feel = (text: string): unknown => compileExpression(text, []).evaluate({})

describe('range functions (DMN 1.4+, 10.3.4.9)', () => {
  it.each([
    ['before(1, 10)', true],
    ['before(10, 1)', false],
    ['before(1, (1..10])', true],
    ['before(1, [1..10])', false],
    ['before([1..10), 10)', true],
    ['before([1..10], [10..20])', false],
    ['before([1..10), [10..20])', true],
    ['after([11..20], 10)', true],
    ['after((11..20], 11)', true],
    ['meets([1..5], [5..10])', true],
    ['meets([1..5), [5..10])', false],
    ['met by([5..10], [1..5])', true],
    ['overlaps([1..5], [3..8])', true],
    ['overlaps([1..5], [6..8])', false],
    ['overlaps before([1..5], [3..8])', true],
    ['overlaps before([3..8], [1..5])', false],
    ['overlaps after([3..8], [1..5])', true],
    ['finishes(10, [1..10])', true],
    ['finishes(10, [1..10))', false],
    ['finishes([5..10], [1..10])', true],
    ['finished by([1..10], 10)', true],
    ['finished by([1..10], [5..10])', true],
    ['includes([1..10], 5)', true],
    ['includes([1..10], [4..6])', true],
    ['includes([1..10), 10)', false],
    ['during(5, [1..10])', true],
    ['during(12, [1..10])', false],
    ['during([4..6], [1..10])', true],
    ['starts(1, [1..10])', true],
    ['starts(1, (1..10])', false],
    ['starts([1..5], [1..10])', true],
    ['started by([1..10], 1)', true],
    ['started by([1..10], [1..5])', true],
    ['coincides(5, 5)', true],
    ['coincides([1..5], [1..5])', true],
    ['coincides([1..5], (1..5])', false],
    ['before(point1: 1, point2: 10)', true],
    ['before(range1: [1..5], range2: [6..8])', true],
  ])('%s is %s', (text, expected) => {
    expect(feel(text)).toBe(expected)
  })

  it('gives null for end points that cannot be compared', () => {
    expect(feel('before(1, "a")')).toBeNull()
    expect(feel('during("x", [1..10])')).toBeNull()
  })
})

describe('range(from) (DMN 1.5)', () => {
  it.each([
    ['range("[18..21)") = [18..21)', true],
    ['range("]18..21]") = ]18..21]', true],
    ['range(" [ 1 .. 3 ] ") = [1..3]', true],
    ['range("[\\"a\\"..\\"c\\"]") = ["a".."c"]', true],
    [
      'range("[date(\\"1970-01-01\\")..date(\\"1970-01-02\\")]") = [date("1970-01-01")..date("1970-01-02")]',
      true,
    ],
    ['range(from: "[1..3]") = [1..3]', true],
  ])('%s', (text, expected) => {
    expect(feel(text)).toBe(expected)
  })

  it.each([
    'range("[..2]")',
    'range("[3..1]")',
    'range("[1..\\"b\\"]")',
    'range("[date(x)..date(\\"1970-01-02\\")]")',
    'range(">=10")',
    'range("")',
    'range([1..3])',
    'range(fron: "[1..3]")',
    'range("[null..null]")',
  ])('%s is null', (text) => {
    expect(feel(text)).toBeNull()
  })
})
