import { SEARCH_FACETS, type SearchFacet } from '../model/search'
import { toInt } from './rowMappers'
import type { SqlExecutor } from './sqlExecutor'

/**
 * The facet values of every published head, held in memory so that a search counts its facets in
 * the process instead of in SQL (docs/decisions/0012): the statement only lists the keys of the heads
 * that match, and countHeadFacets (searchFacetCounts.ts) counts them here. Facet values are coded as
 * small integers per facet, so counting is array arithmetic. An index is valid for exactly one stamp
 * of published_heads (migration 007): the heads' state it was read in.
 */
export interface HeadFacetIndex {
  /** The published_heads_stamp the index was read with. */
  readonly stamp: number
  /** Number of heads. */
  readonly size: number
  /** Position (0 … size-1) of each head, by its key (the adapter's HeadText.key column). */
  readonly positionOf: ReadonlyMap<number, number>
  /** Per facet, in SEARCH_FACETS order: each head's value code by position, -1 when it has none. */
  readonly codes: readonly Int32Array[]
  /** Per facet: the value of each code. */
  readonly values: readonly (readonly string[])[]
  /** Per facet: the code of each value. */
  readonly codeOf: readonly ReadonlyMap<string, number>[]
  /**
   * Bundesland codes of the heads with several Länder, by position: their bundesland column is NULL
   * (so their code there is -1) and search_terms holds the Länder.
   */
  readonly severalLaender: ReadonlyMap<number, readonly number[]>
}

/** Where published_heads keeps each facet; bundesland only for heads with exactly one Land. */
export const FACET_COLUMN: Record<SearchFacet, string> = {
  bundesland: 'bundesland',
  organisation: 'organisation_id',
  bausteinart: 'bausteinart',
  einsatzbereich: 'einsatzbereich',
  themenfeld: 'themenfeld',
}

export const BUNDESLAND_POSITION = SEARCH_FACETS.indexOf('bundesland')

/**
 * One statement, so stamp, heads and Länder come from one snapshot (on PostgreSQL too, where every
 * statement sees one): rows of kind `stamp`, one `head` per head, one `land` per Land of a head with
 * several.
 */
function loadSql(keyColumn: string): string {
  const columns = SEARCH_FACETS.map((facet) => FACET_COLUMN[facet])
  const nulls = (except?: string) =>
    columns.map((c) => (c === except ? `st.value AS ${c}` : `NULL AS ${c}`)).join(', ')
  return `SELECT 'stamp' AS kind, s.stamp AS head_key, ${columns.map((c) => `NULL AS ${c}`).join(', ')}
    FROM published_heads_stamp s
    UNION ALL
    SELECT 'head', h.${keyColumn}, ${columns.map((c) => `h.${c}`).join(', ')} FROM published_heads h
    UNION ALL
    SELECT 'land', h.${keyColumn}, ${nulls(FACET_COLUMN.bundesland)}
    FROM published_heads h CROSS JOIN search_terms st
    WHERE h.bundesland_count > 1 AND st.block_id = h.block_id AND st.version = h.version
      AND st.field = 'bundesland'`
}

/** Reads the facet values of all published heads and the stamp they belong to. */
export async function loadHeadFacetIndex(
  ex: SqlExecutor,
  keyColumn: string
): Promise<HeadFacetIndex> {
  const rows = await ex.all(loadSql(keyColumn))
  const heads = rows.filter((row) => row.kind === 'head')
  const stampRow = rows.find((row) => row.kind === 'stamp')
  if (stampRow === undefined) throw new Error('published_heads_stamp has no row (migration 007)')
  const codeOf = SEARCH_FACETS.map(() => new Map<string, number>())
  const values = SEARCH_FACETS.map((): string[] => [])
  const codeFor = (facet: number, value: unknown): number => {
    if (value === null || value === undefined) return -1
    const text = String(value)
    const dictionary = codeOf[facet] as Map<string, number>
    let code = dictionary.get(text)
    if (code === undefined) {
      code = dictionary.size
      dictionary.set(text, code)
      values[facet]?.push(text)
    }
    return code
  }
  const codes = SEARCH_FACETS.map(() => new Int32Array(heads.length))
  const positionOf = new Map<number, number>()
  heads.forEach((row, position) => {
    positionOf.set(toInt(row.head_key), position)
    SEARCH_FACETS.forEach((facet, f) => {
      ;(codes[f] as Int32Array)[position] = codeFor(f, row[FACET_COLUMN[facet]])
    })
  })
  const severalLaender = new Map<number, number[]>()
  for (const row of rows) {
    if (row.kind !== 'land') continue
    const position = positionOf.get(toInt(row.head_key))
    if (position === undefined) continue
    const code = codeFor(BUNDESLAND_POSITION, row[FACET_COLUMN.bundesland])
    severalLaender.set(position, [...(severalLaender.get(position) ?? []), code])
  }
  return {
    stamp: toInt(stampRow.head_key),
    size: heads.length,
    positionOf,
    codes,
    values,
    codeOf,
    severalLaender,
  }
}
