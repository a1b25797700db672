// A client process of the relay benchmark (started by relayRun.ts): real y-websocket clients
// (`WebsocketProvider` over `ws`), each with its own Y.Doc, connected to the server under test.
// On `go`, every client renames its element at the configured rate (staggered start) through
// @bauplan/collab's `rename` — a real model operation, one `doc.transact` of a few hundred
// bytes. Every client measures, on its doc's `update` event, how long ago the updates it
// receives were sent — only updates from senders of this process, so send and arrival are read
// from one clock (`performance.now()` of this process). Besides the latencies, each process counts
// per second of the run how many deliveries took longer than 50 ms (one stall or slow throughout?).
import { performance } from 'node:perf_hooks'
import type * as YTypes from 'yjs'
import type { WebsocketProvider as Provider } from 'y-websocket'
import { bpmnSpace, MESSAGE_SAVED, rename } from '@bauplan/collab'
import {
  stampedName,
  stampsIn,
  type ClientPlan,
  type ClientResult,
  type FromClients,
  type RunConfig,
  type ToClients,
} from './relayProtocol'
import { WebSocket, WebsocketProvider, Y } from './runtimeModules'

const CONNECT_TIMEOUT_MS = 180_000
const CONNECT_BATCH = 20
const LOCAL_EDIT = 'bench:local'

interface Client {
  plan: ClientPlan
  doc: YTypes.Doc
  provider: Provider
}

/** Between `go` and the end of the grace period. */
let counting = false
/** Until the last send: what the server stored while the load was on. */
let sending = false
let acknowledged = 0

function send(message: FromClients): void {
  process.send?.(message)
}

