/**
 * The heuristic behind `bauplan/task-verb-object`. German activity names take the form object +
 * verb in the infinitive ("Antrag prüfen", "Bescheid bekanntgeben"), so the rule looks at the
 * last word only, after dropping a trailing parenthetical remark and punctuation:
 *
 * 1. A name of one word is refused: it lacks the object or the verb ("Prüfung", "Antrag", "Prüfen").
 * 2. A past participle is refused: it names a state, which is what events are for ("Antrag
 *    eingegangen", "Antrag geprüft").
 * 3. The last word must be a verb: a word from `ADMINISTRATIVE_VERBS` (in any case), or a word
 *    written in lower case with an infinitive ending -en, -ern or -eln that is not one of the
 *    `NOT_VERBS`. Lower case is the strongest signal: German nouns are capitalised, so "Daten",
 *    "Unterlagen" or "Gebühren" end in -en but are not verbs.
 *
 * Known limits: names in English, or with the verb before a trailing addition ("Daten übermitteln
 * – XMeld"), are refused; a lower-case adjective at the end would pass. That is why the rule warns
 * by default instead of blocking.
 */

export type TaskNameVerdict =
  { ok: true } | { ok: false; reason: 'singleWord' | 'participle' | 'noVerb'; word: string }

/** Verbs that often end administrative activity names. Matched in any case. */
export const ADMINISTRATIVE_VERBS: ReadonlySet<string> = new Set([
  ...['prüfen', 'erstellen', 'entgegennehmen', 'bekanntgeben', 'übermitteln', 'senden'],
  ...['versenden', 'empfangen', 'erfassen', 'anlegen', 'festsetzen', 'berechnen', 'ermitteln'],
  ...['bestimmen', 'entscheiden', 'bescheiden', 'genehmigen', 'ablehnen', 'bewilligen'],
  ...['anfordern', 'nachfordern', 'einholen', 'beteiligen', 'anhören', 'informieren'],
  ...['mitteilen', 'benachrichtigen', 'zustellen', 'weiterleiten', 'abschließen', 'archivieren'],
  ...['ablegen', 'freigeben', 'zeichnen', 'unterschreiben', 'abwickeln', 'buchen', 'zahlen'],
  ...['bezahlen', 'erheben', 'erstatten', 'auszahlen', 'anweisen', 'sichten', 'bearbeiten'],
  ...['vermerken', 'dokumentieren', 'protokollieren', 'klären', 'abfragen', 'abrufen'],
  ...['bereitstellen', 'ausstellen', 'aushändigen', 'einreichen', 'beantragen', 'anmelden'],
  ...['abmelden', 'ummelden', 'registrieren', 'eintragen', 'löschen', 'ändern', 'verlängern'],
  ...['widerrufen', 'zurückweisen', 'bestätigen', 'quittieren', 'erinnern', 'mahnen'],
  ...['vollstrecken', 'überwachen', 'vorbereiten', 'durchführen', 'auswerten', 'bewerten'],
  ...['beurteilen', 'würdigen', 'verfügen', 'zuordnen', 'zuweisen', 'weitergeben', 'tun'],
])

/** Lower-case words with an infinitive ending that are articles, pronouns, prepositions or adverbs. */
export const NOT_VERBS: ReadonlySet<string> = new Set([
  ...['den', 'einen', 'keinen', 'meinen', 'deinen', 'seinen', 'ihren', 'unseren', 'euren'],
  ...['diesen', 'jenen', 'jeden', 'allen', 'manchen', 'welchen', 'solchen', 'anderen', 'beiden'],
  ...['mehreren', 'einigen', 'wenigen', 'vielen', 'neben', 'gegen', 'wegen', 'binnen', 'oben'],
  ...['unten', 'eben', 'zwischen', 'innen', 'außen', 'morgen', 'gestern', 'zusammen', 'selten'],
  ...['offen', 'entgegen', 'hingegen', 'dagegen', 'daneben', 'stattdessen', 'übrigen'],
])

const INFINITIVE_ENDING = /(?:en|ern|eln)$/
/** Participles of irregular verbs ("eingegangen", "abgeschlossen") and of regular ones ("geprüft"). */
const IRREGULAR_PARTICIPLE =
  /ge(?:gangen|geben|nommen|laufen|schlossen|troffen|schrieben|wiesen|zogen|halten|lassen|funden|kommen|sehen|tragen)$/
const REGULAR_PARTICIPLE = /^(?:\p{L}*)ge\p{L}+t$/u
const TRAILING_REMARK = /\s*[([][^()[\]]*[)\]]\s*$/
const TRAILING_PUNCTUATION = /[\s.,;:!?…]+$/
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

export function assessTaskName(name: string): TaskNameVerdict {
  const words = significantWords(name)
  const last = (words.at(-1) ?? name.trim()).replace(EDGE_PUNCTUATION, '')
  if (words.length < 2) return { ok: false, reason: 'singleWord', word: last }
  if (isLowerCase(last) && (IRREGULAR_PARTICIPLE.test(last) || REGULAR_PARTICIPLE.test(last))) {
    return { ok: false, reason: 'participle', word: last }
  }
  return isInfinitive(last) ? { ok: true } : { ok: false, reason: 'noVerb', word: last }
}

function significantWords(name: string): string[] {
  let text = name.replace(/\s+/g, ' ').trim()
  for (let previous = ''; previous !== text;) {
    previous = text
    text = text.replace(TRAILING_REMARK, '').replace(TRAILING_PUNCTUATION, '')
  }
  return text.split(' ').filter((word) => HAS_LETTER_OR_DIGIT.test(word))
}

function isInfinitive(word: string): boolean {
  if (ADMINISTRATIVE_VERBS.has(word.toLowerCase())) return true
  return isLowerCase(word) && INFINITIVE_ENDING.test(word) && !NOT_VERBS.has(word)
}

function isLowerCase(word: string): boolean {
  return /^\p{Ll}/u.test(word)
}
