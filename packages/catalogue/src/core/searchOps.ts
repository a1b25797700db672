import { InvalidInputError } from '../errors'
import {
  DEFAULT_SEARCH_LIMIT,
  SEARCH_FACETS,
  type FacetCount,
  type SearchFacet,
  type SearchQuery,
  type SearchResult,
} from '../model/search'
import { VERSION_STATES, type VersionState } from '../model/vocabulary'
import { parseSearchText } from '../search/searchText'
import type { StoreContext } from './context'
import { toInt, toIso } from './rowMappers'
import { facetSql, hitsSql, totalSql, type SearchPlan } from './searchSql'
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

      const hitsQuery = hitsSql(plan, sort, limit, offset, ctx.dialect)
      const totalQuery = totalSql(plan)
      const hitRows = await ctx.ex.all(hitsQuery.sql, hitsQuery.params)
      const totalRows = await ctx.ex.all(totalQuery.sql, totalQuery.params)
      const facets = {} as Record<SearchFacet, FacetCount[]>
      for (const facet of SEARCH_FACETS) {
        const facetQuery = facetSql(plan, facet)
        const rows = await ctx.ex.all(facetQuery.sql, facetQuery.params)
        facets[facet] = rows.map((row) => ({ value: String(row.value), count: toInt(row.n) }))
      }
      return {
        hits: hitRows.map((row) => ({
          blockId: String(row.block_id),
          version: String(row.version),
          state: String(row.state) as VersionState,
          organisationId: String(row.organisation_id),
          name: String(row.name),
          bezeichnung: row.bezeichnung === null ? null : String(row.bezeichnung),
          updatedAt: toIso(row.updated_at),
          score: Number(row.score),
        })),
        total: toInt(totalRows[0]?.n ?? 0),
        limit,
        offset,
        facets,
      }
    },
  }
}
