import { germanIndexTerm, splitWords } from './searchText'

/**
 * German forms new words by compounding: "Baugenehmigung" is a Genehmigung, "Hundesteuer" a Steuer.
 * Stemming keeps a compound whole (stem `baugenehm`), and matching a query word as the PREFIX of a
 * stem cannot reach its end, so "Genehmigungen" (stem `genehm`) would not find "Baugenehmigung".
 *
 * So the index also holds the head (Grundwort) of such compounds as a word of its own: a word whose
 * stem ends with the stem of a known head, after a modifier of at least MIN_MODIFIER letters, adds
 * that head to the indexed text. Both databases get the same added words (SQLite stems them itself,
 * PostgreSQL with its `german` configuration), so both find the same blocks. The list holds heads of
 * administrative language only; short or ambiguous ones (Amt, Pass, Recht: "gesamt", "Kompass",
 * "aufrecht") are left out on purpose, as a wrong split is worse than a missed one.
 */
export const COMPOUND_HEADS: readonly string[] = [
  'Abgabe',
  'Anmeldung',
  'Abmeldung',
  'Ummeldung',
  'Anerkennung',
  'Antrag',
  'Anzeige',
  'Auskunft',
  'Ausweis',
  'Beihilfe',
  'Beitrag',
  'Bescheid',
  'Bescheinigung',
  'Befreiung',
  'Behörde',
  'Erklärung',
  'Erlaubnis',
  'Ermäßigung',
  'Förderung',
  'Gebühr',
  'Geld',
  'Genehmigung',
  'Gutachten',
  'Karte',
  'Leistung',
  'Meldung',
  'Nachweis',
  'Prüfung',
  'Register',
  'Schein',
  'Steuer',
  'Urkunde',
  'Verfahren',
  'Vertrag',
  'Zulage',
  'Zulassung',
  'Zuschuss',
]

/** Letters a compound needs in front of its head ("Bau" in "Baugenehmigung"). */
export const MIN_MODIFIER = 3

const HEAD_STEMS: readonly { head: string; stem: string }[] = COMPOUND_HEADS.map((head) => ({
  head,
  stem: germanIndexTerm(head),
}))

/** The heads of the compounds in `text`, each once, in order of first occurrence. */
export function compoundHeadsOf(text: string): string[] {
  const heads: string[] = []
  for (const word of splitWords(text)) {
    const stem = germanIndexTerm(word)
    for (const { head, stem: headStem } of HEAD_STEMS) {
      if (stem.length - headStem.length >= MIN_MODIFIER && stem.endsWith(headStem)) {
        if (!heads.includes(head)) heads.push(head)
      }
    }
  }
  return heads
}

/** Text as indexed: the text itself, then the heads of its compounds. */
export function withCompoundHeads(text: string): string {
  const heads = compoundHeadsOf(text)
  return heads.length === 0 ? text : `${text} ${heads.join(' ')}`
}
