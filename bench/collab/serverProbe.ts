// Asks a Bauplan server twice a second, while a relay run is on, for two things: `/api/health`
// (answered without the store: is the event loop responsive?) and `GET /api/session` with a
// session cookie (a store lookup through the store's one lock: are storage calls queueing?).
// Tells waiting on the loop apart from waiting on storage.
import { summarise, type LatencySummary } from './latencyStats'

export interface ProbeTarget {
  baseUrl: string
  cookie: string
}

export interface ProbeResult {
  health: LatencySummary
  store: LatencySummary
}

const INTERVAL_MS = 500

async function timedFetch(url: string, headers: Record<string, string>): Promise<number> {
  const start = performance.now()
  const response = await fetch(url, { headers })
  await response.arrayBuffer()
  return performance.now() - start
}

/** Starts probing; the returned function stops it and summarises the answers' latency. */
export function startProbe(target: ProbeTarget): () => Promise<ProbeResult> {
  const health: number[] = []
  const store: number[] = []
  let running = true
  const loop = (async () => {
    while (running) {
      const next = performance.now() + INTERVAL_MS
      await Promise.all([
        timedFetch(`${target.baseUrl}/api/health`, {}).then((ms) => health.push(ms)),
        timedFetch(`${target.baseUrl}/api/session`, { cookie: target.cookie }).then((ms) =>
          store.push(ms)
        ),
      ]).catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())))
    }
  })()
  return async () => {
    running = false
    await loop
    return { health: summarise(health), store: summarise(store) }
  }
}
