import type { CatalogueStore } from '@bauplan/catalogue'
import type { Backend } from './backends'
import type { BenchResult, QueryResult } from './benchResult'
import type { BenchOptions } from './options'
import { BENCH_ORGANISATIONS } from './organisations'
import { checkGeneratedBlocks } from './precheck'
import { PUBLISH_STEPS, runPublishScenario, type PublishResult } from './publishScenario'
import { createRandom, type Random } from './random'
import { GROUP, listOperations, searchOperations, type HitCounts } from './readScenarios'
import { currentCommit, environment, loadNow, rowsOf } from './report'
import { runRounds, type Operation, type RoundsResult } from './rounds'
import { seedCatalogue, type SeedResult } from './seed'
import { statsOf, type Deadline } from './timing'

export type Log = (message: string) => void

interface Measured {
  rounds: RoundsResult
  hits: HitCounts
  labels: string[]
}

const NOT_RUN: Measured = {
  rounds: { samples: new Map(), groups: new Map(), roundsDone: 0, cutShort: false },
  hits: new Map(),
  labels: [],
}

async function measureRounds(
  name: string,
  prepared: { operations: Operation[]; hits: HitCounts },
  options: { warmupRounds: number; rounds: number; random: Random; deadline: Deadline },
  notes: string[]
): Promise<Measured> {
  const rounds = await runRounds(prepared.operations, options)
  if (rounds.cutShort) notes.push(`${name}: time budget ended after ${rounds.roundsDone} rounds`)
  return { rounds, hits: prepared.hits, labels: prepared.operations.map((op) => op.label) }
}

async function measurePublish(
  store: CatalogueStore,
  seed: SeedResult,
  options: BenchOptions,
  random: Random,
  deadline: Deadline,
  notes: string[]
): Promise<PublishResult> {
  const available = seed.blocksWithoutOpenDraft.length
  if (available < options.publishCount + options.publishWarmup) {
    notes.push(`publish: only ${available} blocks without an open draft to publish from`)
  }
  const publish = await runPublishScenario(store, {
    blocks: seed.blocksWithoutOpenDraft,
    actors: seed.actors,
    count: options.publishCount,
    warmup: options.publishWarmup,
    random,
    deadline,
  })
  if (publish.cutShort) notes.push(`publish: time budget ended after ${publish.measured} cycles`)
  for (const failure of publish.failures.slice(0, 5)) notes.push(`publish refused: ${failure}`)
  return publish
}

function queryResults(measured: Measured): QueryResult[] {
  return measured.labels
    .filter((label) => measured.hits.has(label))
    .map((label) => ({
      label,
      hits: measured.hits.get(label) ?? 0,
      stats: statsOf(measured.rounds.samples.get(label) ?? []),
    }))
}

/** Seeds the backend's catalogue, runs the chosen phases, and collects what they measured. */
export async function runBench(
  backend: Backend,
  options: BenchOptions,
  deadline: Deadline,
  log: Log
): Promise<BenchResult> {
  const commit = currentCommit()
  const random = createRandom(options.seed)
  const catalogue = random.fork('catalogue')
  await checkGeneratedBlocks(catalogue, 20)
  let store: CatalogueStore = await backend.open()
  try {
    log(`seeding ${options.blocks} blocks × 3 versions into ${backend.location}`)
    const seed = await seedCatalogue(store, {
      random: catalogue,
      count: options.blocks,
      batchSize: options.batchSize,
      deadline,
      onProgress: (done) => {
        if (done % 1000 === 0 || done === options.blocks) log(`  ${done} blocks`)
      },
    })
    // Closing checkpoints SQLite's write-ahead log, so the file size is the data's size.
    await store.close()
    const sizeBytes = await backend.sizeBytes()
    store = await backend.open()
    await backend.settle()

    const notes: string[] = []
    const loadAtStart = loadNow()
    const rounds = (count: number, label: string) => ({
      warmupRounds: options.warmupRounds,
      rounds: count,
      random: random.fork(label),
      deadline,
    })
    let search = NOT_RUN
    if (options.phases.has('search')) {
      log('search')
      const prepared = await searchOperations(
        store,
        seed.leistungsschluessel,
        backend.name === 'sqlite'
      )
      search = await measureRounds(
        'search',
        prepared,
        rounds(options.searchRounds, 'search'),
        notes
      )
    }
    let list = NOT_RUN
    if (options.phases.has('list')) {
      log('list')
      const prepared = await listOperations(store, options.blocks)
      list = await measureRounds('list', prepared, rounds(options.listRounds, 'list'), notes)
    }
    let publish: PublishResult | undefined
    if (options.phases.has('publish')) {
      log(`publish (${options.publishCount} cycles + ${options.publishWarmup} warm-up)`)
      publish = await measurePublish(store, seed, options, random.fork('publish'), deadline, notes)
    }

    const groups = new Map([
      ...search.rounds.groups,
      ...list.rounds.groups,
      ...(publish?.samples ?? []),
    ])
    const classGroups = [...search.rounds.groups.keys()].filter((g) => g.startsWith('search: '))
    const searchAll = search.rounds.groups.get(GROUP.searchAll)
    return {
      backend: backend.name,
      location: backend.location,
      environment: environment(commit, loadAtStart),
      settings: {
        blocks: options.blocks,
        seed: options.seed,
        batchSize: options.batchSize,
        searchRounds: search.rounds.roundsDone,
        listRounds: list.rounds.roundsDone,
        warmupRounds: options.warmupRounds,
        publishCount: publish?.measured ?? 0,
      },
      dataset: {
        organisations: BENCH_ORGANISATIONS.length,
        blocks: seed.blocks,
        versions: seed.versions,
        versionsByState: seed.versionsByState,
        fileBytes: seed.fileBytes,
        sizeBytes,
      },
      seeding: { ms: seed.ms, transactions: seed.transactions },
      rows: rowsOf(groups, [
        GROUP.searchAll,
        GROUP.searchText,
        GROUP.searchFiltered,
        GROUP.searchNarrow,
        GROUP.searchBroad,
        GROUP.searchCpu,
        GROUP.listBlocks,
        GROUP.browse,
        PUBLISH_STEPS.approve,
        PUBLISH_STEPS.createDraft,
        PUBLISH_STEPS.submit,
        PUBLISH_STEPS.cycle,
      ]),
      searchAll: searchAll === undefined ? undefined : statsOf(searchAll),
      byClass: rowsOf(search.rounds.groups, classGroups.sort()),
      queries: [...queryResults(search), ...queryResults(list)],
      notes,
    }
  } finally {
    await store.close().catch(() => undefined)
  }
}
