import type { StoreContext } from './context'
import { toInt } from './rowMappers'
import { cachedHeadFacetIndex, rememberHeadFacetIndex } from './searchFacetCache'
import {
  candidatesOf,
  countHeadFacets,
  StaleFacetIndexError,
  type HeadFacetCounts,
} from './searchFacetCounts'
import { loadHeadFacetIndex, type HeadFacetIndex } from './searchFacetIndex'
import { everyHeadIsCandidate, searchHeadsSql, type HeadsPlan } from './searchHeadsSql'
import type { SearchPage } from './searchSql'
import type { SqlRow } from './sqlExecutor'

/**
 * How often a search over published heads is run again when the heads changed between its statement
 * and the reading of their facet values (another transaction published or withdrew a version in that
 * moment). Each retry reads the index of a newer stamp; several publications in a row between two
 * statements of one search are not to be expected.
 */
const MAX_ATTEMPTS = 5

/** The facet index of `stamp`: from this process's cache, else read (maybe newer than `stamp`). */
async function indexFor(ctx: StoreContext, stamp: number): Promise<HeadFacetIndex> {
  const cached = cachedHeadFacetIndex(stamp)
  if (cached !== undefined) return cached
  const loaded = await loadHeadFacetIndex(ctx.ex, ctx.fullText.head)
  rememberHeadFacetIndex(loaded)
  return loaded
}

/**
 * Runs the search over published heads: one statement for the page, the stamp and the keys of the
 * matching heads; total and facet counts from the head facet index of that stamp.
 */
export async function searchHeads(
  ctx: StoreContext,
  plan: HeadsPlan,
  page: SearchPage
): Promise<{ rows: SqlRow[]; counts: HeadFacetCounts }> {
  const statement = searchHeadsSql(plan, page, ctx.dialect, ctx.fullText)
  for (let attempt = 1; ; attempt++) {
    const rows = await ctx.ex.all(statement.sql, statement.params)
    const stamp = toInt(rows.find((row) => row.kind === 'stamp')?.n)
    const index = await indexFor(ctx, stamp)
    try {
      if (index.stamp !== stamp) throw new StaleFacetIndexError(stamp)
      const candidates = everyHeadIsCandidate(plan)
        ? 'all'
        : candidatesOf(index, rows.find((row) => row.kind === 'keys')?.value)
      return { rows, counts: countHeadFacets(index, candidates, plan.filters) }
    } catch (error) {
      if (!(error instanceof StaleFacetIndexError) || attempt >= MAX_ATTEMPTS) throw error
    }
  }
}
