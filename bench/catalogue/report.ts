import { execFileSync } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'
import type { BackendName } from './backends'
import { statsOf, type Stats } from './timing'

/** Search p95 targets from the issue, per backend. */
export const SEARCH_P95_TARGET_MS: Readonly<Record<BackendName, number>> = {
  sqlite: 20,
  postgres: 30,
}

export interface Row {
  operation: string
  stats: Stats
}

export interface Environment {
  date: string
  commit: string
  node: string
  cpu: string
  cores: number
  memoryGiB: number
  /**
   * 1-minute load average when the measurements started and ended. On a 2-core machine, anything
   * well above 2 means other processes competed for the CPU and the latencies are inflated.
   */
  load: { start: number; end: number }
}

export function loadNow(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100
}

/** The checked-out commit, read when the run starts: the code it loaded, whatever is committed later. */
export function currentCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown (not a git checkout)'
  }
}

export function environment(commit: string, loadAtStart: number): Environment {
  return {
    date: new Date().toISOString(),
    commit,
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    load: { start: loadAtStart, end: loadNow() },
  }
}

export function rowsOf(
  samples: ReadonlyMap<string, readonly number[]>,
  order?: readonly string[]
): Row[] {
  const names = order ?? [...samples.keys()]
  return names
    .filter((name) => (samples.get(name)?.length ?? 0) > 0)
    .map((name) => ({ operation: name, stats: statsOf(samples.get(name) ?? []) }))
}

const ms = (value: number) =>
  Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1)

export function markdownTable(rows: readonly Row[]): string {
  const lines = [
    '| operation | n | p50 ms | p95 ms | p99 ms | max ms |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      ({ operation, stats }) =>
        `| ${operation} | ${stats.n} | ${ms(stats.p50)} | ${ms(stats.p95)} | ${ms(stats.p99)} | ${ms(stats.max)} |`
    ),
  ]
  return lines.join('\n')
}

export function mebibytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`
}

export function targetLine(backend: BackendName, searchAll: Stats | undefined): string {
  const target = SEARCH_P95_TARGET_MS[backend]
  if (searchAll === undefined) return `Search p95 target ≤ ${target} ms: not measured.`
  const verdict = searchAll.p95 <= target ? 'met' : 'MISSED'
  return `Search p95 ${ms(searchAll.p95)} ms, target ≤ ${target} ms: ${verdict}.`
}
