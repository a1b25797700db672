/**
 * Test support: collaboration clients against a listening test server. Two kinds:
 * - the real y-websocket client (`WebsocketProvider` with `ws` as its WebSocket), as the browser
 *   uses it;
 * - a raw `ws` socket, for frames no well-behaved client sends.
 *
 * yjs and y-websocket are dev dependencies of the server for these clients. They are imported as ES
 * modules, the same yjs instance @bauplan/collab uses (a second, CommonJS copy would make Yjs warn
 * that it was imported twice). The narrow interfaces below are all the tests rely on.
 */
import WebSocket from 'ws'
import * as yjs from 'yjs'
import * as yWebsocket from 'y-websocket'

export interface YMap {
  set(key: string, value: unknown): void
  get(key: string): unknown
  toJSON(): Record<string, unknown>
}

export interface YDoc {
  clientID: number
  getMap(name: string): YMap
  destroy(): void
}

interface YModule {
  Doc: new () => YDoc
  applyUpdate(doc: YDoc, update: Uint8Array): void
}

type MessageHandler = (
  encoder: unknown,
  decoder: { arr: Uint8Array; pos: number },
  provider: unknown,
  emitSynced: boolean,
  messageType: number
) => void

export interface Provider {
  synced: boolean
  wsconnected: boolean
  messageHandlers: MessageHandler[]
  on(event: 'sync', handler: (synced: boolean) => void): void
  on(event: 'closed', handler: (close: { code: number; reason: string }) => void): void
  destroy(): void
}

interface ProviderModule {
  WebsocketProvider: new (
    serverUrl: string,
    room: string,
    doc: YDoc,
    options: {
      WebSocketPolyfill: unknown
      disableBc: boolean
      maxBackoffTime?: number
    }
  ) => Provider
}

export const Y = yjs as unknown as YModule
const { WebsocketProvider } = yWebsocket as unknown as ProviderModule

/** The room name y-websocket appends to `${serverUrl}/`. */
export function collabRoom(blockId: string, version: string): string {
  return `${encodeURIComponent(blockId)}/${version}`
}

export interface ProviderClient {
  doc: YDoc
  provider: Provider
  /** Highest `saved` acknowledgement (message type 100) received. */
  saved(): number
  /** Close codes the server ended the connection with (4xxx: y-websocket stops reconnecting). */
  closes: number[]
}

/** A y-websocket client whose upgrade carries `headers` (cookie or Authorization, Origin). */
export function connectProvider(
  baseUrl: string,
  blockId: string,
  version: string,
  headers: Record<string, string>
): ProviderClient {
  class HeaderWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers })
    }
  }
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(
    `${baseUrl}/api/collab`,
    collabRoom(blockId, version),
    doc,
    // The broadcast channel would sync clients of one process past the server.
    { WebSocketPolyfill: HeaderWebSocket, disableBc: true, maxBackoffTime: 200 }
  )
  let saved = 0
  const closes: number[] = []
  provider.messageHandlers[100] = (_encoder, decoder) => {
    saved = Math.max(saved, readVarUint(decoder))
  }
  provider.on('closed', (close) => closes.push(close.code))
  return { doc, provider, saved: () => saved, closes }
}

/** lib0's varUint, read from y-websocket's decoder (its fields are public). */
function readVarUint(decoder: { arr: Uint8Array; pos: number }): number {
  let value = 0
  let shift = 0
  for (;;) {
    const byte = decoder.arr[decoder.pos++] ?? 0
    value += (byte & 0x7f) * 2 ** shift
    shift += 7
    if (byte < 0x80) return value
  }
}

export interface RawClient {
  ws: WebSocket
  messages: Uint8Array[]
  closed: Promise<{ code: number; reason: string }>
}

/** A raw socket that has completed the upgrade (or rejects with the refused status). */
/** `answerPings: false` makes a client that never answers the server's pings (a dead peer). */
export function connectRaw(
  url: string,
  headers: Record<string, string>,
  { answerPings = true }: { answerPings?: boolean } = {}
): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers, autoPong: answerPings })
    const messages: Uint8Array[] = []
    const closed = new Promise<{ code: number; reason: string }>((done) => {
      ws.on('close', (code, reason) => done({ code, reason: reason.toString() }))
    })
    ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)))
    ws.on('open', () => resolve({ ws, messages, closed }))
    ws.on('unexpected-response', (_request, response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => reject(new UpgradeRefused(response.statusCode ?? 0, body)))
    })
    ws.on('error', (error) => reject(error))
  })
}

export class UpgradeRefused extends Error {
  constructor(
    readonly status: number,
    readonly body: string
  ) {
    super(`upgrade refused with ${status}`)
  }
}

/** Polls until `condition` holds (network round trips), failing after `timeoutMs`. */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 5_000,
  what = 'condition'
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
