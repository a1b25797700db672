import type Database from 'better-sqlite3'

/** Name of the aggregate function that counts several facets in one pass (see registerFacetCounts). */
export const SQLITE_FACET_COUNTS = 'bp_facet_counts'

/** At most this many facets per call: the step function takes its arguments one by one. */
export const MAX_COUNTED_FACETS = 5

type Counts = Map<unknown, number>[]

/** Separates the values of a row with several (a BLOB, see FacetColumn.several). */
const SEVERAL_SEPARATOR = '\u001f'

function add(counts: Counts, position: number, value: unknown): void {
  const values = counts[position]
  if (value === null || value === undefined || values === undefined) return
  if (Buffer.isBuffer(value)) {
    for (const one of value.toString('utf8').split(SEVERAL_SEPARATOR)) {
      values.set(one, (values.get(one) ?? 0) + 1)
    }
  } else {
    values.set(value, (values.get(value) ?? 0) + 1)
  }
}

/**
 * `bp_facet_counts(failed, value1, value2, …)` (up to five facets): per facet, how often each non-null
 * value occurs among the rows that pass the filters of all other facets. `failed` has a bit per facet
 * whose filter the row does not pass, bit N-1 for the Nth value: a row failing none counts for every
 * facet, a row failing exactly one counts for that facet only (the caller leaves out rows failing
 * more). A value that is a BLOB holds several values, separated by U+001F, each counted (a row of
 * several Länder). Returns `[[[value, count], …], …]` (one list per facet) as JSON.
 *
 * Why not GROUP BY: SQLite sorts a GROUP BY's input, so five facets (and one more pass per filtered
 * facet) of ten thousand matches took several sorts; this is one pass with a hash map per facet
 * (docs/benchmarks.md, Catalogue). PostgreSQL counts with GROUPING SETS instead.
 */
export function registerFacetCounts(db: Database.Database): void {
  db.aggregate(SQLITE_FACET_COUNTS, {
    varargs: true,
    start: (): Counts => Array.from({ length: MAX_COUNTED_FACETS }, () => new Map()),
    step: (counts: Counts, failed: unknown, ...values: unknown[]) => {
      if (failed === 0) {
        for (let i = 0; i < values.length; i++) add(counts, i, values[i])
      } else {
        const position = Math.log2(Number(failed))
        if (Number.isInteger(position)) add(counts, position, values[position])
      }
    },
    result: (counts: Counts) => JSON.stringify(counts.map((values) => [...values])),
  })
}
