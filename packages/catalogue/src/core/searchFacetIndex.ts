import { SEARCH_FACETS, type SearchFacet } from '../model/search'
import { toInt } from './rowMappers'
import { LIST_SEPARATOR, type HeadText } from './fullTextIndex'
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

/** Each value in a list is marked by a leading '=', so that '' stands for NULL (see valuesOf). */
const PRESENT = '='

/**
 * One statement, so stamp, heads and Länder come from one snapshot (on PostgreSQL too, where every
 * statement sees one). The heads come as one list per column (HeadText.listOf), all aggregated in
 * one pass and so in the same order — for 10,000 heads a fraction of the cost of 10,000 row objects.
 * `laender`: `key=Land` for every Land of the heads with several.
 */
function loadSql(head: HeadText): string {
  const facetLists = SEARCH_FACETS.map((facet) => {
    const column = `h.${FACET_COLUMN[facet]}`
    return `${head.listOf(`CASE WHEN ${column} IS NULL THEN '' ELSE '${PRESENT}' || ${column} END`)} AS ${facet}`
  })
  return `SELECT s.stamp, a.*,
      (SELECT ${head.listOf(`h.${head.key} || '=' || st.value`)}
        FROM published_heads h CROSS JOIN search_terms st
        WHERE h.bundesland_count > 1 AND st.block_id = h.block_id AND st.version = h.version
          AND st.field = 'bundesland') AS laender
    FROM published_heads_stamp s CROSS JOIN (
      SELECT ${head.listOf(`h.${head.key}`)} AS head_keys, ${facetLists.join(', ')}
      FROM published_heads h) a`
}

/** The values of a list (HeadText.listOf); none for NULL (no rows). */
function valuesOf(list: unknown): string[] {
  return list === null || list === undefined ? [] : String(list).split(LIST_SEPARATOR)
}

/** Reads the facet values of all published heads and the stamp they belong to. */
export async function loadHeadFacetIndex(ex: SqlExecutor, head: HeadText): Promise<HeadFacetIndex> {
  const row = (await ex.all(loadSql(head)))[0]
  if (row === undefined) throw new Error('published_heads_stamp has no row (migration 007)')
  const keys = valuesOf(row.head_keys)
  const codeOf = SEARCH_FACETS.map(() => new Map<string, number>())
  const values = SEARCH_FACETS.map((): string[] => [])
  const codeFor = (facet: number, value: string): number => {
    const dictionary = codeOf[facet] as Map<string, number>
    let code = dictionary.get(value)
    if (code === undefined) {
      code = dictionary.size
      dictionary.set(value, code)
      values[facet]?.push(value)
    }
    return code
  }
  const codes = SEARCH_FACETS.map((facet, f) => {
    const column = valuesOf(row[facet])
    if (column.length !== keys.length) throw new Error(`facet list ${facet} does not fit the heads`)
    return Int32Array.from(column, (marked) =>
      marked === '' ? -1 : codeFor(f, marked.slice(PRESENT.length))
    )
  })
  const positionOf = new Map<number, number>()
  keys.forEach((key, position) => positionOf.set(Number(key), position))
  const severalLaender = new Map<number, number[]>()
  for (const entry of valuesOf(row.laender)) {
    const split = entry.indexOf('=')
    const position = positionOf.get(Number(entry.slice(0, split)))
    if (position === undefined) continue
    const code = codeFor(BUNDESLAND_POSITION, entry.slice(split + 1))
    severalLaender.set(position, [...(severalLaender.get(position) ?? []), code])
  }
  return {
    stamp: toInt(row.stamp),
    size: keys.length,
    positionOf,
    codes,
    values,
    codeOf,
    severalLaender,
  }
}
