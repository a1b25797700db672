import { SEARCH_FACETS, type SearchFacet, type SearchSort } from '../model/search'
import type { SqlDialect } from './dialect'
import type { FullTextIndex, TextMatch } from './fullTextIndex'
import { LEISTUNGSSCHLUESSEL_FIELD } from './searchIndexing'
import { FACET_COLUMN } from './searchFacetIndex'
import { searchRowSelect } from './searchRows'
import { HIT_COLUMNS, hasTerm, type SearchPage } from './searchSql'
import { concat, placeholders, sql, where, type Sql } from './searchSqlFragments'

/**
 * The search over published versions only (the default) reads published_heads: one row per block,
 * already its latest published version, with the facets as columns. See publishedHeads.ts and, for
 * any other set of states, searchSql.ts. Its statement returns the page of hits, the keys of all
 * matching heads and the heads' stamp; the total and the facet counts are computed from the keys in
 * the process (searchFacetCounts.ts, docs/decisions/0012).
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

export interface HeadsPlan {
  filters: Partial<Record<SearchFacet, readonly string[]>>
  leistungsschluessel: readonly string[]
  /** The adapter's match over published heads (FullTextIndex.matchHeads). */
  text: TextMatch | 'all'
  /** The keys of the heads matching the text, if the adapter lists them apart (matchHeadKeys). */
  textKeys?: TextMatch | 'all'
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

/** HEAD_COLUMNS and the adapter's key column. */
export function headColumns(fullText: FullTextIndex): string[] {
  return [...HEAD_COLUMNS, fullText.head.key]
}

/** The facet's bit in the column `failed` of `candidates` (the filters a row does not pass). */
function bitOf(facet: SearchFacet): number {
  return 2 ** SEARCH_FACETS.indexOf(facet)
}

/** The row passes every facet filter (the process counts the facets, each without its own filter). */
function passes(alias: string): string {
  return `${alias}.failed = 0`
}

/**
 * What the branches read of a candidate besides its key and `failed` (the facet columns are needed
 * only to compute `failed`): PostgreSQL writes every candidate to its materialized CTE, and fewer
 * columns make that cheaper (docs/benchmarks.md, Catalogue, fifth look).
 */
const CANDIDATE_COLUMNS = ['block_id', 'version', 'name_sort', 'updated_at', 'score'] as const

/**
 * `candidates`: the heads matching the text and the Leistungsschlüssel (all filters but the facets),
 * with their score, and in `failed` the facet filters the row does not pass (a bit per facet, see
 * bitOf). Hits are the rows passing all filters; the keys of all of them go to the process, which
 * counts total and facets. Materialized or inlined into each branch, as the adapter says
 * (FullTextIndex.headCandidates).
 */