/** mulberry32: the stagger is the same in every run and for both servers. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function socketClass(headers: Record<string, string>, localAddress: string) {
  return class BenchSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers, localAddress })
    }
  }
}

function connect(plan: ClientPlan, seed: Uint8Array | undefined): Client {
  const doc = new Y.Doc()
  if (seed) Y.applyUpdate(doc, seed)
  const provider = new WebsocketProvider(plan.serverUrl, plan.room, doc, {
    WebSocketPolyfill: socketClass(
      plan.headers,
      plan.localAddress
    ) as unknown as typeof globalThis.WebSocket,
    // The broadcast channel would sync clients of one process past the server.
    disableBc: true,
  })
  // Bauplan acknowledges stored updates (`saved`); counted, and y-websocket would log it as unknown.
  provider.messageHandlers[MESSAGE_SAVED] = () => {
    if (sending) acknowledged++
  }
  return { plan, doc, provider }
}

/** Synced with the server and the element to rename is in the document. */
function ready(client: Client): boolean {
  return (
    client.provider.synced && bpmnSpace(client.doc)?.elements.has(client.plan.elementId) === true
  )
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + CONNECT_TIMEOUT_MS
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

async function connectAll(config: RunConfig): Promise<Client[]> {
  const seed = config.seedBase64 ? Buffer.from(config.seedBase64, 'base64') : undefined
  const clients: Client[] = []
  // With a seed (reference server), the first client of each document brings it; the others
  // join once it is there.
  const seen = new Set<number>()
  const leaders: ClientPlan[] = []
  const followers: ClientPlan[] = []
  for (const plan of config.clients) {
    if (seen.has(plan.documentIndex)) followers.push(plan)
    else {
      seen.add(plan.documentIndex)
      leaders.push(plan)
    }
  }
  for (const group of [leaders, followers]) {
    for (let start = 0; start < group.length; start += CONNECT_BATCH) {
      const batch = group
        .slice(start, start + CONNECT_BATCH)
        .map((plan) => connect(plan, group === leaders ? seed : undefined))
      clients.push(...batch)
      await until(() => batch.every(ready), `${batch.length} clients to sync`)
    }
  }
  return clients
}

async function run(config: RunConfig, go: Promise<void>): Promise<ClientResult> {
  const connectStart = performance.now()
  const clients = await connectAll(config)
  const connectMs = performance.now() - connectStart
  const runId = Math.floor(Math.random() * 36 ** 6).toString(36)
  const latencies: number[] = []
  const closes: Record<string, number> = {}
  let measureFrom = Number.POSITIVE_INFINITY
  let startedAt = Number.POSITIVE_INFINITY
  const slowPerSecond: number[] = []
  const decoder = new TextDecoder()
  const peers = new Map<number, number>()
  for (const client of clients) {
    const index = client.plan.documentIndex
    peers.set(index, (peers.get(index) ?? 0) + 1)
    client.provider.on('connection-close', (event) => {
      // y-websocket closes a connection itself after 30 s without any message (code 1000 or
      // none); the server's codes are listed in @bauplan/collab's CLOSE_CODES.
      const code = String(event?.code ?? 'none')
      if (counting) closes[code] = (closes[code] ?? 0) + 1
    })
    client.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== client.provider) return
      const arrivedAt = performance.now()
      for (const sentAt of stampsIn(decoder.decode(update), runId)) {
        const latency = arrivedAt - sentAt
        if (sentAt >= measureFrom) latencies.push(latency)
        if (latency > config.slowMs) {
          const second = Math.floor((sentAt - startedAt) / 1000)
          slowPerSecond[second] = (slowPerSecond[second] ?? 0) + 1
        }
      }
    })
  }
  send({ type: 'ready', connectMs })
  await go
  const elu = performance.eventLoopUtilization()
  counting = true
  sending = true
  let sentAll = 0
  startedAt = performance.now()
  measureFrom = startedAt + config.warmupMs
  const endAt = measureFrom + config.durationMs
  const period = 1000 / config.updatesPerSecond
  const stagger = random(config.seed)
  let sent = 0
  let expected = 0
  const timers = clients.map((client, index) => {
    const base = `Aufgabe ${index + 1}`
    let next = startedAt + stagger() * period
    const tick = (): void => {
      const sentAt = performance.now()
      if (sentAt >= endAt) return
      rename(client.doc, LOCAL_EDIT, client.plan.elementId, stampedName(base, runId, sentAt))
      sentAll++
      if (sentAt >= measureFrom) {
        sent++
        expected += (peers.get(client.plan.documentIndex) ?? 1) - 1
      }
      // Fixed schedule: a late tick does not shift the ones after it.
      next += period
      timer = setTimeout(tick, Math.max(0, next - performance.now()))
    }
    let timer = setTimeout(tick, Math.max(0, next - performance.now()))
    return () => clearTimeout(timer)
  })
  await new Promise((resolve) => setTimeout(resolve, endAt - performance.now()))
  sending = false
  const sendingSeconds = (performance.now() - startedAt) / 1000
  await new Promise((resolve) => setTimeout(resolve, config.graceMs))
  const eventLoopUtilisation = performance.eventLoopUtilization(elu).utilization
  for (const stop of timers) stop()
  counting = false
  for (const client of clients) {
    client.provider.destroy()
    client.doc.destroy()
  }
  return {
    latencies,
    sent,
    expected,
    closes,
    offeredPerSecond: sentAll / sendingSeconds,
    storedPerSecond: acknowledged / sendingSeconds,
    // Every second of the sending time, quiet ones as 0 (a sparse array would not survive IPC).
    slowPerSecond: Array.from(
      { length: Math.max(Math.ceil(sendingSeconds), slowPerSecond.length) },
      (_, second) => slowPerSecond[second] ?? 0
    ),
    eventLoopUtilisation,
    connectMs,
  }
}

// y-websocket adds an `exit` listener per provider (to close its socket); hundreds are expected.
process.setMaxListeners(0)

let resolveGo: () => void = () => undefined
const go = new Promise<void>((resolve) => {
  resolveGo = resolve
})
process.on('message', (message: ToClients) => {
  if (message.type === 'go') return resolveGo()
  run(message.config, go)
    .then((result): FromClients => ({ type: 'result', result }))
    .catch((error: unknown): FromClients => ({
      type: 'failed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }))
    // Exit only once the (large) result has gone through the IPC channel.
    .then((last) => process.send?.(last, undefined, undefined, () => process.exit(0)))
})
