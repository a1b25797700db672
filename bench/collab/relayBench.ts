// Benchmark: relay latency of collaborative editing (issue #5, Performance) — the real Bauplan
// server (durable: every update is stored before it is relayed) against the bare y-websocket
// reference server (in memory), the same scenarios, alternating, in the same run.
//
// Run from the repository root:
//   pnpm exec tsx --tsconfig bench/tsconfig.json bench/collab/relayBench.ts
//     [--duration 30] [--warmup 5] [--grace 5] [--rounds 1] [--scenarios s1,s2]
//     [--documents 200] [--s2-clients 50] [--client-processes 2] [--elements 100] [--postgres]
//     [--redis] [--server-profile DIR]
//
// S1: `--documents` drafts × 3 clients, each client 1 update/s. S2: one draft, `--s2-clients`
// clients at 10 updates/s each. Every update is a real model operation (`rename` of the client's
// own task); latency is the time from the sender's `doc.transact` to the update's `update` event
// in each other client's doc of the same client process (one clock). Clients run in
// `--client-processes` child processes, the servers in child processes of their own.
// `--postgres` adds one Bauplan instance on a fresh PostgreSQL database (DATABASE_URL), without
// Redis (storage alone); `--redis` adds two Bauplan instances on one PostgreSQL database with Redis
// (REDIS_URL), the clients of each document split between them. `--server-profile DIR` runs the
// SQLite server with --cpu-prof (files in DIR) and lists where its CPU time went.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { createSeedUpdate } from '@bauplan/collab'
import { currentCommit, loadNow } from '../catalogue/report'
import { generateDiagram, segmentsFor } from '../lint/diagram'
import { REPO_ROOT } from '../web/serverProcess'
import { createDrafts, createEditors, draftFiles, type Session } from './bauplanSetup'
import { hasFlag, numberOption, progress, textOption } from './benchOptions'
import { startBauplanServer, startReferenceServer, type ServerChild } from './childProcesses'
import { inclusiveTimes, selfTimes, type CpuProfile } from './cpuProfile'
import { formatMs, summarise } from './latencyStats'
import { bauplanTarget, referenceTarget, type DocumentRef } from './relayTargets'
import {
  mergeCounts,
  runScenario,
  type RelayTarget,
  type Scenario,
  type ScenarioResult,
} from './relayRun'
import { createScratchDatabase, type ScratchDatabase } from './scratchDatabase'

const timing = {
  warmupMs: numberOption('--warmup', 5, 0) * 1000,
  durationMs: numberOption('--duration', 30) * 1000,
  graceMs: numberOption('--grace', 5, 0) * 1000,
}
const rounds = numberOption('--rounds', 1)
const documentCount = numberOption('--documents', 200)
const s2Clients = numberOption('--s2-clients', 50)
const clientProcesses = numberOption('--client-processes', 2)
const elementCount = numberOption('--elements', 100)
const chosen = textOption('--scenarios', 's1,s2').split(',')
const withRedis = hasFlag('--redis')
const withPostgres = hasFlag('--postgres')
const profileDir = process.argv.includes('--server-profile')
  ? path.resolve(textOption('--server-profile', ''))
  : undefined
/** Users the clients are spread over: a user may hold 20 collaboration connections. */
const EDITORS = 40
const TARGET_P99_MS = 50
const TARGET_RATIO = 2

const SCENARIOS: Record<string, Scenario> = {
  s1: { name: 'S1', documents: documentCount, clientsPerDocument: 3, updatesPerSecond: 1 },
  s2: { name: 'S2', documents: 1, clientsPerDocument: s2Clients, updatesPerSecond: 10 },
}

interface Totals {
  latencies: number[]
  sent: number
  expected: number
  closes: Record<string, number>
  /** Per run: updates offered and stored per second while the clients were sending. */
  offered: number[]
  stored: number[]
  /** Per run, Bauplan only: the probes' p50/max (health: event loop; session: store). */
  probes: string[]
  serverCpu: number[]
  loop: string[]
  clientUtilisation: number[]
}

