import type { VersionState } from '@bauplan/catalogue'
import type { BackendName } from './backends'
import { markdownTable, mebibytes, targetLine, type Environment, type Row } from './report'
import type { Stats } from './timing'

export interface QueryResult {
  label: string
  hits: number
  stats: Stats
}

/** Everything one run found out; printed as Markdown and optionally written as JSON. */
export interface BenchResult {
  backend: BackendName
  location: string
  environment: Environment
  settings: {
    blocks: number
    seed: number
    batchSize: number
    searchRounds: number
    listRounds: number
    warmupRounds: number
    publishCount: number
  }
  dataset: {
    organisations: number
    blocks: number
    versions: number
    versionsByState: Record<VersionState, number>
    fileBytes: number
    sizeBytes: number
  }
  seeding: { ms: number; transactions: number }
  /** Headline rows: search, list, publish. */
  rows: Row[]
  searchAll: Stats | undefined
  byClass: Row[]
  queries: QueryResult[]
  notes: string[]
}

export function renderMarkdown(result: BenchResult): string {
  const { dataset, seeding, settings, environment: env } = result
  const states = Object.entries(dataset.versionsByState)
    .map(([state, n]) => `${state} ${n}`)
    .join(', ')
  const slowest = [...result.queries].sort((a, b) => b.stats.p95 - a.stats.p95).slice(0, 10)
  return [
    `## Catalogue benchmark: ${result.backend}`,
    '',
    `- ${env.date}, commit ${env.commit}, Node ${env.node}, ${env.cores} × ${env.cpu}, ${env.memoryGiB} GiB`,
    `- load average (1 min) at start / end of the measurements: ${env.load.start} / ${env.load.end}`,
    `- database: ${result.location}`,
    `- dataset: ${dataset.blocks} blocks, ${dataset.versions} versions (${states}), ${dataset.organisations} organisations; model files ${mebibytes(dataset.fileBytes)}`,
    `- size on disk after seeding: ${mebibytes(dataset.sizeBytes)}`,
    `- seeding: ${(seeding.ms / 1000).toFixed(1)} s in ${seeding.transactions} transactions of ${settings.batchSize} blocks (${((dataset.versions / seeding.ms) * 1000).toFixed(0)} versions/s)`,
    `- rounds: search ${settings.searchRounds}, list ${settings.listRounds}, warm-up ${settings.warmupRounds}; publish cycles ${settings.publishCount}; seed ${settings.seed}`,
    '',
    markdownTable(result.rows),
    '',
    targetLine(result.backend, result.searchAll),
    '',
    '### Search by query class',
    '',
    markdownTable(result.byClass),
    '',
    '### Slowest queries (by p95)',
    '',
    '| query | hits | p50 ms | p95 ms | max ms |',
    '|---|---:|---:|---:|---:|',
    ...slowest.map(
      (q) =>
        `| ${q.label} | ${q.hits} | ${q.stats.p50.toFixed(1)} | ${q.stats.p95.toFixed(1)} | ${q.stats.max.toFixed(1)} |`
    ),
    ...(result.notes.length > 0 ? ['', '### Notes', '', ...result.notes.map((n) => `- ${n}`)] : []),
    '',
  ].join('\n')
}
