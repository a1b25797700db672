/**
 * German stemmer following the published Snowball "German stemming algorithm" (the classic variant, not
 * "german2"), written from its description. PostgreSQL's `german` text-search configuration uses the same
 * algorithm, so the SQLite adapter (which has no German stemmer of its own) finds the same words as the
 * PostgreSQL adapter.
 *
 * Outline of the algorithm:
 * 1. Lower-case, `ß` → `ss`; `u` and `y` between two vowels count as consonants (marked as `U`/`Y`).
 * 2. Regions: R1 starts after the first non-vowel that follows a vowel, but never before the 4th letter;
 *    R2 starts after the first non-vowel that follows a vowel inside R1.
 * 3. Step 1 removes inflection endings in R1 (-em -ern -er / -e -en -es / -s after a valid s-ending).
 *    Step 2 removes comparison/verb endings in R1 (-en -er -est / -st after a valid st-ending).
 *    Step 3 removes derivational suffixes in R2 (-end -ung, -ig -ik -isch, -lich -heit, -keit).
 *    Each step looks for the LONGEST listed suffix only; if that one's condition fails, nothing happens.
 * 4. `U`/`Y` become lower case again and umlauts lose their dots (ä → a, ö → o, ü → u).
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü'])
/** Letters after which a final -s is an inflection ending (Step 1). */
const S_ENDING = new Set(['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'r', 't'])
/** Letters after which a final -st is an ending (Step 2): the s-endings without `r`. */
const ST_ENDING = new Set(['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 't'])

const STEP1_SUFFIXES = ['ern', 'em', 'er', 'en', 'es', 'e', 's']
const STEP2_SUFFIXES = ['est', 'en', 'er', 'st']
const STEP3_SUFFIXES = ['isch', 'lich', 'heit', 'keit', 'end', 'ung', 'ig', 'ik']

const UMLAUT_FOLD: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', U: 'u', Y: 'y' }

function isVowel(letter: string | undefined): boolean {
  return letter !== undefined && VOWELS.has(letter)
}

/** Marks `u`/`y` between vowels as consonants, left to right, as the algorithm's prelude does. */
function markConsonantalUY(letters: string[]): void {
  for (let i = 1; i < letters.length - 1; i++) {
    const letter = letters[i]
    if ((letter === 'u' || letter === 'y') && isVowel(letters[i - 1]) && isVowel(letters[i + 1])) {
      letters[i] = letter.toUpperCase()
    }
  }
}

/** Index just after the first non-vowel that follows a vowel, searching from `from`; else the word length. */
function regionAfterVowelConsonant(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (isVowel(word[i - 1]) && !isVowel(word[i])) return i + 1
  }
  return word.length
}

interface Regions {
  r1: number
  r2: number
}

function markRegions(word: string): Regions {
  // Words shorter than three letters get no regions at all, so no suffix is ever removed from them.
  if (word.length < 3) return { r1: word.length, r2: word.length }
  const rawR1 = regionAfterVowelConsonant(word, 0)
  // R2 is searched from the unadjusted R1; only R1 itself is pushed back to leave three letters before it.
  const r2 = regionAfterVowelConsonant(word, rawR1)
  return { r1: Math.max(rawR1, 3), r2 }
}

function longestSuffix(word: string, suffixes: readonly string[]): string | undefined {
  let best: string | undefined
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && (best === undefined || suffix.length > best.length)) best = suffix
  }
  return best
}

function step1(word: string, { r1 }: Regions): string {
  const suffix = longestSuffix(word, STEP1_SUFFIXES)
  if (suffix === undefined) return word
  const start = word.length - suffix.length
  if (start < r1) return word
  if (suffix === 's') return S_ENDING.has(word[start - 1] ?? '') ? word.slice(0, start) : word
  const stem = word.slice(0, start)
  // "bedürfnissen" → "bedürfniss" → "bedürfnis": the doubled s belongs to the ending, not the stem.
  if ((suffix === 'e' || suffix === 'en' || suffix === 'es') && stem.endsWith('niss')) {
    return stem.slice(0, -1)
  }
  return stem
}

function step2(word: string, { r1 }: Regions): string {
  const suffix = longestSuffix(word, STEP2_SUFFIXES)
  if (suffix === undefined) return word
  const start = word.length - suffix.length
  if (start < r1) return word
  if (suffix === 'st') {
    // The st-ending letter itself must have at least three letters before it.
    const endingIndex = start - 1
    return ST_ENDING.has(word[endingIndex] ?? '') && endingIndex >= 3 ? word.slice(0, start) : word
  }
  return word.slice(0, start)
}

function step3(word: string, { r1, r2 }: Regions): string {
  const suffix = longestSuffix(word, STEP3_SUFFIXES)
  if (suffix === undefined) return word
  const start = word.length - suffix.length
  if (start < r2) return word
  const stem = word.slice(0, start)
  switch (suffix) {
    case 'end':
    case 'ung':
      // "-igung", "-igend": the -ig goes too, unless it is "-eig" (as in "Steigung") or lies before R2.
      if (stem.endsWith('ig') && stem.length - 2 >= r2 && stem[stem.length - 3] !== 'e') {
        return stem.slice(0, -2)
      }
      return stem
    case 'ig':
    case 'ik':
    case 'isch':
      return stem.endsWith('e') ? word : stem
    case 'lich':
    case 'heit':
      if ((stem.endsWith('er') || stem.endsWith('en')) && stem.length - 2 >= r1) {
        return stem.slice(0, -2)
      }
      return stem
    case 'keit': {
      const inner = longestSuffix(stem, ['lich', 'ig'])
      if (inner !== undefined && stem.length - inner.length >= r2)
        return stem.slice(0, -inner.length)
      return stem
    }
    default:
      return word
  }
}

/**
 * Stems one German word. Input may be in any case; the result is lower case without umlauts or `ß`
 * (e.g. "Gewerbeanmeldungen" → "gewerbeanmeld", "Hunde" → "hund", "Prüfung" → "prufung").
 * Only letters are expected; callers split text into words first (see {@link germanSearchTerms}).
 */
export function stemGerman(word: string): string {
  const letters = [...word.normalize('NFC').toLowerCase().replaceAll('ß', 'ss')]
  markConsonantalUY(letters)
  const marked = letters.join('')
  const regions = markRegions(marked)
  let stem = step1(marked, regions)
  stem = step2(stem, regions)
  stem = step3(stem, regions)
  return stem.replace(/[äöüUY]/g, (letter) => UMLAUT_FOLD[letter] ?? letter)
}
