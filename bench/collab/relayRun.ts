// Runs one relay scenario against one server set-up: spreads the clients over client processes
// (relayClients.ts), lets them connect, starts them together and collects their measurements,
// together with the CPU time the server processes used meanwhile. The servers are started and
// stopped by the caller (relaySetups.ts), one set-up at a time.
import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { COLLAB_BENCH_DIR, cpuSeconds, mainThreadSchedule } from './childProcesses'
import type { ClientPlan, ClientResult, FromClients, RunConfig, ToClients } from './relayProtocol'
import { startProbe, type ProbeResult, type ProbeTarget } from './serverProbe'

export interface Scenario {
  name: string
  documents: number
  clientsPerDocument: number
  updatesPerSecond: number
}

/** A server set-up under test and how its clients reach it. */
export interface RelayTarget {
  name: string
  /** Server processes (CPU is read from them). */
  pids: number[]
  /** The plan of client `client` (0-based, of all clients) on document `document`. */
  plan(document: number, client: number): Omit<ClientPlan, 'documentIndex'>
  /** The draft's seed for servers that do not seed documents themselves. */
  seedBase64?: string
  /** A Bauplan server to probe during the run (see serverProbe.ts). */
  probe?: ProbeTarget
}

export interface Timing {
  warmupMs: number
  durationMs: number
  graceMs: number
  /** Deliveries slower than this are counted per second (`--slow-ms`). */
  slowMs: number
}

export interface ScenarioResult {
  latencies: number[]
  sent: number
  expected: number
  closes: Record<string, number>
  offeredPerSecond: number
  storedPerSecond: number
  probe: ProbeResult | undefined
  /** Deliveries slower than Timing.slowMs per second since `go`, summed over the processes. */
  slowPerSecond: number[]
  /** Seconds from `go` until every client process reported. */
  wallSeconds: number
  /** Server CPU seconds per wall-clock second during the run, summed over its processes. */
  serverCpu: number
  /**
   * The servers' event-loop threads: CPU seconds, and seconds runnable but waiting for a CPU,
   * per wall-clock second (summed over the server processes).
   */
  loopCpu: number
  loopWaitingForCpu: number
  clientUtilisation: number[]
  connectMs: number
}

const CLIENT_SCRIPT = path.join(COLLAB_BENCH_DIR, 'relayClients.ts')

/**
 * Client plans per process: whole documents go to one process where there are enough documents
 * (all measured pairs then share a clock), otherwise the clients of a document are dealt out.
 */
export function planProcesses(
  scenario: Scenario,
  target: RelayTarget,
  processes: number
): ClientPlan[][] {
  const perProcess: ClientPlan[][] = Array.from({ length: processes }, () => [])
  let client = 0
  for (let document = 0; document < scenario.documents; document++) {
    for (let k = 0; k < scenario.clientsPerDocument; k++) {
      const owner = scenario.documents >= processes ? document % processes : k % processes
      perProcess[owner]?.push({ ...target.plan(document, client), documentIndex: document })
      client++
    }
  }
  return perProcess.filter((plans) => plans.length > 0)
}

function startClients(): ChildProcess {
  // `fork` runs the script with this process's flags (tsx loader) and environment (its
  // tsconfig), with an IPC channel.
  return fork(CLIENT_SCRIPT, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
}

function nextMessage(child: ChildProcess, type: FromClients['type']): Promise<FromClients> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromClients) => {
      if (message.type === 'failed') {
        cleanup()
        reject(new Error(`client process failed:\n${message.message}`))
      } else if (message.type === type) {
        cleanup()
        resolve(message)
      }
    }
    const onExit = (code: number | null) => {
      cleanup()
      reject(new Error(`client process exited (${code}) before "${type}"`))
    }
    const cleanup = () => {
      child.off('message', onMessage)
      child.off('exit', onExit)
    }
    child.on('message', onMessage)
    child.on('exit', onExit)
  })
}

export async function runScenario(
  scenario: Scenario,
  target: RelayTarget,
  timing: Timing,
  processes: number,
  seed: number
): Promise<ScenarioResult> {
  const plans = planProcesses(scenario, target, processes)
  const children = plans.map(() => startClients())
  try {
    const readies = children.map((child) => nextMessage(child, 'ready'))
    const results = children.map((child) => nextMessage(child, 'result'))
    // Rejections are awaited below; keep Node from reporting them as unhandled meanwhile.
    for (const pending of [...readies, ...results]) pending.catch(() => undefined)
    plans.forEach((clients, index) => {
      const config: RunConfig = {
        clients,
        ...(target.seedBase64 ? { seedBase64: target.seedBase64 } : {}),
        updatesPerSecond: scenario.updatesPerSecond,
        ...timing,
        seed: seed + index,
      }
      children[index]?.send({ type: 'run', config } satisfies ToClients)
    })
    const ready = await Promise.all(readies)
    const cpuBefore = target.pids.map(cpuSeconds)
    const scheduleBefore = target.pids.map(mainThreadSchedule)
    const wallBefore = performance.now()
    for (const child of children) child.send({ type: 'go' } satisfies ToClients)
    const stopProbe = target.probe ? startProbe(target.probe, wallBefore) : undefined
    const finished = (await Promise.all(results)).map(
      (message) => (message as { result: ClientResult }).result
    )
    const probe = await stopProbe?.()
    const wall = (performance.now() - wallBefore) / 1000
    const schedule = target.pids.map(mainThreadSchedule)
    const loopCpu = schedule.reduce((sum, s, i) => sum + s.cpu - (scheduleBefore[i]?.cpu ?? 0), 0)
    const loopWaiting = schedule.reduce(
      (sum, s, i) => sum + s.waiting - (scheduleBefore[i]?.waiting ?? 0),
      0
    )
    const cpu = target.pids
      .map(cpuSeconds)
      .reduce((sum, value, i) => sum + value - (cpuBefore[i] ?? 0), 0)
    return {
      latencies: finished.flatMap((r) => r.latencies),
      sent: finished.reduce((sum, r) => sum + r.sent, 0),
      expected: finished.reduce((sum, r) => sum + r.expected, 0),
      closes: mergeCounts(finished.map((r) => r.closes)),
      offeredPerSecond: finished.reduce((sum, r) => sum + r.offeredPerSecond, 0),
      storedPerSecond: finished.reduce((sum, r) => sum + r.storedPerSecond, 0),
      probe,
      slowPerSecond: sumPerSecond(finished.map((r) => r.slowPerSecond)),
      wallSeconds: wall,
      serverCpu: cpu / wall,
      loopCpu: loopCpu / wall,
      loopWaitingForCpu: loopWaiting / wall,
      clientUtilisation: finished.map((r) => r.eventLoopUtilisation),
      connectMs: Math.max(...ready.map((message) => (message as { connectMs: number }).connectMs)),
    }
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill()
  }
}

export function mergeCounts(counts: Record<string, number>[]): Record<string, number> {
  const merged: Record<string, number> = {}
  for (const count of counts) {
    for (const [key, value] of Object.entries(count)) merged[key] = (merged[key] ?? 0) + value
  }
  return merged
}

/** Per-second counts of several client processes added second by second. */
export function sumPerSecond(counts: readonly number[][]): number[] {
  const length = Math.max(0, ...counts.map((perSecond) => perSecond.length))
  return Array.from({ length }, (_, second) =>
    counts.reduce((sum, perSecond) => sum + (perSecond[second] ?? 0), 0)
  )
}
