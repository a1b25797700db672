// Benchmark: what durable storage of collaborative drafts costs (issue #5, durability).
// Run: pnpm exec tsx --tsconfig bench/tsconfig.json bench/collab/appendBench.ts [--appends 1000]
//      (with DATABASE_URL=postgres://root@127.0.0.1:5432/test also on PostgreSQL)
// Method: one draft per backend, in a temporary SQLite file (WAL, synchronous=FULL) or a fresh
// PostgreSQL schema. Its document starts from a 180 kB state (about the seed of the largest MIWG
// model). Then `--appends` updates of 80–400 bytes (seeded sizes: a rename to a move) are appended
// one at a time through createCollabPersistence — each one committed before the next starts, as the
// hub does — and every 500 stored updates the log is compacted into a state, as the hub does
// (`SYNC_LIMITS.compactAfterUpdates`). Loads of the whole document are timed at the end.
// `--warmup` untimed appends come first; percentiles are nearest-rank.
import {
  collabDocumentName,
  createCollabPersistence,
  type CatalogueStore,
} from '@bauplan/catalogue'
import { postgresBackend, sqliteBackend, type Backend } from '../catalogue/backends'
import { currentCommit, loadNow } from '../catalogue/report'
import { statsOf, timed, type Stats } from '../catalogue/timing'

const appends = numberOption('--appends', 1000)
const warmup = numberOption('--warmup', 50)
const loads = numberOption('--loads', 20)
const COMPACT_AFTER = 500
const STATE_BYTES = 180 * 1024

function numberOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(name)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} needs a positive whole number`)
  }
  return value
}

/** Deterministic bytes (mulberry32), so every run and backend stores the same data. */
function seededBytes(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return (size: number) => Uint8Array.from({ length: size }, () => Math.floor(next() * 256))
}

async function seedDraft(store: CatalogueStore): Promise<{ blockId: string; version: string }> {
  const blockId = 'urn:bauplan:baustein:bench:zusammenarbeit'
  const version = '1.0.0'
  await store.createOrganisation({ id: 'bench', name: 'Benchmark', kind: 'land', bundesland: '14' })
  await store.createBlock({ id: blockId, organisationId: 'bench' })
  await store.createDraft({
    blockId,
    version,
    metadata: { id: blockId, version, name: 'Zusammenarbeit' },
    files: [],
  })
  return { blockId, version }
}

interface BackendResult {
  append: Stats
  compact: Stats
  load: Stats
  storedUpdatesAtLoad: number
}

async function measure(backend: Backend): Promise<BackendResult> {
  const store = await backend.open()
  try {
    const docName = collabDocumentName(await seedDraft(store))
    const persistence = createCollabPersistence(store)
    const bytes = seededBytes(5)
    const updateSize = seededBytes(7)
    await persistence.append(docName, bytes(STATE_BYTES))
    let stored = 1
    const appendMs: number[] = []
    const compactMs: number[] = []
    for (let index = 0; index < warmup + appends; index += 1) {
      const size = 80 + ((updateSize(1)[0] ?? 0) * 320) / 255
      const update = bytes(Math.round(size))
      const { ms } = await timed(() => persistence.append(docName, update))
      if (index >= warmup) appendMs.push(ms)
      stored += 1
      if (stored >= COMPACT_AFTER) {
        const state = bytes(STATE_BYTES)
        const compaction = await timed(() => persistence.compact(docName, () => state))
        if (index >= warmup) compactMs.push(compaction.ms)
        stored = 1
      }
    }
    const loadMs: number[] = []
    for (let index = 0; index < loads; index += 1) {
      loadMs.push((await timed(() => persistence.load(docName))).ms)
    }
    return {
      append: statsOf(appendMs),
      compact: statsOf(compactMs),
      load: statsOf(loadMs),
      storedUpdatesAtLoad: stored,
    }
  } finally {
    await store.close()
  }
}

function cells(stats: Stats): string {
  if (stats.n === 0) return '— | — | — | 0'
  return `${stats.p50.toFixed(2)} | ${stats.p95.toFixed(2)} | ${stats.p99.toFixed(2)} | ${stats.n}`
}

async function main(): Promise<void> {
  const loadAtStart = loadNow()
  const commit = currentCommit()
  const backends: Backend[] = [sqliteBackend()]
  const url = process.env.DATABASE_URL
  if (url) backends.push(postgresBackend(url))
  else console.error('PostgreSQL skipped: DATABASE_URL is not set.')
  const lines = [
    '| Backend | Operation | p50 (ms) | p95 (ms) | p99 (ms) | n |',
    '| ------- | --------- | -------- | -------- | -------- | - |',
  ]
  for (const backend of backends) {
    try {
      console.error(`measuring ${backend.name} (${backend.location}) …`)
      const result = await measure(backend)
      lines.push(`| ${backend.name} | append (80–400 B) | ${cells(result.append)} |`)
      lines.push(`| ${backend.name} | compact 500 → 180 kB | ${cells(result.compact)} |`)
      lines.push(
        `| ${backend.name} | load (180 kB + ${result.storedUpdatesAtLoad - 1} updates) | ${cells(result.load)} |`
      )
    } finally {
      await backend.dispose(false)
    }
  }
  console.log(lines.join('\n'))
  console.log(
    `\n${new Date().toISOString()}, commit ${commit}, Node ${process.version}, ` +
      `${appends} appends after ${warmup} warm-up, load average ${loadAtStart} → ${loadNow()}`
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
