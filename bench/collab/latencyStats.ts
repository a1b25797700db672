// Nearest-rank summary of a latency sample (milliseconds), as docs/benchmarks.md defines it
// (the same rule as bench/web/percentiles.ts, with one sort for all percentiles: the S2 sample
// holds hundreds of thousands of values).

export interface LatencySummary {
  n: number
  p50: number
  p95: number
  p99: number
  max: number
}

export function summarise(sample: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(sample).sort()
  const rank = (p: number): number => {
    if (sorted.length === 0) return Number.NaN
    const index = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1
    return sorted[index] ?? Number.NaN
  }
  return { n: sorted.length, p50: rank(50), p95: rank(95), p99: rank(99), max: rank(100) }
}

/** Milliseconds for a table: two decimals below 10, one above. */
export function formatMs(value: number): string {
  if (Number.isNaN(value)) return '—'
  return value < 10
    ? value.toFixed(2)
    : value.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
}
