/**
 * The catalogue's search state lives in the URL (`/?q=…&bausteinart=…&page=2`), so back/forward,
 * bookmarks and shared links show the same results. Parameter names are the API's.
 */
import {
  SEARCH_FACETS,
  SEARCH_SORTS,
  VERSION_STATES,
  type SearchFacet,
  type SearchParams,
  type SearchSort,
  type VersionState,
} from '../../lib/api/types'

export const PAGE_SIZE = 20

export interface CatalogueQuery {
  q: string
  filters: Record<SearchFacet, string[]>
  states: VersionState[]
  sort: SearchSort | undefined
  page: number
}

export function emptyFilters(): Record<SearchFacet, string[]> {
  return Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, []])) as unknown as Record<
    SearchFacet,
    string[]
  >
}

export function parseCatalogueQuery(search: string): CatalogueQuery {
  const params = new URLSearchParams(search)
  const filters = emptyFilters()
  for (const facet of SEARCH_FACETS) filters[facet] = unique(params.getAll(facet))
  const states = unique(params.getAll('status')).filter((s): s is VersionState =>
    (VERSION_STATES as readonly string[]).includes(s)
  )
  const sort = params.get('sort')
  const page = Number(params.get('page'))
  return {
    q: params.get('q') ?? '',
    filters,
    states,
    sort: (SEARCH_SORTS as readonly string[]).includes(sort ?? '')
      ? (sort as SearchSort)
      : undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  }
}

export function catalogueHref(query: CatalogueQuery): string {
  const params = new URLSearchParams()
  if (query.q.trim()) params.set('q', query.q.trim())
  for (const facet of SEARCH_FACETS) {
    for (const value of query.filters[facet]) params.append(facet, value)
  }
  for (const state of query.states) params.append('status', state)
  if (query.sort) params.set('sort', query.sort)
  if (query.page > 1) params.set('page', String(query.page))
  const text = params.toString()
  return text ? `/?${text}` : '/'
}

export function toSearchParams(query: CatalogueQuery): SearchParams {
  return {
    q: query.q,
    filters: query.filters,
    states: query.states.length > 0 ? query.states : undefined,
    sort: query.sort,
    page: query.page,
    limit: PAGE_SIZE,
  }
}

/** A new query with one facet value switched on or off; filters change the result, so page 1. */
export function toggleFilter(
  query: CatalogueQuery,
  facet: SearchFacet,
  value: string,
  on: boolean
): CatalogueQuery {
  const current = query.filters[facet]
  const next = on ? unique([...current, value]) : current.filter((v) => v !== value)
  return { ...query, filters: { ...query.filters, [facet]: next }, page: 1 }
}

export function toggleState(
  query: CatalogueQuery,
  state: VersionState,
  on: boolean
): CatalogueQuery {
  const next = on ? unique([...query.states, state]) : query.states.filter((s) => s !== state)
  return { ...query, states: next, page: 1 }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}