function candidatesCte(plan: HeadsPlan, fullText: FullTextIndex, materialized: boolean): Sql {
  let source: Sql
  let keys = plan.leistungsschluessel
  const columns = headColumns(fullText)
    .map((column) => `h.${column}`)
    .join(', ')
  if (plan.text !== 'all') {
    source = concat([sql('SELECT * FROM ('), sql(plan.text.sql, plan.text.params), sql(') h')])
  } else if (keys[0] !== undefined) {
    source = sql(
      `SELECT ${columns}, 0.0 AS score
      FROM (SELECT block_id, version FROM search_terms WHERE field = ? AND value = ?) k
      CROSS JOIN published_heads h WHERE h.block_id = k.block_id AND h.version = k.version`,
      [LEISTUNGSSCHLUESSEL_FIELD, keys[0]]
    )
    keys = keys.slice(1)
  } else {
    source = sql(`SELECT ${columns}, 0.0 AS score FROM published_heads h`)
  }
  const failures = SEARCH_FACETS.filter((facet) => filterOf(plan, facet).length > 0).map((facet) =>
    concat(
      [
        sql('(CASE WHEN'),
        headHas('c', facet, filterOf(plan, facet)),
        sql(`THEN 0 ELSE ${bitOf(facet)} END)`),
      ],
      ' '
    )
  )
  const failed = failures.length === 0 ? sql('0') : concat(failures, ' + ')
  return concat([
    sql(
      `WITH candidates AS ${materialized ? '' : 'NOT '}MATERIALIZED (SELECT ${CANDIDATE_COLUMNS.map((column) => `c.${column}`).join(', ')}, c.${fullText.head.key},`
    ),
    failed,
    sql('AS failed FROM ('),
    source,
    sql(') c'),
    where(keys.map((key) => hasTerm('c', LEISTUNGSSCHLUESSEL_FIELD, [key]))),
    sql(')'),
  ])
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
function hitsBranch(page: SearchPage, dialect: SqlDialect): Sql {
  return sql(
    `SELECT ${HIT_COLUMNS}
    FROM (
      SELECT p.block_id, p.version, 'veroeffentlicht' AS state, p.updated_at, p.score, d.name,
        d.bezeichnung, d.bausteinart, d.leistungsschluessel, d.bpmn_datei,
        ROW_NUMBER() OVER (ORDER BY ${orderBy(page.sort, dialect, 'p')}) AS pos
      FROM (
        SELECT m.* FROM candidates m WHERE ${passes('m')}
        ORDER BY ${orderBy(page.sort, dialect, 'm')} LIMIT ? OFFSET ?
      ) p
      CROSS JOIN search_documents d
      WHERE d.block_id = p.block_id AND d.version = p.version
    ) h JOIN blocks b ON b.id = h.block_id JOIN organisations o ON o.id = b.organisation_id`,
    [page.limit, page.offset]
  )
}

/** The stamp of published_heads: which head facet index the keys belong to (migration 007). */
const STAMP_BRANCH = sql(
  `SELECT ${searchRowSelect({ kind: "'stamp'", n: 's.stamp' })} FROM published_heads_stamp s`
)

/** The adapter lists the keys of the heads matching the text apart from the candidates. */
function keysApart(plan: HeadsPlan): plan is HeadsPlan & { textKeys: TextMatch } {
  return (
    plan.textKeys !== undefined && plan.textKeys !== 'all' && plan.leistungsschluessel.length === 0
  )
}

/** The keys of all candidates (filtered by facets or not), as one list (HeadText.listOf). */
function keysBranch(plan: HeadsPlan, fullText: FullTextIndex): Sql {
  if (keysApart(plan)) {
    const { textKeys } = plan
    const keys = fullText.head.listOf('k.head_key')
    return concat([
      sql(`SELECT ${searchRowSelect({ kind: "'keys'", value: keys })} FROM (`),
      sql(textKeys.sql, textKeys.params),
      sql(') k'),
    ])
  }
  const keys = fullText.head.listOf(`c.${fullText.head.key}`)
  return sql(`SELECT ${searchRowSelect({ kind: "'keys'", value: keys })} FROM candidates c`)
}

/**
 * The whole search over published heads in one statement (one snapshot): rows of kind `hit` (the
 * page), `stamp` and, unless every head is a candidate (no text, no Leistungsschlüssel), `keys`.
 */
export function searchHeadsSql(
  plan: HeadsPlan,
  page: SearchPage,
  dialect: SqlDialect,
  fullText: FullTextIndex
): Sql {
  const withKeys = !everyHeadIsCandidate(plan)
  const branches: Sql[] = [
    hitsBranch(page, dialect),
    STAMP_BRANCH,
    ...(withKeys ? [keysBranch(plan, fullText)] : []),
  ]
  // Materialized only where the adapter wants it and two branches read the candidates: read once, by
  // the page alone (browsing), the planner can take the page straight from an index on the sort.
  const materialized = fullText.headCandidates === 'materialized' && withKeys && !keysApart(plan)
  return concat([candidatesCte(plan, fullText, materialized), concat(branches, '\nUNION ALL\n')])
}

/** No text and no Leistungsschlüssel: the candidates are all heads, and the process knows them. */
export function everyHeadIsCandidate(plan: HeadsPlan): boolean {
  return plan.text === 'all' && plan.leistungsschluessel.length === 0
}
