import type { Baustein, Datenfeld } from '@bauplan/domain'

/**
 * The data fields the applicant enters: the `felder` of every incoming data entry of the procedure,
 * in the order of the metadata. Several entries (e.g. the form and a separately sent proof) become
 * one form; a field id that appears twice at the top level is taken once (the first), since the
 * metadata checks already require unique field ids.
 */
export function applicationFields(metadata: Baustein): Datenfeld[] {
  const seen = new Set<string>()
  const fields: Datenfeld[] = []
  for (const daten of metadata.eingehendeDaten ?? []) {
    for (const field of daten.felder ?? []) {
      if (seen.has(field.id)) continue
      seen.add(field.id)
      fields.push(field)
    }
  }
  return fields
}

/** Where each field sits: field id → the ids of the groups above it (outermost first), and whether one of them repeats. */
export interface FieldLocation {
  path: string[]
  insideList: boolean
}

export function locateFields(fields: readonly Datenfeld[]): Map<string, FieldLocation> {
  const locations = new Map<string, FieldLocation>()
  const walk = (list: readonly Datenfeld[], path: string[], insideList: boolean) => {
    for (const field of list) {
      if (!locations.has(field.id))
        locations.set(field.id, { path: [...path, field.id], insideList })
      if (field.felder) {
        const repeated = (field.anzahl ?? '0:1').split(':')[1] !== '1'
        walk(field.felder, [...path, field.id], insideList || repeated)
      }
    }
  }
  walk(fields, [], false)
  return locations
}
