import { SEARCH_FACETS, type SearchFacet, type SearchSort } from '../model/search'
import type { VersionState } from '../model/vocabulary'
import type { SqlDialect } from './dialect'
import type { TextMatch } from './fullTextIndex'
import { LEISTUNGSSCHLUESSEL_FIELD } from './searchIndexing'
import { searchRowSelect } from './searchRows'
import { concat, placeholders, sql, where, type Sql } from './searchSqlFragments'

/** A search, reduced to what the SQL needs. */
export interface SearchPlan {
  states: readonly VersionState[]
  filters: Partial<Record<SearchFacet, readonly string[]>>
  leistungsschluessel: readonly string[]
  text: TextMatch | 'all'
}

export interface SearchPage {
  sort: SearchSort
  limit: number
  offset: number
}

/** The version in `alias` has the term `field` with one of `values` (search_terms primary key probe). */
export function hasTerm(alias: string, field: string, values: readonly string[]): Sql {
  return sql(
    `EXISTS (SELECT 1 FROM search_terms st WHERE st.block_id = ${alias}.block_id
      AND st.version = ${alias}.version AND st.field = ? AND st.value IN (${placeholders(values.length)}))`,
    [field, ...values]
  )
}

function facetFilters(plan: SearchPlan, alias: string, without?: SearchFacet): Sql[] {
  return SEARCH_FACETS.filter(
    (facet) => facet !== without && (plan.filters[facet]?.length ?? 0) > 0
  ).map((facet) => hasTerm(alias, facet, plan.filters[facet] ?? []))
}

function filteredFacets(plan: SearchPlan): SearchFacet[] {
  return SEARCH_FACETS.filter((facet) => (plan.filters[facet]?.length ?? 0) > 0)
}

/**
 * Where the candidates come from, most selective first: the text match; else the versions with the
 * first Leistungsschlüssel (an index lookup, one block or a few); else every version in the states.
 * `keys` are the Leistungsschlüssel still to check on each candidate.
 */
function candidateSource(plan: SearchPlan): { from: Sql; join: Sql[]; keys: readonly string[] } {
  if (plan.text !== 'all') {
    return {
      from: sql('text_match t CROSS JOIN block_versions v'),
      join: [sql('v.block_id = t.block_id AND v.version = t.version')],
      keys: plan.leistungsschluessel,
    }
  }
  const [first, ...rest] = plan.leistungsschluessel
  if (first !== undefined) {
    return {
      from: sql(
        `(SELECT block_id, version FROM search_terms WHERE field = ? AND value = ?) k
        CROSS JOIN block_versions v`,
        [LEISTUNGSSCHLUESSEL_FIELD, first]
      ),
      join: [sql('v.block_id = k.block_id AND v.version = k.version')],
      keys: rest,
    }
  }
  return { from: sql('block_versions v'), join: [], keys: [] }
}

/**
 * `candidates`: per block, its latest visible version (no visible version with a higher semver),
 * if that version matches the text and the Leistungsschlüssel — all filters but the facets. Text is
 * matched against the latest visible version only, so a block is found for what it says now, not for
 * what an old version said. With text, the full-text match drives the query (it is usually the most
 * selective part) and is computed once; the latest-version test is a probe into the block's few
 * versions. `matched`: the candidates that also pass every facet filter.
 *
 * Both are MATERIALIZED: each is read by several parts of the statement, and inlining them would let
 * the planner repeat the full-text scan inside a loop. `CROSS JOIN` (with the join condition in WHERE)
 * makes SQLite keep the left table as the driving one — its planner otherwise scans every published
 * version and probes the text match; PostgreSQL treats it as an ordinary join and plans it freely.
 */
function commonTableExpressions(plan: SearchPlan): { sql: Sql; matched: string } {
  const states = placeholders(plan.states.length)
  const parts: Sql[] = []
  if (plan.text !== 'all') {
    parts.push(
      concat([sql('text_match AS MATERIALIZED ('), sql(plan.text.sql, plan.text.params), sql('),')])
    )
  }
  const source = candidateSource(plan)
  parts.push(
    concat([
      sql(`candidates AS MATERIALIZED (
        SELECT v.block_id, v.version, v.state, v.updated_at, ${plan.text === 'all' ? '0.0' : 't.score'} AS score
        FROM`),
      source.from,
      where([
        ...source.join,
        sql(`v.state IN (${states})`, plan.states),
        sql(
          `NOT EXISTS (SELECT 1 FROM block_versions newer WHERE newer.block_id = v.block_id
            AND newer.state IN (${states})
            AND (newer.major, newer.minor, newer.patch) > (v.major, v.minor, v.patch))`,
          plan.states
        ),
        ...source.keys.map((key) => hasTerm('v', LEISTUNGSSCHLUESSEL_FIELD, [key])),
      ]),
      sql(')'),
    ])
  )
  const filters = facetFilters(plan, 'c')
  if (filters.length === 0)
    return { sql: concat([sql('WITH'), concat(parts, '\n')]), matched: 'candidates' }
  parts.push(
    concat([
      sql(',\nmatched AS MATERIALIZED (SELECT c.* FROM candidates c'),
      where(filters),
      sql(')'),
    ])
  )
  return { sql: concat([sql('WITH'), concat(parts, '\n')]), matched: 'matched' }
}

