import { describe, expect, it } from 'vitest'
import { bumpBetween, bumpVersion, compareVersions, highestVersion, isVersion } from './version'

describe('isVersion', () => {
  it.each(['0.0.0', '1.0.0', '1.20.3', '999999.0.1'])('accepts plain version %s', (v) => {
    expect(isVersion(v)).toBe(true)
  })

  it.each([
    '',
    '1',
    '1.0',
    'v1.0.0',
    '01.0.0',
    '1.00.0',
    '1.0.0-beta',
    '1.0.0+build',
    ' 1.0.0',
    '1.0.0.0',
    '1000000.0.0',
  ])('refuses %j', (v) => {
    expect(isVersion(v)).toBe(false)
  })
})

describe('compareVersions', () => {
  it('orders numerically, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1)
    expect(compareVersions('1.9.0', '1.10.0')).toBe(-1)
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0)
  })

  it('sorts a list when used as comparator', () => {
    expect(['2.0.0', '1.10.0', '1.2.0', '1.2.10'].sort(compareVersions)).toEqual([
      '1.2.0',
      '1.2.10',
      '1.10.0',
      '2.0.0',
    ])
  })

  it('throws for invalid versions instead of guessing', () => {
    expect(() => compareVersions('v1.0.0', '1.0.0')).toThrow(TypeError)
    expect(() => compareVersions('1.0.0', '1.0.0-rc.1')).toThrow(/1\.0\.0-rc\.1/)
  })
})

describe('bumpVersion', () => {
  it('raises the named part and resets the lower ones', () => {
    expect(bumpVersion('1.4.2', 'major')).toBe('2.0.0')
    expect(bumpVersion('1.4.2', 'minor')).toBe('1.5.0')
    expect(bumpVersion('1.4.2', 'patch')).toBe('1.4.3')
    expect(bumpVersion('0.0.9', 'patch')).toBe('0.0.10')
  })

  it('throws for an invalid version', () => {
    expect(() => bumpVersion('1.4', 'patch')).toThrow(TypeError)
  })
})

describe('highestVersion', () => {
  it('finds the numerically highest and ignores invalid entries', () => {
    expect(highestVersion(['1.9.0', '1.10.0', 'x', '2.0.0-rc.1', '1.2.3'])).toBe('1.10.0')
  })

  it('is undefined for an empty or all-invalid list', () => {
    expect(highestVersion([])).toBeUndefined()
    expect(highestVersion(['latest'])).toBeUndefined()
  })
})

describe('bumpBetween', () => {
  it('names the most significant changed part', () => {
    expect(bumpBetween('1.2.3', '2.0.0')).toBe('major')
    expect(bumpBetween('1.2.3', '1.3.5')).toBe('minor')
    expect(bumpBetween('1.2.3', '1.2.4')).toBe('patch')
    expect(bumpBetween('1.2.3', '1.2.3')).toBeUndefined()
  })
})
