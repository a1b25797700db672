// Checks that tie data fields of one `daten` entry together: unique ids and conditions that name
// an existing field. The schema sees one field at a time and cannot express either.
import type { Problem } from '../problem'
import { closestName } from './closestName'
import { readablePath } from './fieldLabel'
import { joinPointer } from './jsonPointer'
import { fieldProblem } from './makeProblem'
import type { VisitedDaten, VisitedDatenfeld } from './walkDatenfelder'

/** Field ids become form keys and message element names, so a duplicate would silently merge data. */
export function checkUniqueDatenfeldIds(entry: VisitedDaten): Problem[] {
  const firstById = new Map<string, VisitedDatenfeld>()
  const problems: Problem[] = []
  for (const visited of entry.felder) {
    const first = firstById.get(visited.feld.id)
    if (first === undefined) {
      firstById.set(visited.feld.id, visited)
      continue
    }
    const where = readablePath(entry.pointer)
    const firstAt = readablePath(first.pointer)
    problems.push(
      fieldProblem('datenfeld.duplicateId', joinPointer(visited.pointer, 'id'), {
        de: `Die Kennung „${visited.feld.id}“ kommt in ${where.de} mehrfach vor (zuerst bei ${firstAt.de}). Kennungen müssen innerhalb eines Dateneintrags eindeutig sein, auch über Gruppen hinweg.`,
        en: `The id "${visited.feld.id}" occurs more than once in ${where.en} (first at ${firstAt.en}). Ids must be unique within one data entry, across groups too.`,
      })
    )
  }
  return problems
}

/** A condition on a field that does not exist could never be met, so the field would never be asked. */
export function checkBedingungReferences(entry: VisitedDaten): Problem[] {
  const byId = new Map(entry.felder.map((visited) => [visited.feld.id, visited.feld]))
  const problems: Problem[] = []
  for (const { feld, pointer } of entry.felder) {
    if (feld.bedingung === undefined) continue
    const target = feld.bedingung.feld
    const at = joinPointer(pointer, 'bedingung', 'feld')
    if (target === feld.id) {
      problems.push(
        fieldProblem('datenfeld.bedingungSelf', at, {
          de: `Das Datenfeld „${feld.id}“ hängt von sich selbst ab. Eine Bedingung muss ein anderes Feld desselben Dateneintrags nennen.`,
          en: `The data field "${feld.id}" depends on itself. A condition must name another field of the same data entry.`,
        })
      )
      continue
    }
    const targetFeld = byId.get(target)
    if (targetFeld === undefined) {
      const suggestion = closestName(target, [...byId.keys()])
      const where = readablePath(entry.pointer)
      problems.push(
        fieldProblem('datenfeld.bedingungUnknownField', at, {
          de: `Die Bedingung nennt das Datenfeld „${target}“, das es in ${where.de} nicht gibt.${suggestion ? ` Meinten Sie „${suggestion}“?` : ''}`,
          en: `The condition names the data field "${target}", which does not exist in ${where.en}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        })
      )
      continue
    }
    const codes = targetFeld.werte?.map((wert) => wert.code)
    const wert = feld.bedingung.wert
    if (codes !== undefined && codes.length > 0 && !codes.includes(String(wert))) {
      problems.push(
        fieldProblem(
          'datenfeld.bedingungWertUnknown',
          joinPointer(pointer, 'bedingung', 'wert'),
          {
            de: `Der Wert „${String(wert)}“ ist keiner der Auswahlwerte von „${target}“ (${codes.join(', ')}); die Bedingung kann so nie erfüllt werden.`,
            en: `The value "${String(wert)}" is not one of the choices of "${target}" (${codes.join(', ')}); the condition can never be met.`,
          },
          'warning'
        )
      )
    }
  }
  return problems
}
