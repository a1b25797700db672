import { SEARCH_FACETS, type SearchFacet, type SearchSort } from '../model/search'
import type { SqlDialect } from './dialect'
import type { FullTextIndex, TextMatch } from './fullTextIndex'
import { LEISTUNGSSCHLUESSEL_FIELD } from './searchIndexing'
import { searchRowSelect } from './searchRows'
import { HIT_COLUMNS, hasTerm, type SearchPage } from './searchSql'
import { concat, placeholders, sql, where, type Sql } from './searchSqlFragments'

/**
 * The search over published versions only (the default) reads published_heads: one row per block,
 * already its latest published version, with the facets as columns. See publishedHeads.ts and, for
 * any other set of states, searchSql.ts.
 */

/** The published_heads columns a search reads (not the adapter's full-text columns). */
export const HEAD_COLUMNS = [
  'block_id',
  'version',
  'organisation_id',
  'bausteinart',
  'einsatzbereich',
  'themenfeld',
  'bundesland',
  'bundesland_count',
  'name_sort',
  'updated_at',
] as const

/** Where published_heads keeps each facet; bundesland only for heads with exactly one Land. */
const FACET_COLUMN: Record<SearchFacet, string> = {
  bundesland: 'bundesland',
  organisation: 'organisation_id',
  bausteinart: 'bausteinart',
  einsatzbereich: 'einsatzbereich',
  themenfeld: 'themenfeld',
}

export interface HeadsPlan {
  filters: Partial<Record<SearchFacet, readonly string[]>>
  leistungsschluessel: readonly string[]
  /** The adapter's match over published heads (FullTextIndex.matchHeads). */
  text: TextMatch | 'all'
}

function filterOf(plan: HeadsPlan, facet: SearchFacet): readonly string[] {
  return plan.filters[facet] ?? []
}

/** The head in `alias` has one of `values` for `facet`. */
function headHas(alias: string, facet: SearchFacet, values: readonly string[]): Sql {
  const inColumn = sql(
    `${alias}.${FACET_COLUMN[facet]} IN (${placeholders(values.length)})`,
    values
  )
  if (facet !== 'bundesland') return inColumn
  // A head with several Länder has them in search_terms only (a probe for these few rows).
  return concat(
    [
      sql('('),
      inColumn,
      sql(`OR (${alias}.bundesland_count > 1 AND`),
      hasTerm(alias, 'bundesland', values),
      sql('))'),
    ],
    ' '
  )
}

function facetFilters(plan: HeadsPlan, alias: string, without?: SearchFacet): Sql[] {
  return SEARCH_FACETS.filter((facet) => facet !== without && filterOf(plan, facet).length > 0).map(
    (facet) => headHas(alias, facet, filterOf(plan, facet))
  )
}

const COLUMNS = HEAD_COLUMNS.map((column) => `h.${column}`).join(', ')

/**
 * `candidates`: the heads matching the text and the Leistungsschlüssel (all filters but the facets),
 * with their score; `matched`: those that also pass every facet filter. Both MATERIALIZED, as each is
 * read by several branches (see searchSql.ts for why the full-text match must run once).
 */
function commonTableExpressions(plan: HeadsPlan): { sql: Sql; matched: string } {
  let source: Sql
  let keys = plan.leistungsschluessel
  if (plan.text !== 'all') {
    source = concat([sql('SELECT * FROM ('), sql(plan.text.sql, plan.text.params), sql(') h')])
  } else if (keys[0] !== undefined) {
    source = sql(
      `SELECT ${COLUMNS}, 0.0 AS score
      FROM (SELECT block_id, version FROM search_terms WHERE field = ? AND value = ?) k
      CROSS JOIN published_heads h WHERE h.block_id = k.block_id AND h.version = k.version`,
      [LEISTUNGSSCHLUESSEL_FIELD, keys[0]]
    )
    keys = keys.slice(1)
  } else {
    source = sql(`SELECT ${COLUMNS}, 0.0 AS score FROM published_heads h`)
  }
  const parts: Sql[] = [
    concat([
      sql('WITH candidates AS MATERIALIZED (SELECT c.* FROM ('),
      source,
      sql(') c'),
      where(keys.map((key) => hasTerm('c', LEISTUNGSSCHLUESSEL_FIELD, [key]))),
      sql(')'),
    ]),
  ]
  const filters = facetFilters(plan, 'c')
  if (filters.length === 0) return { sql: concat(parts), matched: 'candidates' }
  parts.push(
    concat([
      sql(',\nmatched AS MATERIALIZED (SELECT c.* FROM candidates c'),
      where(filters),
      sql(')'),
    ])
  )
  return { sql: concat(parts), matched: 'matched' }
}