export function orderBy(sort: SearchSort, dialect: SqlDialect): string {
  const tieBreak = `m.block_id${dialect.binaryCollation}`
  switch (sort) {
    case 'relevance':
      return `m.score DESC, d.name_sort ASC, ${tieBreak}`
    case 'name':
      return `d.name_sort ASC, ${tieBreak}`
    case 'lastChange':
      return `m.updated_at DESC, ${tieBreak}`
  }
}

/** The columns of a hit row, from `h` (the page), `b` (its block) and `o` (the owner). */
export const HIT_COLUMNS = searchRowSelect({
  kind: "'hit'",
  pos: 'h.pos',
  block_id: 'h.block_id',
  version: 'h.version',
  state: 'h.state',
  updated_at: 'h.updated_at',
  score: 'h.score',
  name: 'h.name',
  bezeichnung: 'h.bezeichnung',
  organisation_id: 'b.organisation_id',
  organisation_name: 'o.name',
  bausteinart: 'h.bausteinart',
  leistungsschluessel: 'h.leistungsschluessel',
  bpmn_datei: 'h.bpmn_datei',
})

/**
 * The page of hits, with each hit's position. The sort needs name_sort from search_documents only to
 * break ties, so by relevance the candidates scoring below the page's last position are dropped before
 * that join (ties with it stay in) — with a frequent word that spares thousands of lookups. The owning
 * organisation is looked up for the page's rows only.
 */
function hitsBranch(matched: string, page: SearchPage, dialect: SqlDialect): Sql {
  const order = orderBy(page.sort, dialect)
  const cutoff =
    page.sort === 'relevance'
      ? sql(
          `AND m.score >= COALESCE(
            (SELECT score FROM ${matched} ORDER BY score DESC LIMIT 1 OFFSET ?),
            (SELECT MIN(score) FROM ${matched}))`,
          [page.offset + page.limit - 1]
        )
      : sql('')
  return concat([
    sql(`SELECT ${HIT_COLUMNS}
      FROM (
        SELECT m.block_id, m.version, m.state, m.updated_at, m.score, d.name, d.bezeichnung,
          d.bausteinart, d.leistungsschluessel, d.bpmn_datei,
          ROW_NUMBER() OVER (ORDER BY ${order}) AS pos
        FROM ${matched} m CROSS JOIN search_documents d
        WHERE d.block_id = m.block_id AND d.version = m.version`),
    cutoff,
    sql(
      `ORDER BY ${order} LIMIT ? OFFSET ?
      ) h JOIN blocks b ON b.id = h.block_id JOIN organisations o ON o.id = b.organisation_id`,
      [page.limit, page.offset]
    ),
  ])
}

/** Counts facet values of the rows of `source`, which drives (CROSS JOIN, see above). */
function facetCounts(source: string, fields: Sql, filters: readonly Sql[]): Sql {
  return concat([
    sql(`SELECT ${searchRowSelect({ kind: "'facet'", facet: 'st.field', value: 'st.value', n: 'COUNT(*)' })}
      FROM ${source} CROSS JOIN search_terms st`),
    where([sql('st.block_id = c.block_id AND st.version = c.version'), fields, ...filters]),
    sql('GROUP BY st.field, st.value'),
  ])
}

/**
 * The whole search in one statement: the page of hits (with their position), the total, and the
 * facet counts, as rows of kind `hit`, `total` and `facet`. One statement computes the text match
 * and the latest versions once for all three. A facet without a filter of its own is counted over
 * `matched`; a facet with one is counted over the candidates with all other facet filters, so a user
 * can see how many blocks another value of that facet would add.
 */
export function searchSql(plan: SearchPlan, page: SearchPage, dialect: SqlDialect): Sql {
  const ctes = commonTableExpressions(plan)
  const branches: Sql[] = [
    hitsBranch(ctes.matched, page, dialect),
    sql(`SELECT ${searchRowSelect({ kind: "'total'", n: 'COUNT(*)' })} FROM ${ctes.matched}`),
  ]
  const filtered = filteredFacets(plan)
  const unfiltered = SEARCH_FACETS.filter((facet) => !filtered.includes(facet))
  if (unfiltered.length > 0) {
    branches.push(
      facetCounts(
        `${ctes.matched} c`,
        sql(`st.field IN (${placeholders(unfiltered.length)})`, unfiltered),
        []
      )
    )
  }
  for (const facet of filtered) {
    branches.push(
      facetCounts('candidates c', sql('st.field = ?', [facet]), facetFilters(plan, 'c', facet))
    )
  }
  return concat([ctes.sql, concat(branches, '\nUNION ALL\n')])
}
