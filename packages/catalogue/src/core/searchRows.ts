/**
 * A search is one statement whose result rows are of several kinds (`hit`, `total`, `facet`, …), as
 * branches of one UNION ALL. Every branch has these columns, in this order; the ones a kind of row
 * does not use are NULL.
 */
export const SEARCH_ROW_COLUMNS = [
  'kind',
  'pos',
  'block_id',
  'version',
  'state',
  'updated_at',
  'score',
  'name',
  'bezeichnung',
  'organisation_id',
  'organisation_name',
  'bausteinart',
  'leistungsschluessel',
  'bpmn_datei',
  'facet',
  'value',
  'n',
] as const

export type SearchRowColumn = (typeof SEARCH_ROW_COLUMNS)[number]

/** The SELECT list of one branch: the given expressions, NULL for the other columns. */
export function searchRowSelect(values: Partial<Record<SearchRowColumn, string>>): string {
  return SEARCH_ROW_COLUMNS.map((column) => `${values[column] ?? 'NULL'} AS ${column}`).join(', ')
}
