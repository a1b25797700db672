import { performance } from 'node:perf_hooks'

/** A point in time after which the benchmark stops starting new work. */
export interface Deadline {
  passed(): boolean
  remainingMs(): number
}

export function deadlineIn(ms: number): Deadline {
  const at = performance.now() + ms
  return {
    passed: () => performance.now() >= at,
    remainingMs: () => Math.max(0, at - performance.now()),
  }
}

/** Wall-clock duration of one call, in milliseconds (sub-millisecond resolution). */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await fn()
  return { ms: performance.now() - start, value }
}

/** Wall-clock duration of one call and the CPU time (user + system) this process spent meanwhile. */
export async function timedWithCpu<T>(
  fn: () => Promise<T>
): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage()
  const { ms, value } = await timed(fn)
  const used = process.cpuUsage(cpu)
  return { ms, cpuMs: (used.user + used.system) / 1000, value }
}

export interface Stats {
  n: number
  p50: number
  p95: number
  p99: number
  max: number
  mean: number
}

/**
 * Nearest-rank percentile: the smallest sample such that at least p % of all samples are ≤ it. Always
 * an observed value (no interpolation), so "p95 = 18 ms" means 95 % of the calls really took ≤ 18 ms.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

export function statsOf(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b)
  const sum = sorted.reduce((total, ms) => total + ms, 0)
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length === 0 ? Number.NaN : (sorted[sorted.length - 1] as number),
    mean: sorted.length === 0 ? Number.NaN : sum / sorted.length,
  }
}
