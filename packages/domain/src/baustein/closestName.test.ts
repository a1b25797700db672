import { describe, expect, it } from 'vitest'
import { closestName, editDistance } from './closestName'

const rootFields = ['version', 'name', 'bezeichnung', 'letzteAenderung', 'gueltigAb', 'gueltigBis']

describe('closestName', () => {
  it.each([
    ['verison', 'version'],
    ['Version', 'version'],
    ['letzteÄnderung', 'letzteAenderung'],
    ['gültigAb', 'gueltigAb'],
    ['bezeichung', 'bezeichnung'],
    ['nmae', 'name'],
  ])('suggests %s → %s', (typo, expected) => {
    expect(closestName(typo, rootFields)).toBe(expected)
  })

  it('suggests nothing for an unrelated name', () => {
    expect(closestName('telefon', rootFields)).toBeUndefined()
    expect(closestName('x'.repeat(100000), rootFields)).toBeUndefined()
  })

  it('prefers the nearer of two candidates', () => {
    expect(closestName('gueltigBs', rootFields)).toBe('gueltigBis')
  })
})

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('abc', 'abc')).toBe(0)
    expect(editDistance('abc', 'abd')).toBe(1)
    expect(editDistance('abc', 'acb')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })
})
