import { InvalidInputError } from '../errors'
import {
  DEFAULT_SEARCH_LIMIT,
  SEARCH_FACETS,
  type FacetCount,
  type SearchHit,
  type SearchFacet,
  type SearchQuery,
  type SearchResult,
} from '../model/search'
import { VERSION_STATES, type VersionState } from '../model/vocabulary'
import { parseSearchText } from '../search/searchText'
import type { StoreContext } from './context'
import { toInt, toIso } from './rowMappers'
import { searchSql, type SearchPlan } from './searchSql'
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
    name: String(row.name),
    bezeichnung: row.bezeichnung === null ? null : String(row.bezeichnung),
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

/** Facet counts per facet, most frequent value first, ties by value. */
function facetsOf(rows: readonly SqlRow[]): Record<SearchFacet, FacetCount[]> {
  const facets = {} as Record<SearchFacet, FacetCount[]>
  for (const facet of SEARCH_FACETS) facets[facet] = []
  for (const row of rows) {
    if (row.kind !== 'facet') continue
    facets[String(row.facet) as SearchFacet]?.push({
      value: String(row.value),
      count: toInt(row.n),
    })
  }
  for (const counts of Object.values(facets)) {
    counts.sort((a, b) => b.count - a.count || compareCodePoints(a.value, b.value))
  }
  return facets
}

export function searchOps(ctx: StoreContext) {
  return {
    async search(query: SearchQuery): Promise<SearchResult> {
      const limit = pageLimit(query.limit, DEFAULT_SEARCH_LIMIT)
      const offset = pageOffset(query.offset)
      const parsed = parseSearchText(query.text)
      const plan: SearchPlan = {
        states: checkedStates(query),
        filters: checkedFilters(query),
        leistungsschluessel: parsed.leistungsschluessel,
        text: parsed.words.length === 0 ? 'all' : ctx.fullText.match(parsed.words),
      }
      const sort = query.sort ?? (plan.text === 'all' ? 'name' : 'relevance')
      requireOneOf(sort, ['relevance', 'name', 'lastChange'], 'sort')

      const statement = searchSql(plan, { sort, limit, offset }, ctx.dialect)
      const rows = await ctx.ex.all(statement.sql, statement.params)
      return {
        hits: rows
          .filter((row) => row.kind === 'hit')
          .sort((a, b) => toInt(a.pos) - toInt(b.pos))
          .map(hitOf),
        total: toInt(rows.find((row) => row.kind === 'total')?.n ?? 0),
        limit,
        offset,
        facets: facetsOf(rows),
      }
    },
  }
}
