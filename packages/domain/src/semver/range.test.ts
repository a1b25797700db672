import { describe, expect, it } from 'vitest'
import { isValidRange, maxSatisfying, satisfiesRange } from './range'

describe('isValidRange', () => {
  it.each([
    '^1.2.0',
    '~1.2.0',
    '1.x',
    '*',
    '>=1.0.0 <3.0.0',
    '1.0.0 - 1.4.0',
    '^1.0.0 || ^2.0.0',
    '1.2.3',
    ' ^1.0.0 ',
  ])('accepts %j', (range) => {
    expect(isValidRange(range)).toBe(true)
  })

  it.each([
    '',
    '   ',
    'latest',
    '^1.0.0-beta',
    '1.0.0+build',
    '>=1.0.0-0',
    '1.0.0-2.0.0',
    'v1.0.0',
    '>=1.0.0 <',
    `^${'1'.repeat(300)}.0.0`,
  ])('refuses %j', (range) => {
    expect(isValidRange(range)).toBe(false)
  })
})

describe('satisfiesRange', () => {
  it('follows npm range semantics for plain versions', () => {
    expect(satisfiesRange('1.4.0', '^1.2.0')).toBe(true)
    expect(satisfiesRange('2.0.0', '^1.2.0')).toBe(false)
    expect(satisfiesRange('1.2.9', '~1.2.0')).toBe(true)
    expect(satisfiesRange('1.3.0', '~1.2.0')).toBe(false)
    expect(satisfiesRange('1.4.0', '1.0.0 - 1.4.0')).toBe(true)
  })

  it('is false for invalid versions or ranges instead of throwing', () => {
    expect(satisfiesRange('1.4', '^1.0.0')).toBe(false)
    expect(satisfiesRange('1.4.0', 'latest')).toBe(false)
  })
})

describe('maxSatisfying', () => {
  const published = ['1.0.0', '1.2.0', '1.10.1', '2.0.0', '2.1.0', 'junk']

  it('returns the highest version inside the range', () => {
    expect(maxSatisfying(published, '^1.0.0')).toBe('1.10.1')
    expect(maxSatisfying(published, '>=1.2.0 <2.1.0')).toBe('2.0.0')
    expect(maxSatisfying(published, '*')).toBe('2.1.0')
  })

  it('returns undefined when nothing matches or the range is invalid', () => {
    expect(maxSatisfying(published, '^3.0.0')).toBeUndefined()
    expect(maxSatisfying(published, 'latest')).toBeUndefined()
    expect(maxSatisfying([], '*')).toBeUndefined()
  })
})
