import { SEARCH_FACETS, type SearchFacet, type SearchSort } from '../model/search'
import type { VersionState } from '../model/vocabulary'
import type { SqlDialect } from './dialect'
import type { TextMatch } from './fullTextIndex'
import { LEISTUNGSSCHLUESSEL_FIELD } from './searchIndexing'
import type { SqlValue } from './sqlExecutor'

/** A search, reduced to what the SQL needs. */
export interface SearchPlan {
  states: readonly VersionState[]
  filters: Partial<Record<SearchFacet, readonly string[]>>
  leistungsschluessel: readonly string[]
  text: TextMatch | 'all'
}

export interface Sql {
  sql: string
  params: SqlValue[]
}

function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ')
}

function termExists(field: string, valueCount: number): string {
  return `EXISTS (SELECT 1 FROM search_terms st
    WHERE st.block_id = l.block_id AND st.version = l.version
      AND st.field = ? AND st.value IN (${placeholders(valueCount)}))`
}

/**
 * `latest`: per block, its highest-semver version among the visible states. `matched`: those latest
 * versions that satisfy the text, the Leistungsschlüssel and the facet filters (except `without`, for
 * counting that facet). Text is matched against the latest visible version only, so a block is found
 * for what it says now, not for what an old version said.
 */
function matchedCte(plan: SearchPlan, without?: SearchFacet): Sql {
  const params: SqlValue[] = [...plan.states]
  const conditions: string[] = []
  for (const key of plan.leistungsschluessel) {
    conditions.push(termExists(LEISTUNGSSCHLUESSEL_FIELD, 1))
    params.push(LEISTUNGSSCHLUESSEL_FIELD, key)
  }
  const textJoin =
    plan.text === 'all'
      ? { sql: '', score: '0.0' }
      : {
          sql: `JOIN (${plan.text.sql}) t ON t.block_id = l.block_id AND t.version = l.version`,
          score: 't.score',
        }
  const textParams = plan.text === 'all' ? [] : plan.text.params
  for (const facet of SEARCH_FACETS) {
    const values = plan.filters[facet]
    if (facet === without || values === undefined || values.length === 0) continue
    conditions.push(termExists(facet, values.length))
    params.push(facet, ...values)
  }
  const sql = `WITH latest AS (
    SELECT block_id, version, state, updated_at FROM (
      SELECT v.block_id, v.version, v.state, v.updated_at,
        ROW_NUMBER() OVER (PARTITION BY v.block_id ORDER BY v.major DESC, v.minor DESC, v.patch DESC) AS rn
      FROM block_versions v WHERE v.state IN (${placeholders(plan.states.length)})
    ) ranked WHERE rn = 1
  ),
  matched AS (
    SELECT l.block_id, l.version, l.state, l.updated_at, ${textJoin.score} AS score,
      d.name, d.bezeichnung, d.name_sort
    FROM latest l
    JOIN search_documents d ON d.block_id = l.block_id AND d.version = l.version
    ${textJoin.sql}
    WHERE ${conditions.length === 0 ? '1 = 1' : conditions.join(' AND ')}
  )`
  // Parameter order follows the text: states, text subquery, then the WHERE conditions.
  const stateCount = plan.states.length
  return {
    sql,
    params: [...params.slice(0, stateCount), ...textParams, ...params.slice(stateCount)],
  }
}

function orderBy(sort: SearchSort, dialect: SqlDialect): string {
  const tieBreak = `m.block_id${dialect.binaryCollation}`
  switch (sort) {
    case 'relevance':
      return `m.score DESC, m.name_sort ASC, ${tieBreak}`
    case 'name':
      return `m.name_sort ASC, ${tieBreak}`
    case 'lastChange':
      return `m.updated_at DESC, ${tieBreak}`
  }
}

export function hitsSql(
  plan: SearchPlan,
  sort: SearchSort,
  limit: number,
  offset: number,
  dialect: SqlDialect
): Sql {
  const cte = matchedCte(plan)
  return {
    sql: `${cte.sql}
      SELECT m.block_id, m.version, m.state, m.updated_at, m.score, m.name, m.bezeichnung, b.organisation_id
      FROM matched m JOIN blocks b ON b.id = m.block_id
      ORDER BY ${orderBy(sort, dialect)} LIMIT ? OFFSET ?`,
    params: [...cte.params, limit, offset],
  }
}

export function totalSql(plan: SearchPlan): Sql {
  const cte = matchedCte(plan)
  return { sql: `${cte.sql} SELECT COUNT(*) AS n FROM matched`, params: cte.params }
}

export function facetSql(plan: SearchPlan, facet: SearchFacet): Sql {
  const cte = matchedCte(plan, facet)
  return {
    sql: `${cte.sql}
      SELECT st.value AS value, COUNT(*) AS n
      FROM matched m JOIN search_terms st ON st.block_id = m.block_id AND st.version = m.version
      WHERE st.field = ?
      GROUP BY st.value ORDER BY n DESC, st.value`,
    params: [...cte.params, facet],
  }
}
