/**
 * Profiles the search mix against a catalogue kept by searchBench.ts (`--keep --phases none`), for
 * comparing two versions of the store on one machine that is shared with other work: run it for the
 * one and the other version in turn (`--store` points at the other checkout's packages/catalogue),
 * several times, and compare medians (docs/benchmarks.md, Catalogue, "Fifth look"). Reports per query
 * the median wall time, the median CPU time of this process during the call (SQLite runs in it) and
 * the hits; JSON on stdout. Opening migrates the catalogue to the version's migrations.
 *
 *   pnpm exec tsx --tsconfig bench/tsconfig.json bench/catalogue/profileSearch.ts \
 *     --backend sqlite --file /tmp/bauplan-bench-…/catalogue.sqlite [--reps 20] [--broad-only|--browse]
 *   DATABASE_URL=… pnpm exec tsx … profileSearch.ts --backend postgres --schema bench_catalogue_…
 */
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type { CatalogueStore, openPostgresStore, openSqliteStore } from '@bauplan/catalogue'
import { requireLocalDatabase } from './backends'
import { browseMix, searchMix, type BenchQuery } from './searchQueries'
import { statsOf, timedWithCpu } from './timing'

/** What the profile needs of a store package (this checkout's or another's). */
interface StoreModule {
  openSqliteStore: typeof openSqliteStore
  openPostgresStore: typeof openPostgresStore
}

interface ProfileOptions {
  backend: 'sqlite' | 'postgres'
  file?: string
  schema?: string
  storeRoot: string
  reps: number
  broadOnly: boolean
  /** The list phase's browsing without text (by name) instead of the search mix. */
  browse: boolean
}

function parse(argv: readonly string[]): ProfileOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      backend: { type: 'string' },
      file: { type: 'string' },
      schema: { type: 'string' },
      store: { type: 'string' },
      reps: { type: 'string' },
      'broad-only': { type: 'boolean', default: false },
      browse: { type: 'boolean', default: false },
    },
    strict: true,
  })
  if (values.backend !== 'sqlite' && values.backend !== 'postgres') {
    throw new Error('--backend must be sqlite or postgres')
  }
  if (values.backend === 'sqlite' && values.file === undefined) throw new Error('--file is needed')
  if (values.backend === 'postgres' && values.schema === undefined) {
    throw new Error('--schema is needed')
  }
  const reps = Number(values.reps ?? 20)
  if (!Number.isInteger(reps) || reps < 1) throw new Error(`--reps must be ≥ 1, not ${values.reps}`)
  return {
    backend: values.backend,
    file: values.file,
    schema: values.schema,
    storeRoot: resolve(
      values.store ?? new URL('../../packages/catalogue', import.meta.url).pathname
    ),
    reps,
    broadOnly: values['broad-only'] ?? false,
    browse: values.browse ?? false,
  }
}

/** Blocks of the kept catalogue (the benchmark's default), for the browse offsets. */
const BROWSE_BLOCKS = 10_000

const requireFromCatalogue = createRequire(
  new URL('../../packages/catalogue/package.json', import.meta.url)
)

interface RawDb {
  keys(): Promise<string[]>
  close(): Promise<void>
}

const KEYS_SQL = "SELECT value FROM search_terms WHERE field = 'leistungsschluessel'"

/** The Leistungsschlüssel in the catalogue (for the mix's most and least frequent key). */
async function rawDb(options: ProfileOptions): Promise<RawDb> {
  if (options.backend === 'sqlite') {
    const Database = requireFromCatalogue('better-sqlite3') as new (
      file: string,
      o: { readonly: boolean }
    ) => { prepare(sql: string): { pluck(): { all(): unknown[] } }; close(): void }
    const db = new Database(options.file ?? '', { readonly: true })
    return {
      keys: async () =>
        db
          .prepare(KEYS_SQL)
          .pluck()
          .all()
          .map((v) => String(v)),
      close: async () => db.close(),
    }
  }
  const pg = requireFromCatalogue('pg') as {
    Client: new (o: { connectionString: string }) => {
      connect(): Promise<void>
      query(sql: string): Promise<{ rows: { value: string }[] }>
      end(): Promise<void>
    }
  }
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL ?? '' })
  await client.connect()
  await client.query(`SET search_path TO "${options.schema ?? ''}"`)
  return {
    keys: async () => (await client.query(KEYS_SQL)).rows.map((row) => row.value),
    close: () => client.end(),
  }
}

async function openStore(options: ProfileOptions): Promise<CatalogueStore> {
  const module = (await import(
    pathToFileURL(`${options.storeRoot}/src/index.ts`).href
  )) as StoreModule
  if (options.backend === 'sqlite') return module.openSqliteStore({ file: options.file ?? '' })
  const connectionString = process.env.DATABASE_URL ?? ''
  requireLocalDatabase(connectionString)
  return module.openPostgresStore({ connectionString, schema: options.schema ?? '' })
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2))
  const raw = await rawDb(options)
  const keys = await raw.keys()
  await raw.close()
  const store = await openStore(options)
  try {
    let queries: BenchQuery[] = options.browse ? browseMix(BROWSE_BLOCKS) : searchMix(keys)
    const hits = new Map<string, number>()
    for (const q of queries) hits.set(q.label, (await store.search(q.query)).total)
    if (options.broadOnly) {
      queries = queries.filter((q) => (hits.get(q.query.text ?? '') ?? 0) > 1000)
    }
    const samples = new Map<string, { ms: number[]; cpuMs: number[] }>()
    for (let rep = 0; rep < options.reps; rep++) {
      for (const q of queries) {
        const { ms, cpuMs } = await timedWithCpu(() => store.search(q.query))
        const entry = samples.get(q.label) ?? { ms: [], cpuMs: [] }
        entry.ms.push(ms)
        entry.cpuMs.push(cpuMs)
        samples.set(q.label, entry)
      }
    }
    const perQuery = [...samples].map(([label, s]) => ({
      label,
      hits: hits.get(label),
      wallMs: statsOf(s.ms).p50,
      cpuMs: statsOf(s.cpuMs).p50,
    }))
    const all = [...samples.values()]
    process.stdout.write(
      `${JSON.stringify(
        {
          store: options.storeRoot,
          reps: options.reps,
          all: {
            wall: statsOf(all.flatMap((s) => s.ms)),
            cpu: statsOf(all.flatMap((s) => s.cpuMs)),
          },
          perQuery,
        },
        null,
        1
      )}\n`
    )
  } finally {
    await store.close()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  )
  process.exitCode = 1
})