function add(totals: Totals | undefined, result: ScenarioResult): Totals {
  const sum = totals ?? {
    latencies: [],
    sent: 0,
    expected: 0,
    closes: {},
    offered: [],
    stored: [],
    probes: [],
    serverCpu: [],
    loop: [],
    clientUtilisation: [],
  }
  for (const value of result.latencies) sum.latencies.push(value)
  sum.sent += result.sent
  sum.expected += result.expected
  sum.closes = mergeCounts([sum.closes, result.closes])
  sum.offered.push(result.offeredPerSecond)
  sum.stored.push(result.storedPerSecond)
  if (result.probe) sum.probes.push(probeText(result))
  sum.serverCpu.push(result.serverCpu)
  sum.loop.push(
    `${Math.round(result.loopCpu * 100)} % / ${Math.round(result.loopWaitingForCpu * 100)} %`
  )
  sum.clientUtilisation.push(...result.clientUtilisation)
  return sum
}

function probeText(result: ScenarioResult): string {
  const probe = result.probe
  if (!probe) return '—'
  return (
    `${formatMs(probe.health.p50)} / ${formatMs(probe.health.max)}, ` +
    `${formatMs(probe.store.p50)} / ${formatMs(probe.store.max)}`
  )
}

/**
 * Elements a client may rename: the tasks, splits and sequence flows of the generated diagram (70
 * in 100 elements), so each of S2's 50 clients has one of its own. Two clients renaming one element
 * would hide deliveries: the losing value is garbage-collected before the receiver's `update` event
 * encodes it, and its stamp with it.
 */
function renameable(segments: number): string[] {
  return Array.from({ length: segments }, (_, k) => [
    `Task_${k}`,
    `Yes_${k}`,
    `No_${k}`,
    `Split_${k}`,
    ...['In', 'Split', 'Yes', 'No', 'YesMerge', 'NoMerge'].map((flow) => `Flow_${k}_${flow}`),
  ]).flat()
}

/** A Bauplan set-up: drafts for both scenarios and the users the clients sign in as. */
async function prepareBauplan(
  name: string,
  servers: ServerChild[],
  xml: string,
  elements: string[],
  prefix: string
): Promise<(scenario: Scenario) => RelayTarget> {
  const first = servers[0] as ServerChild
  progress(`${name}: creating ${documentCount + 1} drafts and ${EDITORS} users …`)
  const drafts = await createDrafts(first.baseUrl, documentCount + 1, xml, prefix)
  const users: Session[] = await createEditors(first.baseUrl, EDITORS, prefix)
  return (scenario) => {
    // S2's document is the last draft, so it never shares a document with S1.
    const offset = scenario.documents === 1 ? documentCount : 0
    const documents = (index: number): DocumentRef => ({
      ...(drafts[offset + index] as DocumentRef),
      elements,
    })
    return bauplanTarget(name, servers, documents, users)
  }
}

function row(scenario: Scenario, target: string, totals: Totals): string {
  const s = summarise(totals.latencies)
  const received = totals.latencies.length
  const cpu = Math.max(...totals.serverCpu)
  const elu = Math.max(...totals.clientUtilisation)
  const closes = Object.entries(totals.closes)
    .map(([code, count]) => `${count}× ${code}`)
    .join(', ')
  // Durable appends per second, as the clients' `saved` acknowledgements show (Bauplan only).
  const rates = totals.offered
    .map((offered, i) => {
      const stored = totals.stored[i] ?? 0
      return `${Math.round(offered)} / ${stored > 0 ? Math.round(stored) : '—'}`
    })
    .join('; ')
  return (
    `| ${scenario.name} | ${target} | ${formatMs(s.p50)} | ${formatMs(s.p95)} | ` +
    `${formatMs(s.p99)} | ${formatMs(s.max)} | ${totals.sent.toLocaleString('en-GB')} | ` +
    `${received.toLocaleString('en-GB')} / ${totals.expected.toLocaleString('en-GB')} | ` +
    `${rates} | ${totals.probes.join('; ') || '—'} | ${closes || '0'} | ${Math.round(cpu * 100)} % | ${totals.loop.join('; ')} | ${Math.round(elu * 100)} % |`
  )
}

