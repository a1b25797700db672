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
import { headColumns, type HeadsPlan } from './searchHeadsSql'
import { searchHeads } from './searchHeadsRun'
import { compareCodePoints } from './searchFacetCounts'
import { searchSql, type SearchPage, type SearchPlan } from './searchSql'
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

/**
 * Facet counts of the statement over all versions, per facet, most frequent value first, ties by
 * value. A value may come in several rows (a Land from the column and from search_terms): they add up.
 */
function facetsOf(rows: readonly SqlRow[]): Record<SearchFacet, FacetCount[]> {
  const counts = new Map<SearchFacet, Map<string, number>>(
    SEARCH_FACETS.map((facet) => [facet, new Map<string, number>()])
  )
  for (const row of rows) {
    if (row.kind !== 'facet') continue
    const values = counts.get(String(row.facet) as SearchFacet)
    const value = String(row.value)
    values?.set(value, (values.get(value) ?? 0) + toInt(row.n))
  }
  const facets = {} as Record<SearchFacet, FacetCount[]>
  for (const [facet, values] of counts) {
    facets[facet] = [...values]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || compareCodePoints(a.value, b.value))
  }
  return facets
}

function totalOf(rows: readonly SqlRow[]): number {
  return toInt(rows.find((r) => r.kind === 'total')?.n ?? 0)
}

/** Default: by relevance when there is text to match (not only stopwords), else by name. */
function sortOf(asked: SearchSort | undefined, text: TextMatch | 'all'): SearchSort {
  const sort = asked ?? (text === 'all' ? 'name' : 'relevance')
  return requireOneOf(sort, ['relevance', 'name', 'lastChange'] as const, 'sort')
}

function hitsOf(rows: readonly SqlRow[]): SearchHit[] {
  return rows
    .filter((row) => row.kind === 'hit')
    .sort((a, b) => toInt(a.pos) - toInt(b.pos))
    .map(hitOf)
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
      if (onlyPublished(states)) {
        const text =
          parsed.words.length === 0
            ? 'all'
            : ctx.fullText.matchHeads(parsed.words, headColumns(ctx.fullText))
        const plan: HeadsPlan = {
          filters,
          leistungsschluessel: parsed.leistungsschluessel,
          text,
          textKeys: parsed.words.length === 0 ? 'all' : ctx.fullText.matchHeadKeys?.(parsed.words),
        }
        const page: SearchPage = { sort: sortOf(query.sort, text), limit, offset }
        const { rows, counts } = await searchHeads(ctx, plan, page)
        return { hits: hitsOf(rows), total: counts.total, limit, offset, facets: counts.facets }
      }
      const plan: SearchPlan = {
        states,
        filters,
        leistungsschluessel: parsed.leistungsschluessel,
        text: parsed.words.length === 0 ? 'all' : ctx.fullText.match(parsed.words),
      }
      const page: SearchPage = { sort: sortOf(query.sort, plan.text), limit, offset }
      const statement = searchSql(plan, page, ctx.dialect)
      const rows = await ctx.ex.all(statement.sql, statement.params)
      return { hits: hitsOf(rows), total: totalOf(rows), limit, offset, facets: facetsOf(rows) }
    },
  }
}
