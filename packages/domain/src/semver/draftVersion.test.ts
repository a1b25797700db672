import { describe, expect, it } from 'vitest'
import { checkVersionBump, nextDraftVersion } from './draftVersion'

describe('nextDraftVersion', () => {
  it('starts a never-published block at 1.0.0, whatever bump is asked for', () => {
    expect(nextDraftVersion(undefined)).toBe('1.0.0')
    expect(nextDraftVersion(undefined, 'major')).toBe('1.0.0')
  })

  it('bumps from the highest published version (patch by default)', () => {
    expect(nextDraftVersion('1.4.2')).toBe('1.4.3')
    expect(nextDraftVersion('1.4.2', 'minor')).toBe('1.5.0')
    expect(nextDraftVersion('1.4.2', 'major')).toBe('2.0.0')
  })
})

describe('checkVersionBump', () => {
  it('accepts exactly the required bump and a larger one', () => {
    expect(checkVersionBump('1.4.2', '1.4.3', 'patch')).toEqual([])
    expect(checkVersionBump('1.4.2', '1.5.0', 'patch')).toEqual([])
    expect(checkVersionBump('1.4.2', '2.0.0', 'minor')).toEqual([])
    expect(checkVersionBump('1.4.2', '2.0.0', 'major')).toEqual([])
  })

  it('accepts any plain version for a never-published block', () => {
    expect(checkVersionBump(undefined, '3.1.0', 'major')).toEqual([])
  })

  it('refuses an invalid version number', () => {
    const [problem, ...rest] = checkVersionBump('1.0.0', '1.1', 'patch')
    expect(rest).toEqual([])
    expect(problem).toMatchObject({
      code: 'version.invalid',
      severity: 'error',
      pointer: '/version',
    })
    expect(problem?.message.de).toContain('„1.1“')
    expect(problem?.message.en).toContain('"1.1"')
  })

  it('refuses a version that is not greater than the last published one', () => {
    for (const proposed of ['1.4.2', '1.4.1', '0.9.0']) {
      const problems = checkVersionBump('1.4.2', proposed, 'patch')
      expect(problems.map((p) => p.code)).toEqual(['version.notGreater'])
      expect(problems[0]?.message.en).toContain('Next suitable version: 1.4.3')
    }
  })

  it('refuses a bump smaller than required and names the minimum', () => {
    const minor = checkVersionBump('1.4.2', '1.4.3', 'minor')
    expect(minor.map((p) => p.code)).toEqual(['version.bumpTooSmall'])
    expect(minor[0]?.message.en).toContain('at least 1.5.0')
    expect(minor[0]?.message.de).toContain('mindestens 1.5.0')

    const major = checkVersionBump('1.4.2', '1.9.0', 'major')
    expect(major.map((p) => p.code)).toEqual(['version.bumpTooSmall'])
    expect(major[0]?.message.en).toContain('at least 2.0.0')
    expect(major[0]?.message.en).toContain('only raises the minor version')
  })

  it('warns (but allows) when version numbers are skipped', () => {
    const problems = checkVersionBump('1.2.0', '1.20.0', 'minor')
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'version.skipsVersions', severity: 'warning' })
    expect(problems[0]?.message.en).toContain('usually 1.3.0')
    expect(checkVersionBump('1.2.0', '1.2.3', 'patch').map((p) => p.code)).toEqual([
      'version.skipsVersions',
    ])
  })
})
