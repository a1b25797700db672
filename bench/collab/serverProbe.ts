// Asks a Bauplan server twice a second, while a relay run is on, for two things: `/api/health`
// (answered without the store: is the event loop responsive?) and `GET /api/session` with a
// session cookie (a store lookup through the store's one lock: are storage calls queueing?).
// Tells waiting on the loop apart from waiting on storage. Probe rounds with an answer slower than
// STALL_MS are kept as a timeline (seconds since `go`), so a stall can be found in a CPU profile.
import { summarise, type LatencySummary } from './latencyStats'

export interface ProbeTarget {
  baseUrl: string
  cookie: string
}

/** One probe round in which at least one answer took longer than STALL_MS. */
export interface Stall {
  /** When the round's requests were sent, seconds since `go`. */
  atSeconds: number
  /** Undefined where that request failed. */
  healthMs: number | undefined
  storeMs: number | undefined
}

export interface ProbeResult {
  health: LatencySummary
  store: LatencySummary
  /** The MAX_STALLS longest stalls (by the slower of the two answers), in time order. */
  stalls: Stall[]
}

const INTERVAL_MS = 500
export const STALL_MS = 100
export const MAX_STALLS = 10

async function timedFetch(url: string, headers: Record<string, string>): Promise<number> {
  const start = performance.now()
  const response = await fetch(url, { headers })
  await response.arrayBuffer()
  return performance.now() - start
}

/** The `limit` longest stalls, in time order: a short list that still shows the worst ones. */
export function longestStalls(stalls: readonly Stall[], limit = MAX_STALLS): Stall[] {
  const slowest = (stall: Stall) => Math.max(stall.healthMs ?? 0, stall.storeMs ?? 0)
  return [...stalls]
    .sort((a, b) => slowest(b) - slowest(a))
    .slice(0, limit)
    .sort((a, b) => a.atSeconds - b.atSeconds)
}

/**
 * Starts probing; the returned function stops it and summarises the answers' latency. `goAt` is
 * the `performance.now()` of the run's `go`, the origin of the stall timeline.
 */
export function startProbe(target: ProbeTarget, goAt: number): () => Promise<ProbeResult> {
  const health: number[] = []
  const store: number[] = []
  const stalls: Stall[] = []
  let running = true
  const loop = (async () => {
    while (running) {
      const sentAt = performance.now()
      const next = sentAt + INTERVAL_MS
      // A refused or reset probe (server overloaded or restarting) is no latency sample.
      const [healthMs, storeMs] = await Promise.all([
        timedFetch(`${target.baseUrl}/api/health`, {}).catch(() => undefined),
        timedFetch(`${target.baseUrl}/api/session`, { cookie: target.cookie }).catch(
          () => undefined
        ),
      ])
      if (healthMs !== undefined) health.push(healthMs)
      if (storeMs !== undefined) store.push(storeMs)
      if ((healthMs ?? 0) > STALL_MS || (storeMs ?? 0) > STALL_MS) {
        stalls.push({ atSeconds: (sentAt - goAt) / 1000, healthMs, storeMs })
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())))
    }
  })()
  return async () => {
    running = false
    await loop
    return { health: summarise(health), store: summarise(store), stalls: longestStalls(stalls) }
  }
}
