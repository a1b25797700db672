import type Database from 'better-sqlite3'

/** Name of the aggregate function that counts several facets in one pass (see registerFacetCounts). */
export const SQLITE_FACET_COUNTS = 'bp_facet_counts'

type Counts = Map<string, Map<string, number>>

/**
 * `bp_facet_counts(facet1, value1, facet2, value2, …)` counts, per facet, how often each non-null value
 * occurs, and returns `{ facet: [[value, count], …] }` as JSON. SQLite's GROUP BY sorts its input, so
 * counting five facets of ten thousand matches took five sorts; one pass with a hash map per facet
 * takes about half the time (docs/benchmarks.md, Catalogue). PostgreSQL uses GROUPING SETS instead.
 */
export function registerFacetCounts(db: Database.Database): void {
  db.aggregate(SQLITE_FACET_COUNTS, {
    varargs: true,
    start: (): Counts => new Map(),
    step: (counts: Counts, ...pairs: unknown[]) => {
      for (let i = 0; i + 1 < pairs.length; i += 2) {
        const facet = String(pairs[i])
        const value = pairs[i + 1]
        let values = counts.get(facet)
        if (values === undefined) counts.set(facet, (values = new Map()))
        if (value === null || value === undefined) continue
        const key = String(value)
        values.set(key, (values.get(key) ?? 0) + 1)
      }
    },
    result: (counts: Counts) =>
      JSON.stringify(
        Object.fromEntries([...counts].map(([facet, values]) => [facet, [...values]]))
      ),
  })
}
