import { parseArgs } from 'node:util'
import type { BackendName } from './backends'

export interface BenchOptions {
  backend: BackendName
  blocks: number
  seed: number
  batchSize: number
  searchRounds: number
  listRounds: number
  warmupRounds: number
  publishCount: number
  publishWarmup: number
  budgetMinutes: number
  keep: boolean
  jsonFile: string | undefined
  /** Which measurements run after seeding; none only seeds (with --keep: a database to profile). */
  phases: ReadonlySet<Phase>
}

export const PHASES = ['search', 'list', 'publish'] as const
export type Phase = (typeof PHASES)[number]

export const USAGE = `Usage: pnpm exec tsx --tsconfig bench/tsconfig.json bench/catalogue/searchBench.ts --backend sqlite|postgres [options]

  --blocks N          blocks to seed, 3 versions each (default 10000)
  --seed N            seed of the generated catalogue and query order (default 20260401)
  --batch N           blocks per seeding transaction (default 200)
  --rounds N          measured rounds over the search mix (default 5)
  --list-rounds N     measured rounds over the list mix (default 10)
  --warmup N          untimed warm-up rounds before each mix (default 1)
  --publish N         measured publish cycles (default 200; 10 more as warm-up)
  --budget-minutes N  stop starting new work after N minutes (default 120)
  --keep              keep the database (SQLite file / PostgreSQL schema) for profiling
  --json FILE         also write the results as JSON
  --phases LIST       comma-separated subset of search,list,publish, or none (default all)

PostgreSQL comes from DATABASE_URL (a server on localhost); the benchmark works in a fresh schema and
drops it afterwards.`

function positiveInt(name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`--${name} must be an integer ≥ ${min}, not "${raw}".`)
  }
  return value
}

function parsePhases(raw: string | undefined): ReadonlySet<Phase> {
  if (raw === undefined) return new Set(PHASES)
  if (raw === 'none') return new Set()
  const phases = raw.split(',').map((p) => p.trim())
  for (const phase of phases) {
    if (!(PHASES as readonly string[]).includes(phase)) {
      throw new Error(`--phases takes ${PHASES.join(', ')} or none, not "${phase}".`)
    }
  }
  return new Set(phases as Phase[])
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      backend: { type: 'string' },
      blocks: { type: 'string' },
      seed: { type: 'string' },
      batch: { type: 'string' },
      rounds: { type: 'string' },
      'list-rounds': { type: 'string' },
      warmup: { type: 'string' },
      publish: { type: 'string' },
      'budget-minutes': { type: 'string' },
      keep: { type: 'boolean', default: false },
      json: { type: 'string' },
      phases: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  })
  if (values.help) throw new Error(USAGE)
  if (values.backend !== 'sqlite' && values.backend !== 'postgres') {
    throw new Error(`--backend must be sqlite or postgres.\n\n${USAGE}`)
  }
  return {
    backend: values.backend,
    blocks: positiveInt('blocks', values.blocks, 10_000),
    seed: positiveInt('seed', values.seed, 20_260_401, 0),
    batchSize: positiveInt('batch', values.batch, 200),
    searchRounds: positiveInt('rounds', values.rounds, 5),
    listRounds: positiveInt('list-rounds', values['list-rounds'], 10),
    warmupRounds: positiveInt('warmup', values.warmup, 1, 0),
    publishCount: positiveInt('publish', values.publish, 200, 0),
    publishWarmup: 10,
    budgetMinutes: positiveInt('budget-minutes', values['budget-minutes'], 120),
    keep: values.keep ?? false,
    jsonFile: values.json,
    phases: parsePhases(values.phases),
  }
}
