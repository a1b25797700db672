import type { HeadFacetIndex } from './searchFacetIndex'

/**
 * The head facet indexes this process holds, by stamp. Kept per process rather than per store: a
 * store's operations are rebuilt for every call inside a transaction, and the stamp (random, written
 * with every change of published_heads) already tells databases and their states apart. A few
 * indexes, so that stores of several databases (tests, a server with a second catalogue) do not
 * evict each other on every search; each is ~100 bytes per head.
 */
const MAX_INDEXES = 4

const indexes = new Map<number, HeadFacetIndex>()

/** The index of this stamp, if this process has read it. */
export function cachedHeadFacetIndex(stamp: number): HeadFacetIndex | undefined {
  const index = indexes.get(stamp)
  if (index !== undefined) {
    // Most recently used last, so the first entry is the one to evict.
    indexes.delete(stamp)
    indexes.set(stamp, index)
  }
  return index
}

export function rememberHeadFacetIndex(index: HeadFacetIndex): void {
  indexes.delete(index.stamp)
  indexes.set(index.stamp, index)
  while (indexes.size > MAX_INDEXES) {
    const oldest = indexes.keys().next().value
    if (oldest === undefined) break
    indexes.delete(oldest)
  }
}
