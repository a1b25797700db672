import { describe, expect, it } from 'vitest'
import { germanQueryTerms, germanSearchTerms, parseSearchText, splitWords } from './searchText'

describe('splitWords', () => {
  it('splits on everything that is not a letter or digit', () => {
    expect(splitWords('Gewerbe-Anmeldung, § 14 Abs. 1 GewO')).toEqual([
      'Gewerbe',
      'Anmeldung',
      '14',
      'Abs',
      '1',
      'GewO',
    ])
  })
})

describe('germanSearchTerms', () => {
  it('stems every word and keeps numbers', () => {
    expect(germanSearchTerms('Hundesteuer für Hunde, § 2 SächsKAG')).toBe(
      'hundesteu fur hund 2 sachskag'
    )
  })

  it('removes accents the stemmer does not know', () => {
    expect(germanSearchTerms('Café')).toBe('cafe')
  })
})

describe('parseSearchText', () => {
  it('separates 14-digit Leistungsschlüssel from words', () => {
    expect(parseSearchText('99050012104000 Gewerbe gewerbe')).toEqual({
      leistungsschluessel: ['99050012104000'],
      words: ['gewerbe'],
    })
  })

  it('keeps shorter or longer digit runs as words', () => {
    expect(parseSearchText('9905001210400 990500121040001')).toEqual({
      leistungsschluessel: [],
      words: ['9905001210400', '990500121040001'],
    })
  })

  it('returns nothing for an empty or missing query', () => {
    expect(parseSearchText(undefined)).toEqual({ leistungsschluessel: [], words: [] })
    expect(parseSearchText('  -- ')).toEqual({ leistungsschluessel: [], words: [] })
  })
})

describe('germanQueryTerms', () => {
  it('drops stopwords and stems the rest', () => {
    expect(germanQueryTerms(['anmeldung', 'des', 'gewerbes'])).toEqual(['anmeld', 'gewerb'])
  })

  it('gives no terms for a query of stopwords only', () => {
    expect(germanQueryTerms(['der', 'die', 'das'])).toEqual([])
  })
})
