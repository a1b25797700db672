// Checks on a single data field whose parts must agree with each other (XDatenfelder 3 rules the
// schema cannot state, because they compare two properties of the same field).
import type { Problem } from '../problem'
import { joinPointer } from './jsonPointer'
import { fieldProblem } from './makeProblem'
import type { VisitedDatenfeld } from './walkDatenfelder'

/** In XDatenfelder a group is exactly a field of datentyp `obj`; anything else is a modelling slip. */
export function checkGroupsHaveFelder({ feld, pointer }: VisitedDatenfeld): Problem[] {
  const hasFelder = (feld.felder?.length ?? 0) > 0
  if (feld.datentyp === 'obj' && !hasFelder) {
    return [
      fieldProblem('datenfeld.groupWithoutFelder', joinPointer(pointer, 'felder'), {
        de: `Das Datenfeld „${feld.id}“ hat datentyp „obj“ (Gruppe), enthält aber keine felder. Eine Gruppe braucht mindestens ein Feld.`,
        en: `The data field "${feld.id}" has datentyp "obj" (group) but contains no felder. A group needs at least one field.`,
      }),
    ]
  }
  if (feld.datentyp !== 'obj' && feld.felder !== undefined) {
    return [
      fieldProblem('datenfeld.felderWithoutGroup', joinPointer(pointer, 'felder'), {
        de: `Das Datenfeld „${feld.id}“ enthält felder, hat aber datentyp „${feld.datentyp}“. Nur Gruppen (datentyp „obj“) enthalten felder.`,
        en: `The data field "${feld.id}" contains felder but has datentyp "${feld.datentyp}". Only groups (datentyp "obj") contain felder.`,
      }),
    ]
  }
  return []
}

/** Choices only make sense for a select, and a select without choices cannot be answered. */
export function checkSelectWerte({ feld, pointer }: VisitedDatenfeld): Problem[] {
  if (feld.werte !== undefined && feld.feldart !== 'select') {
    return [
      fieldProblem('datenfeld.werteWithoutSelect', joinPointer(pointer, 'werte'), {
        de: `Das Datenfeld „${feld.id}“ hat Auswahlwerte (werte), aber feldart „${feld.feldart ?? 'input'}“. Auswahlwerte gibt es nur bei feldart „select“.`,
        en: `The data field "${feld.id}" has choices (werte) but feldart "${feld.feldart ?? 'input'}". Choices exist only for feldart "select".`,
      }),
    ]
  }
  if (
    feld.feldart === 'select' &&
    (feld.werte === undefined || feld.werte.length === 0) &&
    feld.codelisteReferenz === undefined
  ) {
    return [
      fieldProblem('datenfeld.selectWithoutWerte', joinPointer(pointer, 'feldart'), {
        de: `Das Auswahlfeld „${feld.id}“ (feldart „select“) braucht Auswahlwerte: entweder werte oder eine codelisteReferenz.`,
        en: `The select field "${feld.id}" (feldart "select") needs choices: either werte or a codelisteReferenz.`,
      }),
    ]
  }
  return []
}

/** Two choices with the same code could not be told apart in the submitted data. */
export function checkUniqueWertCodes({ feld, pointer }: VisitedDatenfeld): Problem[] {
  const seen = new Set<string>()
  const problems: Problem[] = []
  for (const [index, wert] of (feld.werte ?? []).entries()) {
    if (!seen.has(wert.code)) {
      seen.add(wert.code)
      continue
    }
    problems.push(
      fieldProblem('datenfeld.duplicateWertCode', joinPointer(pointer, 'werte', index, 'code'), {
        de: `Der Code „${wert.code}“ kommt in den Auswahlwerten von „${feld.id}“ mehrfach vor; Codes müssen eindeutig sein.`,
        en: `The code "${wert.code}" occurs more than once among the choices of "${feld.id}"; codes must be unique.`,
      })
    )
  }
  return problems
}

/** An input whose minimum exceeds its maximum could never be filled in. */
export function checkPraezisierungRanges({ feld, pointer }: VisitedDatenfeld): Problem[] {
  const p = feld.praezisierung
  if (p === undefined) return []
  const problems: Problem[] = []
  if (p.minLength !== undefined && p.maxLength !== undefined && p.minLength > p.maxLength) {
    problems.push(
      fieldProblem(
        'datenfeld.praezisierungLengthRange',
        joinPointer(pointer, 'praezisierung', 'minLength'),
        {
          de: `Die Mindestlänge ${p.minLength} ist größer als die Höchstlänge ${p.maxLength} (maxLength); kein Wert könnte beide erfüllen.`,
          en: `The minimum length ${p.minLength} is greater than the maximum length ${p.maxLength} (maxLength); no value could satisfy both.`,
        }
      )
    )
  }
  if (p.minValue !== undefined && p.maxValue !== undefined && p.minValue > p.maxValue) {
    problems.push(
      fieldProblem(
        'datenfeld.praezisierungValueRange',
        joinPointer(pointer, 'praezisierung', 'minValue'),
        {
          de: `Der Mindestwert ${p.minValue} ist größer als der Höchstwert ${p.maxValue} (maxValue); kein Wert könnte beide erfüllen.`,
          en: `The minimum value ${p.minValue} is greater than the maximum value ${p.maxValue} (maxValue); no value could satisfy both.`,
        }
      )
    )
  }
  return problems
}

/** "3:1" (at least three, at most one) cannot be satisfied. */
export function checkAnzahlRange({ feld, pointer }: VisitedDatenfeld): Problem[] {
  const [min, max] = (feld.anzahl ?? '').split(':')
  if (min === undefined || max === undefined || max === '*' || Number(min) <= Number(max)) return []
  return [
    fieldProblem('datenfeld.anzahlRange', joinPointer(pointer, 'anzahl'), {
      de: `In „${feld.anzahl ?? ''}“ ist die Mindestanzahl ${min} größer als die Höchstanzahl ${max}.`,
      en: `In "${feld.anzahl ?? ''}" the minimum count ${min} is greater than the maximum count ${max}.`,
    }),
  ]
}

/** mediaType and maxSize only restrict uploads; on other fields they are ignored, which misleads. */
export function checkFileAttributes({ feld, pointer }: VisitedDatenfeld): Problem[] {
  if (feld.datentyp === 'file') return []
  return (['mediaType', 'maxSize'] as const)
    .filter((key) => feld[key] !== undefined)
    .map((key) =>
      fieldProblem(
        'datenfeld.fileAttributeIgnored',
        joinPointer(pointer, key),
        {
          de: `Diese Angabe gilt nur für Datenfelder mit datentyp „file“; bei „${feld.datentyp}“ wird sie ignoriert.`,
          en: `This setting applies only to data fields with datentyp "file"; for "${feld.datentyp}" it is ignored.`,
        },
        'warning'
      )
    )
}
