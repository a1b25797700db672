import type { Random } from './random'
import type { AdministrativeObject } from './administrativeObjects'
import { CHANNELS } from './vocabulary'

export interface DescriptionInput {
  name: string
  object: AdministrativeObject
  steps: readonly string[]
  /** 0 for the first version; later versions say a little more. */
  revision: number
}

/**
 * A German description of a few sentences, as analysts write them: who is responsible, on what legal
 * basis, which steps, how the result reaches the applicant. Common words ("Antrag", "Bescheid",
 * "Frist") appear in many blocks; subject-matter words only in the blocks of their object.
 */
export function describeBlock(random: Random, input: DescriptionInput): string {
  const { object } = input
  const optional = [
    `Nach Eingang des Antrags werden Zuständigkeit und Vollständigkeit geprüft; fehlende Unterlagen werden mit angemessener Frist nachgefordert.`,
    `Die Identität der antragstellenden Person wird über das Nutzerkonto oder anhand eines amtlichen Lichtbildausweises geprüft.`,
    `Die Gebühr richtet sich nach der Verwaltungskostensatzung; Befreiungen und Ermäßigungen ermittelt eine Entscheidungstabelle.`,
    `Greift die Entscheidung in Rechte Beteiligter ein, wird vorher eine Anhörung durchgeführt.`,
    `Gegen den Bescheid ist innerhalb eines Monats nach Bekanntgabe Widerspruch möglich.`,
    `Soweit eine Rechtsvorschrift es vorsieht, werden die Daten an beteiligte Stellen übermittelt.`,
    `Nach Abschluss wird der Vorgang zur E-Akte genommen und nach Ablauf der Aufbewahrungsfrist ausgesondert.`,
    `Die Bearbeitungsdauer beträgt in der Regel ${random.int(1, 12)} Wochen.`,
    `Der Baustein kann von anderen Behörden nachgenutzt und als Variante an örtliches Recht angepasst werden.`,
    `Typische Stichworte: ${object.schlagworte.join(', ')}.`,
  ]
  const { name } = input
  const paragraph = random.pick(object.paragraphs)
  // Several phrasings per sentence: as in real catalogues, no word stands in every description.
  const sentences = [
    random.pick([
      `Der Baustein „${name}“ beschreibt das Verfahren der Stelle ${object.stelle}.`,
      `„${name}“ wird in der Regel von der Stelle ${object.stelle} bearbeitet.`,
      `Zuständig ist die Stelle ${object.stelle}; der Prozess ist für die Nachnutzung aufbereitet.`,
      `Dieser Prozess zeigt, wie die zuständige Stelle (${object.stelle}) vorgeht.`,
    ]),
    random.pick([
      `Rechtsgrundlage ist § ${paragraph} ${object.law}.`,
      `Maßgeblich sind ${object.law} und das Verwaltungsverfahrensrecht.`,
      `Es gilt § ${paragraph} ${object.law}; ergänzend gelten örtliche Satzungen.`,
    ]),
    ...random.sample(optional, random.int(2, 5)),
    `${random.pick(['Ablauf', 'Die Schritte', 'Im Einzelnen'])}: ${input.steps.join(', ')}.`,
    random.pick([
      `Das Ergebnis wird ${random.pick(CHANNELS)} bekanntgegeben.`,
      `Die Entscheidung geht ${random.pick(CHANNELS)} zu.`,
      `Der Bescheid wird ${random.pick(CHANNELS)} zugestellt.`,
    ]),
  ]
  if (input.revision > 0) {
    sentences.push(
      `Version ${input.revision + 1} berücksichtigt Hinweise aus der Nachnutzung und präzisiert die Fristen.`
    )
  }
  return sentences.join(' ')
}
