// Benchmark: relay latency of collaborative editing (issue #5, Performance) — the real Bauplan
// server (durable: every update is stored before it is relayed) against the bare y-websocket
// reference server (in memory), the same scenarios, alternating, in the same run.
//
// Run from the repository root:
//   pnpm exec tsx --tsconfig bench/tsconfig.json bench/collab/relayBench.ts
//     [--duration 30] [--warmup 5] [--grace 5] [--rounds 1] [--scenarios s1,s2]
//     [--documents 200] [--s2-clients 50] [--client-processes 2] [--elements 100] [--postgres]
//     [--redis] [--no-sqlite] [--slow-ms 50] [--server-profile DIR]
//
// S1: `--documents` drafts × 3 clients, each client 1 update/s. S2: one draft, `--s2-clients`
// clients at 10 updates/s each. Every update is a real model operation (`rename` of the client's
// own task); latency is the time from the sender's `doc.transact` to the update's `update` event
// in each other client's doc of the same client process (one clock). Clients run in
// `--client-processes` child processes, the servers in child processes of their own.
// `--postgres` adds one Bauplan instance on a fresh PostgreSQL database (DATABASE_URL), without
// Redis (storage alone); `--redis` adds two Bauplan instances on one PostgreSQL database with Redis
// (REDIS_URL), the clients of each document split between them. `--no-sqlite` leaves the embedded
// SQLite set-up out (to measure PostgreSQL against the reference alone).
//
// Only one set-up runs at a time (relaySetups.ts): for every scenario × round × server, its
// process(es) start right before the run (fresh SQLite or a scratch PostgreSQL database, the
// scenario's drafts and the users created anew) and stop right after it (the database dropped),
// so no server's backlog steals CPU from another's run on a small machine. Under each run's
// progress line: the probe's stalls (answers slower than 100 ms, the 10 longest, seconds since
// `go`) and the deliveries slower than 50 ms per second of the run (by send time). With
// `--server-profile DIR`, every SQLite and PostgreSQL run writes a CPU profile into
// DIR/<sqlite|postgres>-<scenario>-round<n>/; the report lists, per run, where that server's CPU
// time went, to match with its stalls.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { createSeedUpdate } from '@bauplan/collab'
import { currentCommit, loadNow } from '../catalogue/report'
import { generateDiagram, segmentsFor } from '../lint/diagram'
import { REPO_ROOT } from '@bauplan/server-process'
import { draftFiles } from './bauplanSetup'
import { hasFlag, numberOption, progress, textOption } from './benchOptions'
import { inclusiveTimes, selfTimes, type CpuProfile } from './cpuProfile'
import { formatMs, summarise } from './latencyStats'
import { SLOW_DELIVERY_MS } from './relayProtocol'
import { mergeCounts, runScenario, type Scenario, type ScenarioResult } from './relayRun'
import {
  postgresSetup,
  redisSetup,
  REFERENCE_NAME,
  referenceSetup,
  sqliteSetup,
  type RelaySetup,
  type RunningSetup,
  type SetupContext,
} from './relaySetups'
import { MAX_STALLS, STALL_MS, type Stall } from './serverProbe'

const timing = {
  warmupMs: numberOption('--warmup', 5, 0) * 1000,
  durationMs: numberOption('--duration', 30) * 1000,
  graceMs: numberOption('--grace', 5, 0) * 1000,
  slowMs: numberOption('--slow-ms', SLOW_DELIVERY_MS),
}
const rounds = numberOption('--rounds', 1)
const documentCount = numberOption('--documents', 200)
const s2Clients = numberOption('--s2-clients', 50)
const clientProcesses = numberOption('--client-processes', 2)
const elementCount = numberOption('--elements', 100)
const chosen = textOption('--scenarios', 's1,s2').split(',')
const withRedis = hasFlag('--redis')
const withPostgres = hasFlag('--postgres')
const withSqlite = !hasFlag('--no-sqlite')
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

/** The stalls the probe saw, as one progress line. */
function stallLine(stalls: readonly Stall[]): string {
  if (stalls.length === 0) return `  stalls: no probe answer above ${STALL_MS} ms`
  const ms = (value: number | undefined) => (value === undefined ? 'failed' : formatMs(value))
  return (
    `  stalls > ${STALL_MS} ms (the ${MAX_STALLS} longest at most; s since go: health / store ms): ` +
    stalls
      .map(
        (stall) => `${stall.atSeconds.toFixed(1)} s ${ms(stall.healthMs)} / ${ms(stall.storeMs)}`
      )
      .join('; ')
  )
}

/** A CPU profile the server of one run wrote into its folder. */
interface RunProfile {
  run: string
  dir: string
  /** Date.now() when the run's server started: older files in the folder are from earlier runs. */
  since: number
}

/**
 * The server's main-thread CPU profile of one run (written when it exits): the largest new file —
 * tsx's module-loader thread writes a small profile of its own next to it.
 */
