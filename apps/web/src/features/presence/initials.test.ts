import { describe, expect, it } from 'vitest'
import { initials } from './initials'

describe('initials', () => {
  it.each([
    ['Anna Schmidt', 'AS'],
    ['Anna-Lena von Berg', 'AB'],
    ['  bernd   özdemir ', 'BÖ'],
    ['Cher', 'C'],
    ['Dr. Élodie Martin', 'DM'],
    ['O\u0308zlem Yilmaz', 'O\u0308Y'], // a decomposed umlaut stays one letter with its mark
    ['(extern) Kasse', 'EK'],
    ['', '?'],
    ['— –', '?'],
  ])('%j → %j', (name, expected) => {
    expect(initials(name)).toBe(expected)
  })
})
