/**
 * Up to two letters for an avatar: the first letters of the first and the last word of a name
 * ("Anna-Lena von Berg" → "AB"), one letter for a single word. Letters are taken as whole grapheme
 * clusters, so "Özdemir" keeps its umlaut whatever the normalisation form.
 */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => /\p{L}|\p{N}/u.test(word))
  if (words.length === 0) return '?'
  const first = firstLetter(words[0]!)
  const last = words.length > 1 ? firstLetter(words[words.length - 1]!) : ''
  return (first + last).toLocaleUpperCase('de')
}

const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' })

function firstLetter(word: string): string {
  for (const { segment } of graphemes.segment(word)) {
    if (/\p{L}|\p{N}/u.test(segment)) return segment
  }
  return ''
}