function serverProfileReport({ run, dir, since }: RunProfile): string[] {
  const newest = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => ({ name, stat: statSync(path.join(dir, name)) }))
    .filter(({ stat }) => stat.mtimeMs >= since)
    .sort((a, b) => b.stat.size - a.stat.size)[0]
  if (!newest) return [`No CPU profile of ${run} in ${dir}.`]
  const profile = JSON.parse(readFileSync(path.join(dir, newest.name), 'utf8')) as CpuProfile
  return [
    `Server CPU profile of ${run} (${path.join(dir, newest.name)}, the whole run including its ` +
      'set-up), self time:',
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

/** The set-ups the options ask for, in table order; notes say why one was left out. */
function chooseSetups(context: SetupContext, notes: string[]): RelaySetup[] {
  const setups = withSqlite ? [sqliteSetup(context, profileDir)] : []
  const { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl } = process.env
  if (withPostgres) {
    if (!databaseUrl) notes.push('--postgres needs DATABASE_URL: skipped.')
    else setups.push(postgresSetup(context, databaseUrl, profileDir))
  }
  if (withRedis) {
    const redisLanded = existsSync(path.join(REPO_ROOT, 'apps/server/src/collab/redis'))
    if (!redisLanded) {
      notes.push(
        '--redis: the Redis relay (apps/server/src/collab/redis) has not landed yet: not measurable.'
      )
    } else if (!databaseUrl || !redisUrl) {
      notes.push('--redis needs DATABASE_URL and REDIS_URL: skipped.')
    } else {
      setups.push(redisSetup(context, databaseUrl, redisUrl))
    }
  }
  setups.push(referenceSetup(context))
  return setups
}

/** The first line of an error that says what went wrong (a client's stack starts elsewhere). */
function reasonOf(error: unknown): string {
  const lines = error instanceof Error ? error.message.split('\n') : [String(error)]
  return String(lines.find((line) => line.startsWith('Error:')) ?? lines[0])
}

/**
 * One run: starts the set-up, runs the scenario, stops the set-up. Undefined when it failed — a
 * server that cannot even connect its clients is a result too (in the notes); the others still run.
 */
async function measure(
  setup: RelaySetup,
  scenario: Scenario,
  round: number,
  notes: string[],
  profiles: RunProfile[]
): Promise<ScenarioResult | undefined> {
  const label = `${scenario.name} round ${round + 1}, ${setup.name}`
  const startedAt = Date.now()
  let running: RunningSetup | undefined
  try {
    running = await setup.start(scenario, `${scenario.name.toLowerCase()}-round${round + 1}`)
    const result = await runScenario(
      scenario,
      running.target,
      timing,
      clientProcesses,
      1000 * round + 7
    )
    for (const line of progressLines(result)) progress(line)
    return result
  } catch (error) {
    progress(`  failed: ${reasonOf(error)}`)
    notes.push(`${label}: failed — ${reasonOf(error)}`)
    return undefined
  } finally {
    if (running) {
      progress('  stopping it …')
      await running.stop().catch((error: unknown) => {
        notes.push(`${label}: stopping failed — ${reasonOf(error)}`)
      })
      for (const [message, count] of Object.entries(running.logged())) {
        notes.push(`${label}: the server(s) logged ${count}× "${message}"`)
      }
      if (running.profileDir) {
        profiles.push({ run: label, dir: running.profileDir, since: startedAt })
      }
    }
  }
}

function progressLines(result: ScenarioResult): string[] {
  const s = summarise(result.latencies)
  return [
    `  offered ${Math.round(result.offeredPerSecond)}/s, stored ${Math.round(result.storedPerSecond)}/s; ` +
      `probe ${probeText(result)}; ` +
      `closes ${JSON.stringify(result.closes)}; connect ${Math.round(result.connectMs)} ms; p50 ${formatMs(s.p50)} p99 ${formatMs(s.p99)} ms; ` +
      `${result.latencies.length}/${result.expected} deliveries; server CPU ` +
      `${Math.round(result.serverCpu * 100)} %, its event loop ${Math.round(result.loopCpu * 100)} % ` +
      `and waiting for CPU ${Math.round(result.loopWaitingForCpu * 100)} %; client loops ` +
      result.clientUtilisation.map((u) => `${Math.round(u * 100)} %`).join(', '),
    ...(result.probe ? [stallLine(result.probe.stalls)] : []),
    `  slow>${timing.slowMs}ms per s (by send time since go, warm-up included): ` +
      result.slowPerSecond.join(' '),
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
  const notes: string[] = []
  const profiles: RunProfile[] = []
  const context = { xml: diagram.xml, elements, seed: seed.update, editors: EDITORS }
  const setups = chooseSetups(context, notes)
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
      const order = round % 2 === 0 ? setups : [...setups].reverse()
      for (const setup of order) {
        progress(`${scenario.name} round ${round + 1}/${rounds}: ${setup.name} …`)
        const result = await measure(setup, scenario, round, notes, profiles)
        if (!result) continue
        totals.set(setup.name, add(totals.get(setup.name), result))
      }
    }
    const referenceTotals = totals.get(REFERENCE_NAME)
    for (const setup of setups) {
      const t = totals.get(setup.name)
      if (!t) continue
      lines.push(row(scenario, setup.name, t))
      if (setup.name !== REFERENCE_NAME && referenceTotals) {
        verdicts.push(verdict(scenario, setup.name, t, referenceTotals))
      }
    }
  }
  console.log(lines.join('\n'))
  console.log(`\n${verdicts.join('\n')}`)
  if (notes.length > 0) console.log(`\n${notes.map((note) => `- ${note}`).join('\n')}`)
  console.log(
    `\n${new Date().toISOString()}, commit ${commit}, Node ${process.version}, ` +
      `${timing.durationMs / 1000} s measured after ${timing.warmupMs / 1000} s warm-up × ${rounds} round(s), ` +
      `${clientProcesses} client process(es), ${diagram.elements}-element drafts, ` +
      `one server set-up running at a time, load average ${loadAtStart} → ${loadNow()}`
  )
  for (const profile of profiles) console.log(`\n${serverProfileReport(profile).join('\n')}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
