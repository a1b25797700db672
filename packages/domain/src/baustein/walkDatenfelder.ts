// Visits the data fields of each `daten` entry, groups included, with their JSON pointers. The
// checks on data fields work per entry because field ids and conditions are scoped to one entry.
import type { Baustein, Daten, Datenfeld } from './Baustein.generated'
import { joinPointer } from './jsonPointer'
import type { Problem } from '../problem'

export interface VisitedDatenfeld {
  feld: Datenfeld
  pointer: string
}

export interface VisitedDaten {
  daten: Daten
  pointer: string
  /** Every field of the entry, nested ones included, in document order. */
  felder: VisitedDatenfeld[]
}

export function datenEntries(baustein: Baustein): VisitedDaten[] {
  const lists = [
    { key: 'eingehendeDaten', entries: baustein.eingehendeDaten ?? [] },
    { key: 'ausgehendeDaten', entries: baustein.ausgehendeDaten ?? [] },
  ]
  return lists.flatMap(({ key, entries }) =>
    entries.map((daten, index) => {
      const pointer = joinPointer('', key, index)
      return { daten, pointer, felder: collectFelder(daten.felder ?? [], pointer) }
    })
  )
}

function collectFelder(felder: readonly Datenfeld[], parentPointer: string): VisitedDatenfeld[] {
  return felder.flatMap((feld, index) => {
    const pointer = joinPointer(parentPointer, 'felder', index)
    return [{ feld, pointer }, ...collectFelder(feld.felder ?? [], pointer)]
  })
}

/** Lifts a check of one `daten` entry to a check of the whole building block. */
export function forEachDatenEntry(
  check: (entry: VisitedDaten) => Problem[]
): (baustein: Baustein) => Problem[] {
  return (baustein) => datenEntries(baustein).flatMap(check)
}

/** Lifts a check of one data field to a check of the whole building block. */
export function forEachDatenfeld(
  check: (visited: VisitedDatenfeld) => Problem[]
): (baustein: Baustein) => Problem[] {
  return (baustein) => datenEntries(baustein).flatMap((entry) => entry.felder.flatMap(check))
}
