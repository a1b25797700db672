import { describe, expect, it } from 'vitest'
import { leadingIdentifier } from './leadingIdentifier'

describe('leadingIdentifier', () => {
  it.each([
    ['anzahlHunde', 'anzahlHunde'],
    ['antrag.alter', 'antrag'],
    ['  Alter + 1', 'Alter'],
    ['größe_in_m', 'größe_in_m'],
    ['_intern', '_intern'],
  ])('%j starts with %j', (expression, name) => {
    expect(leadingIdentifier(expression)).toBe(name)
  })

  it('returns undefined for expressions that do not start with a name', () => {
    expect(leadingIdentifier('"Dresden"')).toBeUndefined()
    expect(leadingIdentifier('42')).toBeUndefined()
    expect(leadingIdentifier('')).toBeUndefined()
  })

  it('prefers the longest known multi-word name', () => {
    const known = ['Monthly', 'Monthly Salary', 'Monthly Salary Bonus']
    expect(leadingIdentifier('Monthly Salary * 12', known)).toBe('Monthly Salary')
    expect(leadingIdentifier('Monthly Salary Bonus', known)).toBe('Monthly Salary Bonus')
    expect(leadingIdentifier('Monthly Salary.amount', known)).toBe('Monthly Salary')
  })

  it('does not match a known name that is only the prefix of a longer name', () => {
    expect(leadingIdentifier('Alterszuschlag', ['Alter'])).toBe('Alterszuschlag')
  })
})
