import { InvalidInputError } from '../errors'
import {
  DEFAULT_SEARCH_LIMIT,
  SEARCH_FACETS,
  type FacetCount,
  type SearchHit,
  type SearchFacet,
  type SearchQuery,
  type SearchResult,
  type SearchSort,
} from '../model/search'
import { VERSION_STATES, type VersionState } from '../model/vocabulary'
import { parseSearchText } from '../search/searchText'
import type { StoreContext } from './context'
import type { TextMatch } from './fullTextIndex'
import { toInt, toIso } from './rowMappers'
import { HEAD_COLUMNS, searchHeadsSql } from './searchHeadsSql'
import { searchSql, type SearchPage, type SearchPlan } from './searchSql'
import type { Sql } from './searchSqlFragments'
import type { SqlRow } from './sqlExecutor'
import { pageLimit, pageOffset, requireOneOf } from './validation'

const DEFAULT_STATES: readonly VersionState[] = ['veroeffentlicht']

function checkedFilters(query: SearchQuery): Partial<Record<SearchFacet, readonly string[]>> {
  const filters: Partial<Record<SearchFacet, readonly string[]>> = {}
  for (const [facet, values] of Object.entries(query.filters ?? {})) {
    requireOneOf(facet, SEARCH_FACETS, `filters/${facet}`)
    if (values !== undefined && values.length > 0)
      filters[facet as SearchFacet] = [...new Set(values)]
  }
  return filters
}

function checkedStates(query: SearchQuery): VersionState[] {
  const states = [...new Set(query.states ?? DEFAULT_STATES)]
  if (states.length === 0) {
    throw new InvalidInputError('states', {
      de: 'muss mindestens einen Status enthalten.',
      en: 'must contain at least one state.',
    })
  }
  return states.map((state, index) => requireOneOf(state, VERSION_STATES, `states/${index}`))
}

function hitOf(row: SqlRow): SearchHit {
  return {
    blockId: String(row.block_id),
    version: String(row.version),
    state: String(row.state) as VersionState,
    organisationId: String(row.organisation_id),
    organisationName: String(row.organisation_name),
    name: String(row.name),
    bezeichnung: row.bezeichnung === null ? null : String(row.bezeichnung),
    bausteinart: row.bausteinart === null ? null : String(row.bausteinart),
    leistungsschluessel: String(row.leistungsschluessel ?? '')
      .split(' ')
      .filter((key) => key !== ''),
    bpmnDatei: row.bpmn_datei === null ? null : String(row.bpmn_datei),
    updatedAt: toIso(row.updated_at),
    score: Number(row.score),
  }
}

/** Code-point order, as both databases compare the values byte-wise (UTF-8, COLLATE "C"). */
function compareCodePoints(a: string, b: string): number {
  const left = [...a]
  const right = [...b]
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = (left[i]?.codePointAt(0) ?? 0) - (right[i]?.codePointAt(0) ?? 0)
    if (difference !== 0) return difference
  }
  return left.length - right.length
}

/**
 * Facet counts per facet, most frequent value first, ties by value. Rows of kind `facet` carry one
 * count each; a row of kind `facets` carries counts of several facets as JSON (the SQLite adapter's
 * one-pass count, see FullTextIndex.countFacets). A value may come in several rows (a Land from the column and from search_terms):
 * they add up.
 */
function facetsOf(rows: readonly SqlRow[]): Record<SearchFacet, FacetCount[]> {
  const counts = new Map<SearchFacet, Map<string, number>>(
    SEARCH_FACETS.map((facet) => [facet, new Map<string, number>()])
  )
  const add = (facet: string, value: string, n: number) => {
    const values = counts.get(facet as SearchFacet)
    values?.set(value, (values.get(value) ?? 0) + n)
  }
  for (const row of rows) {
    if (row.kind === 'facet') add(String(row.facet), String(row.value), toInt(row.n))
    if (row.kind === 'facets') {
      const names = String(row.facet).split(',')
      const byPosition = JSON.parse(String(row.value)) as [string, number][][]
      names.forEach((facet, position) => {
        for (const [value, n] of byPosition[position] ?? []) add(facet, String(value), n)
      })
    }
  }
  const facets = {} as Record<SearchFacet, FacetCount[]>
  for (const [facet, values] of counts) {
    facets[facet] = [...values]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || compareCodePoints(a.value, b.value))
  }
  return facets
}

/** The row of kind `total`, or else the facet counts' row, which then carries it (countFacets). */
function totalOf(rows: readonly SqlRow[]): number {
  const row = rows.find((r) => r.kind === 'total') ?? rows.find((r) => r.kind === 'facets')
  return toInt(row?.n ?? 0)
}

/** Default: by relevance when there is text to match (not only stopwords), else by name. */
function sortOf(asked: SearchSort | undefined, text: TextMatch | 'all'): SearchSort {
  const sort = asked ?? (text === 'all' ? 'name' : 'relevance')
  return requireOneOf(sort, ['relevance', 'name', 'lastChange'] as const, 'sort')
}

/** Only published versions, the default: then the search reads the published heads. */
function onlyPublished(states: readonly VersionState[]): boolean {
  return states.length === 1 && states[0] === 'veroeffentlicht'
}

export function searchOps(ctx: StoreContext) {
  return {
    async search(query: SearchQuery): Promise<SearchResult> {
      const limit = pageLimit(query.limit, DEFAULT_SEARCH_LIMIT)
      const offset = pageOffset(query.offset)
      const parsed = parseSearchText(query.text)
      const states = checkedStates(query)
      const filters = checkedFilters(query)
      let statement: Sql
      if (onlyPublished(states)) {
        const text =
          parsed.words.length === 0 ? 'all' : ctx.fullText.matchHeads(parsed.words, HEAD_COLUMNS)
        const page: SearchPage = { sort: sortOf(query.sort, text), limit, offset }
        statement = searchHeadsSql(
          { filters, leistungsschluessel: parsed.leistungsschluessel, text },
          page,
          ctx.dialect,
          ctx.fullText
        )
      } else {
        const plan: SearchPlan = {
          states,
          filters,
          leistungsschluessel: parsed.leistungsschluessel,
          text: parsed.words.length === 0 ? 'all' : ctx.fullText.match(parsed.words),
        }
        const page: SearchPage = { sort: sortOf(query.sort, plan.text), limit, offset }
        statement = searchSql(plan, page, ctx.dialect)
      }
      const rows = await ctx.ex.all(statement.sql, statement.params)
      return {
        hits: rows
          .filter((row) => row.kind === 'hit')
          .sort((a, b) => toInt(a.pos) - toInt(b.pos))
          .map(hitOf),
        total: totalOf(rows),
        limit,
        offset,
        facets: facetsOf(rows),
      }
    },
  }
}