function orderBy(sort: SearchSort, dialect: SqlDialect, alias: string): string {
  const tieBreak = `${alias}.block_id${dialect.binaryCollation}`
  switch (sort) {
    case 'relevance':
      return `${alias}.score DESC, ${alias}.name_sort ASC, ${tieBreak}`
    case 'name':
      return `${alias}.name_sort ASC, ${tieBreak}`
    case 'lastChange':
      return `${alias}.updated_at DESC, ${tieBreak}`
  }
}

/**
 * The page of hits: the heads are sorted on their own columns (a top-k sort), and only the page's rows
 * are joined with their display fields and owner.
 */
function hitsBranch(matched: string, page: SearchPage, dialect: SqlDialect): Sql {
  return sql(
    `SELECT ${HIT_COLUMNS}
    FROM (
      SELECT p.block_id, p.version, 'veroeffentlicht' AS state, p.updated_at, p.score, d.name,
        d.bezeichnung, d.bausteinart, d.leistungsschluessel, d.bpmn_datei,
        ROW_NUMBER() OVER (ORDER BY ${orderBy(page.sort, dialect, 'p')}) AS pos
      FROM (SELECT m.* FROM ${matched} m ORDER BY ${orderBy(page.sort, dialect, 'm')} LIMIT ? OFFSET ?) p
      CROSS JOIN search_documents d
      WHERE d.block_id = p.block_id AND d.version = p.version
    ) h JOIN blocks b ON b.id = h.block_id JOIN organisations o ON o.id = b.organisation_id`,
    [page.limit, page.offset]
  )
}

/** Land counts of the heads with several Länder (rare), from search_terms; added to the column's. */
function severalLaender(source: string, filters: readonly Sql[]): Sql {
  return concat([
    sql(`SELECT ${searchRowSelect({ kind: "'facet'", facet: "'bundesland'", value: 'st.value', n: 'COUNT(*)' })}
      FROM ${source} CROSS JOIN search_terms st`),
    where([
      sql(`c.bundesland_count > 1 AND st.block_id = c.block_id AND st.version = c.version
        AND st.field = 'bundesland'`),
      ...filters,
    ]),
    sql('GROUP BY st.value'),
  ])
}

/** Counts of one facet that has a filter of its own: over the candidates with the other filters. */
function filteredFacetCount(plan: HeadsPlan, facet: SearchFacet): Sql[] {
  const others = facetFilters(plan, 'c', facet)
  const column = `c.${FACET_COLUMN[facet]}`
  const counts = concat([
    sql(`SELECT ${searchRowSelect({ kind: "'facet'", facet: `'${facet}'`, value: column, n: 'COUNT(*)' })}
      FROM candidates c`),
    where([sql(`${column} IS NOT NULL`), ...others]),
    sql(`GROUP BY ${column}`),
  ])
  return facet === 'bundesland' ? [counts, severalLaender('candidates c', others)] : [counts]
}

/**
 * The whole search over published heads in one statement, with the same row kinds as searchSql: the
 * page of hits, the total, and the facet counts — facets without a filter of their own counted in
 * one pass over `matched` by the adapter (FullTextIndex.countFacets), each filtered facet over the
 * candidates with all other filters.
 */
export function searchHeadsSql(
  plan: HeadsPlan,
  page: SearchPage,
  dialect: SqlDialect,
  fullText: FullTextIndex
): Sql {
  const ctes = commonTableExpressions(plan)
  const branches: Sql[] = [
    hitsBranch(ctes.matched, page, dialect),
    sql(`SELECT ${searchRowSelect({ kind: "'total'", n: 'COUNT(*)' })} FROM ${ctes.matched}`),
  ]
  const unfiltered = SEARCH_FACETS.filter((facet) => filterOf(plan, facet).length === 0)
  if (unfiltered.length > 0) {
    branches.push(
      sql(
        fullText.countFacets(
          ctes.matched,
          unfiltered.map((facet) => ({ facet, column: FACET_COLUMN[facet] }))
        )
      )
    )
    if (unfiltered.includes('bundesland')) branches.push(severalLaender(`${ctes.matched} c`, []))
  }
  for (const facet of SEARCH_FACETS) {
    if (filterOf(plan, facet).length > 0) branches.push(...filteredFacetCount(plan, facet))
  }
  return concat([ctes.sql, concat(branches, '\nUNION ALL\n')])
}
