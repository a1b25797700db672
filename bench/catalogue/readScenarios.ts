import type { CatalogueStore } from '@bauplan/catalogue'
import { BENCH_ORGANISATIONS } from './organisations'
import type { Operation } from './rounds'
import { browseMix, searchMix, type BenchQuery } from './searchQueries'

/**
 * Search cost grows with the number of blocks the text matches — every match is ranked, checked for
 * being its block's latest version and counted in the facets, before facet filters narrow the result.
 * So the report also splits the mix at this many blocks matching the text (without facet filters).
 */
export const BROAD_RESULT = 1000

export const GROUP = {
  searchAll: 'search, all queries',
  searchText: 'search, text only',
  searchFiltered: 'search, text + facet filter',
  searchNarrow: `search, text matches ≤ ${BROAD_RESULT.toLocaleString('en')} blocks`,
  searchBroad: `search, text matches > ${BROAD_RESULT.toLocaleString('en')} blocks`,
  searchCpu: 'search, all queries: CPU time of the call (SQLite, in process)',
  listBlocks: 'list: listBlocks, page of 50',
  browse: 'list: search without text by name, page of 20',
} as const

/** How many blocks each query finds, from one untimed call: shows what the mix asks of the index. */
export type HitCounts = Map<string, number>

async function countHits(
  store: CatalogueStore,
  queries: readonly BenchQuery[]
): Promise<HitCounts> {
  const counts: HitCounts = new Map()
  for (const q of queries) counts.set(q.label, (await store.search(q.query)).total)
  return counts
}

/** Blocks the query's text matches without facet filters: the unfiltered query of the same text. */
function textMatches(query: BenchQuery, hits: HitCounts): number {
  return hits.get(query.query.text ?? '') ?? hits.get(query.label) ?? 0
}

/** `inProcess`: the database runs in this process (SQLite), so the CPU time of a call is reported too. */
export async function searchOperations(
  store: CatalogueStore,
  keys: readonly string[],
  inProcess = false
): Promise<{ operations: Operation[]; hits: HitCounts; queries: BenchQuery[] }> {
  const queries = searchMix(keys)
  const hits = await countHits(store, queries)
  const operations = queries.map((q): Operation => ({
    label: q.label,
    groups: [
      GROUP.searchAll,
      q.filtered ? GROUP.searchFiltered : GROUP.searchText,
      textMatches(q, hits) > BROAD_RESULT ? GROUP.searchBroad : GROUP.searchNarrow,
      `search: ${q.queryClass}`,
    ],
    cpuGroups: inProcess ? [GROUP.searchCpu] : [],
    run: () => store.search(q.query),
  }))
  return { operations, hits, queries }
}

/**
 * Listing: the block list a client pages through (listBlocks, 50 per page, near the start, middle
 * and end, and for one organisation), and browsing the published catalogue by name (search without
 * text, first page of 20 and deeper pages, with and without a facet).
 */
export async function listOperations(
  store: CatalogueStore,
  blocks: number
): Promise<{ operations: Operation[]; hits: HitCounts }> {
  const offsets = [
    0,
    50,
    500,
    Math.floor(blocks / 4),
    Math.floor(blocks / 2),
    Math.max(0, blocks - 50),
  ]
  const biggest = [...BENCH_ORGANISATIONS].sort((a, b) => b.weight - a.weight)
  const owners = [biggest[0]?.id, biggest[biggest.length - 1]?.id].filter(
    (id): id is string => id !== undefined
  )
  const listing: Operation[] = [
    ...offsets.map((offset): Operation => ({
      label: `listBlocks offset ${offset}`,
      groups: [GROUP.listBlocks],
      run: () => store.listBlocks({ limit: 50, offset }),
    })),
    ...owners.map((organisationId): Operation => ({
      label: `listBlocks organisation ${organisationId}`,
      groups: [GROUP.listBlocks],
      run: () => store.listBlocks({ limit: 50, organisationId }),
    })),
  ]
  const browsing = browseMix(blocks)
  const hits = await countHits(store, browsing)
  return {
    operations: [
      ...listing,
      ...browsing.map((q): Operation => ({
        label: q.label,
        groups: [GROUP.browse],
        run: () => store.search(q.query),
      })),
    ],
    hits,
  }
}
