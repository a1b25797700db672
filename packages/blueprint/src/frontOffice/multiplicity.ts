import type { Datenfeld } from '@bauplan/domain'

/** XDatenfelder `anzahl` (`min:max`, max may be `*`); a field without it is taken as optional and single (0:1). */
export interface Multiplicity {
  min: number
  /** undefined = unbounded (`*`). */
  max: number | undefined
}

export function multiplicity(field: Datenfeld): Multiplicity {
  const [min = '0', max = '1'] = (field.anzahl ?? '0:1').split(':')
  return { min: Number(min), max: max === '*' ? undefined : Number(max) }
}

/** A field that may occur more than once is a list in the form data. */
export function isRepeated(field: Datenfeld): boolean {
  const { max } = multiplicity(field)
  return max === undefined || max > 1
}

export function isRequired(field: Datenfeld): boolean {
  return multiplicity(field).min >= 1
}