function verdict(scenario: Scenario, target: string, totals: Totals, reference: Totals): string {
  const p99 = summarise(totals.latencies).p99
  const ref = summarise(reference.latencies).p99
  const ratio = p99 / ref
  const lost = totals.expected - totals.latencies.length
  const met = p99 <= TARGET_P99_MS && ratio <= TARGET_RATIO && lost === 0
  return (
    `- ${scenario.name}, ${target}: p99 ${formatMs(p99)} ms = ${ratio.toFixed(2)} × the reference ` +
    `(${formatMs(ref)} ms); ${lost} deliveries missing after the grace period — target ` +
    `(p99 ≤ ${TARGET_P99_MS} ms and ≤ ${TARGET_RATIO} × reference) ${met ? '**met**' : '**not met**'}`
  )
}

/**
 * The server's main-thread CPU profile in `dir` (written when it exits): the largest file — tsx's
 * module-loader thread writes a small profile of its own next to it.
 */
function serverProfileReport(dir: string): string[] {
  const newest = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => ({ name, size: statSync(path.join(dir, name)).size }))
    .sort((a, b) => b.size - a.size)[0]
  if (!newest) return [`No CPU profile in ${dir}.`]
  const profile = JSON.parse(readFileSync(path.join(dir, newest.name), 'utf8')) as CpuProfile
  return [
    `Server CPU profile (${newest.name}, whole run including set-up), self time:`,
    '',
    '| ms | share | function | file |',
    '| ---: | ---: | --- | --- |',
    ...selfTimes(profile, 20),
    '',
    'Inclusive time:',
    '',
    '| ms | share of busy time | function |',
    '| ---: | ---: | --- |',
    ...inclusiveTimes(profile, 40),
  ]
}

