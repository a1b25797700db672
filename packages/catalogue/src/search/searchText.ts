import { stemGerman } from '../stemmer/germanStemmer'
import { GERMAN_STOPWORDS } from '../stemmer/germanStopwords'

/** A Leistungsschlüssel (LeiKa) has exactly 14 digits; a query token of that shape is matched exactly. */
const LEISTUNGSSCHLUESSEL = /^[0-9]{14}$/

/** Splits text into words: runs of letters and digits (so "Gewerbe-Anmeldung" gives two words). */
export function splitWords(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Removes accents the stemmer does not know (é → e); umlauts are already folded by the stemmer. */
function stripDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '')
}

/** The index term of one word: stemmed if it has letters, digits unchanged. */
export function germanIndexTerm(word: string): string {
  return /\p{L}/u.test(word) ? stripDiacritics(stemGerman(word)) : word
}

/**
 * Text as the SQLite full-text index stores it: every word replaced by its stem, separated by spaces.
 * The same function prepares query terms, so both sides always agree.
 */
export function germanSearchTerms(text: string): string {
  return splitWords(text).map(germanIndexTerm).join(' ')
}

/** A user's query split into exact Leistungsschlüssel matches and free words. */
export interface ParsedSearchText {
  leistungsschluessel: string[]
  /** Lower-cased words without Leistungsschlüssel, in input order, duplicates removed. */
  words: string[]
}

export function parseSearchText(text: string | undefined): ParsedSearchText {
  const leistungsschluessel: string[] = []
  const words: string[] = []
  for (const raw of splitWords(text ?? '')) {
    const word = raw.toLowerCase()
    if (LEISTUNGSSCHLUESSEL.test(word)) {
      if (!leistungsschluessel.includes(word)) leistungsschluessel.push(word)
    } else if (!words.includes(word)) {
      words.push(word)
    }
  }
  return { leistungsschluessel, words }
}

/** Query words as SQLite index terms: stopwords dropped, stemmed, duplicates removed. */
export function germanQueryTerms(words: readonly string[]): string[] {
  const terms = words.filter((word) => !GERMAN_STOPWORDS.has(word)).map(germanIndexTerm)
  return [...new Set(terms)]
}
