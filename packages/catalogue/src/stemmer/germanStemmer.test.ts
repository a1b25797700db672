import { describe, expect, it } from 'vitest'
import { stemGerman } from './germanStemmer'

// Expected stems are worked out by hand from the algorithm's rules (see germanStemmer.ts); the comment on
// each case names the rule that decides it. PostgreSQL parity over a larger word list is checked in
// postgresStore.test.ts, where a database is available.

describe('stemGerman: inflected forms meet at one stem', () => {
  it.each([
    // Step 1 removes -en (in R1 = "erbeanmeldungen"), Step 3 removes -ung (in R2 = "beanmeldung").
    ['Gewerbeanmeldung', 'gewerbeanmeld'],
    ['Gewerbeanmeldungen', 'gewerbeanmeld'],
    // R1 of "hund" starts after "hun"; -e and -es lie in R1.
    ['Hund', 'hund'],
    ['Hunde', 'hund'],
    ['Hundes', 'hund'],
    // R1 of "bescheid" is "cheid"; -e and -en are removed there.
    ['Bescheid', 'bescheid'],
    ['Bescheide', 'bescheid'],
    ['Bescheiden', 'bescheid'],
    // R2 of "zahlung" is only "g", so -ung stays; Step 1 still removes the plural -en.
    ['Zahlung', 'zahlung'],
    ['Zahlungen', 'zahlung'],
  ])('%s → %s', (word, stem) => {
    expect(stemGerman(word)).toBe(stem)
  })
})

describe('stemGerman: what the algorithm does NOT conflate', () => {
  it('keeps Prüfung apart from prüfen, because -ung of "prüfung" starts before R2', () => {
    // "prüfen": R1 = "en" → Step 1 gives "prüf" → "pruf". "prüfung": R2 = "g", so -ung is kept.
    expect(stemGerman('prüfen')).toBe('pruf')
    expect(stemGerman('Prüfung')).toBe('prufung')
    expect(stemGerman('Prüfung')).not.toBe(stemGerman('prüfen'))
  })

  it('leaves words shorter than three letters unchanged except for folding', () => {
    expect(stemGerman('es')).toBe('es')
    expect(stemGerman('Ü')).toBe('u')
  })
})

describe('stemGerman: prelude and postlude', () => {
  it('replaces ß with ss and removes umlaut dots', () => {
    expect(stemGerman('Straße')).toBe('strass')
    expect(stemGerman('Häuser')).toBe('haus')
    expect(stemGerman('Grüße')).toBe('gruss')
  })

  it('treats u between vowels as a consonant, so "Steuer" keeps its "eu"', () => {
    // "steUer": R1 starts after "steU" and -er is removed; the marked U becomes u again.
    expect(stemGerman('Steuer')).toBe('steu')
    expect(stemGerman('Hundesteuer')).toBe('hundesteu')
    // In "bauen" the u sits between a and e, so R1 starts after "baU": -en is removed.
    expect(stemGerman('bauen')).toBe('bau')
  })

  it('is case-insensitive and accepts decomposed umlauts', () => {
    expect(stemGerman('GEWERBEANMELDUNG')).toBe('gewerbeanmeld')
    expect(stemGerman('Pru\u0308fung')).toBe('prufung')
  })
})

describe('stemGerman: individual rules', () => {
  it('Step 1: -s only after a valid s-ending', () => {
    // "r" is a valid s-ending: "ackers" → "acker" (the -er then lies in R1 for Step 2: "ack").
    expect(stemGerman('Ackers')).toBe('ack')
    // "a" is not a valid s-ending, so "Kameras" keeps its s.
    expect(stemGerman('Kameras')).toBe('kameras')
  })

  it('Step 1: "-niss" + ending loses the doubled s', () => {
    expect(stemGerman('Bedürfnissen')).toBe('bedurfnis')
    expect(stemGerman('Ergebnisse')).toBe('ergebnis')
  })

  it('Step 2: -st needs a valid st-ending with three letters before it', () => {
    // "derbsten" → Step 1 "derbst" → Step 2 "derb" (b is an st-ending after "der").
    expect(stemGerman('derbsten')).toBe('derb')
    // Superlative -est is removed in R1.
    expect(stemGerman('schnellsten')).toBe('schnell')
  })

  it('Step 3: -keit with -ig/-lich before it, -heit, -lich and -isch in R2', () => {
    expect(stemGerman('Zuständigkeit')).toBe('zustand')
    expect(stemGerman('Vollständigkeit')).toBe('vollstand')
    expect(stemGerman('Freiheit')).toBe('freiheit')
    expect(stemGerman('elektronisch')).toBe('elektron')
    expect(stemGerman('Beteiligung')).toBe('beteil')
  })

  it('Step 3: -ung is kept when it starts before R2', () => {
    // "steigung": R1 = "ung" (after "steig"), R2 = "g"; -ung starts before R2, so nothing is removed.
    expect(stemGerman('Steigung')).toBe('steigung')
  })
})
