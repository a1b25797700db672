// What the relay benchmark's coordinator and its client processes tell each other over IPC, and
// how a sent update carries its send time.

/** One y-websocket client: which document it joins and which element it renames. */
export interface ClientPlan {
  /** ws://127.0.0.1:port/api/collab (Bauplan) or ws://127.0.0.1:port (reference). */
  serverUrl: string
  /** y-websocket room (appended to the server URL). */
  room: string
  /** Index of the client's document in this process (clients of one document share it). */
  documentIndex: number
  elementId: string
  /** Upgrade headers (session cookie, Origin) — empty for the reference server. */
  headers: Record<string, string>
  /** Loopback address the client connects from (spreads the server's per-address limits). */
  localAddress: string
}

export interface RunConfig {
  clients: ClientPlan[]
  /**
   * The draft's seed update (base64) for a server that does not seed documents itself (the
   * reference): the first client of each document brings it, as if the document already existed.
   */
  seedBase64?: string
  updatesPerSecond: number
  warmupMs: number
  durationMs: number
  /** How long after the last measured send deliveries are still awaited. */
  graceMs: number
  /** Seed of the stagger of the clients' first sends. */
  seed: number
  /** Deliveries slower than this count in ClientResult.slowPerSecond. */
  slowMs: number
}

/** By default a delivery slower than this counts in ClientResult.slowPerSecond (`--slow-ms`). */
export const SLOW_DELIVERY_MS = 50

export type ToClients = { type: 'run'; config: RunConfig } | { type: 'go' }

export interface ClientResult {
  /** Send → arrival in another client's doc, ms, for updates sent in the measured window. */
  latencies: number[]
  /** Updates sent in the measured window. */
  sent: number
  /** Deliveries those updates should cause in this process (sent × other clients of the doc). */
  expected: number
  /** Connections closed during the run (each reconnects), by close code. */
  closes: Record<string, number>
  /** Updates this process's clients sent per second (warm-up and measured window). */
  offeredPerSecond: number
  /** `saved` acknowledgements per second over the same time: what the server stored meanwhile. */
  storedPerSecond: number
  /**
   * Deliveries slower than RunConfig.slowMs, per second of the run by the update's send time
   * (index 0 = the first second after `go`, warm-up included): one stall shows as a few busy
   * seconds, a server that is slow throughout as counts in every second.
   */
  slowPerSecond: number[]
  /** Event-loop utilisation of this process during the run (0..1): near 1 means it saturated. */
  eventLoopUtilisation: number
  connectMs: number
}

export type FromClients =
  | { type: 'ready'; connectMs: number }
  | { type: 'result'; result: ClientResult }
  | { type: 'failed'; message: string }

/**
 * The element name a client writes: a realistic name plus a stamp with the run and the sender's
 * `performance.now()`. Yjs stores the string verbatim in the update, so a receiver finds the stamp
 * in the raw bytes without decoding the update.
 */
export function stampedName(base: string, run: string, sentAt: number): string {
  return `${base} ~${run}:${sentAt.toFixed(3)}~`
}

const STAMP = /~([0-9a-z]+):(\d+\.\d{3})~/g

/** Send times stamped by `run` in an update's bytes. */
export function stampsIn(text: string, run: string): number[] {
  const times: number[] = []
  for (const match of text.matchAll(STAMP)) {
    if (match[1] === run) times.push(Number(match[2]))
  }
  return times
}