async function main(): Promise<void> {
  const loadAtStart = loadNow()
  const commit = currentCommit()
  const segments = segmentsFor({ elements: elementCount })
  const diagram = generateDiagram(segments, elementCount)
  const elements = renameable(segments)
  const seed = await createSeedUpdate(
    draftFiles('urn:bauplan:baustein:bench:referenz', 'Zusammenarbeit', diagram.xml)
  )
  if (seed.problems.length > 0) throw new Error(`seed refused: ${JSON.stringify(seed.problems)}`)
  const servers: ServerChild[] = []
  const databases: ScratchDatabase[] = []
  const notes: string[] = []
  try {
    progress('starting the Bauplan server (embedded SQLite) and the reference server …')
    const bauplan = await startBauplanServer(
      profileDir ? { nodeFlags: ['--cpu-prof', '--cpu-prof-dir', profileDir] } : {}
    )
    servers.push(bauplan)
    const reference = await startReferenceServer()
    servers.push(reference)
    const targets: { name: string; make: (scenario: Scenario) => RelayTarget }[] = []
    targets.push({
      name: 'Bauplan (SQLite)',
      make: await prepareBauplan('Bauplan (SQLite)', [bauplan], diagram.xml, elements, 'relay'),
    })
    if (withPostgres) {
      const databaseUrl = process.env.DATABASE_URL
      if (!databaseUrl) notes.push('--postgres needs DATABASE_URL: skipped.')
      else {
        const database = await createScratchDatabase(databaseUrl)
        databases.push(database)
        progress('starting a Bauplan instance on PostgreSQL (without Redis) …')
        const single = await startBauplanServer({ databaseUrl: database.url })
        servers.push(single)
        const name = 'Bauplan (PostgreSQL)'
        targets.push({
          name,
          make: await prepareBauplan(name, [single], diagram.xml, elements, 'postgres'),
        })
      }
    }
    if (withRedis) {
      const redisLanded = existsSync(path.join(REPO_ROOT, 'apps/server/src/collab/redis'))
      const { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl } = process.env
      if (!redisLanded) {
        notes.push(
          '--redis: the Redis relay (apps/server/src/collab/redis) has not landed yet: not measurable.'
        )
      } else if (!databaseUrl || !redisUrl) {
        notes.push('--redis needs DATABASE_URL and REDIS_URL: skipped.')
      } else {
        const database = await createScratchDatabase(databaseUrl)
        databases.push(database)
        progress('starting two Bauplan instances on PostgreSQL with Redis …')
        const one = await startBauplanServer({ databaseUrl: database.url, redisUrl })
        servers.push(one)
        const two = await startBauplanServer({ databaseUrl: database.url, redisUrl })
        servers.push(two)
        const name = 'Bauplan ×2 (PostgreSQL + Redis)'
        targets.push({
          name,
          // Block ids unique to this run: the Redis channels are named after the documents.
          make: await prepareBauplan(
            name,
            [one, two],
            diagram.xml,
            elements,
            `redis${Date.now().toString(36)}`
          ),
        })
      }
    }
    targets.push({
      name: 'y-websocket reference',
      make: (scenario) =>
        referenceTarget(reference, `${scenario.name.toLowerCase()}`, elements, seed.update),
    })
    const lines = [
      '| Scenario | Server | p50 ms | p95 ms | p99 ms | max ms | updates sent | deliveries measured / expected | offered / stored per s | probe ms: health p50 / max, store p50 / max | closes (code) | server CPU | event loop: CPU / waiting for CPU | client loop busy |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ]
    const verdicts: string[] = []
    for (const key of chosen) {
      const scenario = SCENARIOS[key.trim().toLowerCase()]
      if (!scenario) throw new Error(`--scenarios: unknown scenario "${key}" (s1, s2)`)
      const totals = new Map<string, Totals>()
      for (let round = 0; round < rounds; round++) {
        // Alternate the order, so neither server always runs first.
        const order = round % 2 === 0 ? targets : [...targets].reverse()
        for (const target of order) {
          progress(`${scenario.name} round ${round + 1}/${rounds}: ${target.name} …`)
          let result: ScenarioResult
          try {
            result = await runScenario(
              scenario,
              target.make(scenario),
              timing,
              clientProcesses,
              1000 * round + 7
            )
          } catch (error) {
            // A server that cannot even connect its clients (e.g. still working off the previous
            // scenario's backlog) is a result too; the other servers still run.
            const lines = error instanceof Error ? error.message.split('\n') : [String(error)]
            const reason = lines.find((line) => line.startsWith('Error:')) ?? lines[0]
            progress(`  failed: ${String(reason)}`)
            notes.push(
              `${scenario.name} round ${round + 1}, ${target.name}: failed — ${String(reason)}`
            )
            continue
          }
          const s = summarise(result.latencies)
          progress(
            `  offered ${Math.round(result.offeredPerSecond)}/s, stored ${Math.round(result.storedPerSecond)}/s; ` +
              `probe ${probeText(result)}; ` +
              `closes ${JSON.stringify(result.closes)}; connect ${Math.round(result.connectMs)} ms; p50 ${formatMs(s.p50)} p99 ${formatMs(s.p99)} ms; ` +
              `${result.latencies.length}/${result.expected} deliveries; server CPU ` +
              `${Math.round(result.serverCpu * 100)} %, its event loop ${Math.round(result.loopCpu * 100)} % ` +
              `and waiting for CPU ${Math.round(result.loopWaitingForCpu * 100)} %; client loops ` +
              result.clientUtilisation.map((u) => `${Math.round(u * 100)} %`).join(', ')
          )
          totals.set(target.name, add(totals.get(target.name), result))
          // Let the sockets close and the server unload the documents before the next run.
          await new Promise((resolve) => setTimeout(resolve, 2000))
        }
      }
      const referenceTotals = totals.get('y-websocket reference')
      for (const target of targets) {
        const t = totals.get(target.name)
        if (!t) continue
        lines.push(row(scenario, target.name, t))
        if (target.name !== 'y-websocket reference' && referenceTotals) {
          verdicts.push(verdict(scenario, target.name, t, referenceTotals))
        }
      }
    }
    for (const server of servers) {
      for (const [message, count] of Object.entries(server.logged())) {
        notes.push(`server ${server.baseUrl} logged ${count}× "${message}"`)
      }
    }
    console.log(lines.join('\n'))
    console.log(`\n${verdicts.join('\n')}`)
    if (notes.length > 0) console.log(`\n${notes.map((note) => `- ${note}`).join('\n')}`)
    console.log(
      `\n${new Date().toISOString()}, commit ${commit}, Node ${process.version}, ` +
        `${timing.durationMs / 1000} s measured after ${timing.warmupMs / 1000} s warm-up × ${rounds} round(s), ` +
        `${clientProcesses} client process(es), ${diagram.elements}-element drafts, ` +
        `load average ${loadAtStart} → ${loadNow()}`
    )
  } finally {
    for (const server of servers.reverse()) await server.stop()
    for (const database of databases) await database.drop()
  }
  if (profileDir) console.log(`\n${serverProfileReport(profileDir).join('\n')}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
