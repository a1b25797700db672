/**
 * A y-websocket client for the crash test that knows exactly which of its edits the server has
 * acknowledged as stored.
 *
 * The server's `saved` message (type 100, varUint n) says: the first n sync step 2 and update
 * messages this connection sent are stored. So the writer numbers what it sends, per connection,
 * and remembers which edits each counted message carries:
 * - an update message carries the one edit whose transaction produced it (y-websocket sends it
 *   synchronously from the document's `update` event);
 * - a sync step 2 answers the server's state vector: it carries every edit the server's document
 *   lacks, and the server's document holds only stored updates (durable before visible). So an
 *   acknowledged step 2 means every edit made before it was sent is stored.
 * Each edit is one `createShape` (a new task), the same operation the editor's binding writes, so
 * an edit is visible in a fresh client as one element id.
 */
import { bpmnSpace, createShape, MESSAGE_SAVED } from '@bauplan/collab'
import WebSocket from 'ws'
import * as yjs from 'yjs'
import * as yWebsocket from 'y-websocket'

const ORIGIN = 'crash-writer'
const MESSAGE_SYNC = 0
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

type MessageHandler = (
  encoder: unknown,
  decoder: { arr: Uint8Array; pos: number },
  provider: { ws: unknown }
) => void

export interface Provider {
  synced: boolean
  messageHandlers: MessageHandler[]
  connect(): void
  disconnect(): void
  destroy(): void
}

interface ProviderModule {
  WebsocketProvider: new (
    serverUrl: string,
    room: string,
    doc: yjs.Doc,
    options: { WebSocketPolyfill: unknown; disableBc: boolean; maxBackoffTime?: number }
  ) => Provider
}

// y-websocket's own types expect the DOM WebSocket; this narrow view is all the test relies on.
const { WebsocketProvider } = yWebsocket as unknown as ProviderModule

export interface CollabTarget {
  /** `ws://host:port` of the server. */
  wsUrl: string
  /** The page origin the server accepts (its own). */
  origin: string
  token: string
  blockId: string
  version: string
}

export interface CrashWriter {
  readonly doc: yjs.Doc
  readonly provider: Provider
  /** Ids of the tasks this writer created, in order. */
  readonly made: string[]
  /** Ids of the tasks whose storage the server acknowledged. */
  readonly acknowledged: Set<string>
  /** Creates the next task; one transaction, so one update. */
  edit(): string
}

/** A client of the draft's document that connects at once (a verifier when it never edits). */
export function connectCollab(target: CollabTarget): { doc: yjs.Doc; provider: Provider } {
  const doc = new yjs.Doc()
  const provider = new WebsocketProvider(
    `${target.wsUrl}/api/collab`,
    `${encodeURIComponent(target.blockId)}/${target.version}`,
    doc,
    // Without the broadcast channel, clients of one process could sync past the server.
    { WebSocketPolyfill: socketWith(target, () => []), disableBc: true, maxBackoffTime: 300 }
  )
  // Its (empty) sync step 2 is acknowledged too; without a handler y-websocket logs an error.
  provider.messageHandlers[MESSAGE_SAVED] = () => undefined
  return { doc, provider }
}

export function createCrashWriter(target: CollabTarget, name: string, row: number): CrashWriter {
  const made: string[] = []
  const acknowledged = new Set<string>()
  let editing: string | undefined
  // What each counted message carries, read when the message is sent (see the file comment).
  const carried = (syncType: number): string[] =>
    syncType === SYNC_STEP_2 ? [...made] : editing === undefined ? [] : [editing]

  const doc = new yjs.Doc()
  const provider = new WebsocketProvider(
    `${target.wsUrl}/api/collab`,
    `${encodeURIComponent(target.blockId)}/${target.version}`,
    doc,
    { WebSocketPolyfill: socketWith(target, carried), disableBc: true, maxBackoffTime: 300 }
  )
  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder, receiving) => {
    // y-websocket hands over only messages of its current socket, the one that sent them.
    const socket = receiving.ws as CountingSocket
    const count = readVarUint(decoder)
    for (const ids of socket.counted.slice(0, count)) for (const id of ids) acknowledged.add(id)
  }

  const edit = (): string => {
    const space = bpmnSpace(doc)
    const processId = space && processOf(space.elements)
    if (!processId) throw new Error(`${name}: the document has no BPMN process to add tasks to`)
    const index = made.length
    const id = `Task_Absturz_${name}_${index + 1}`
    made.push(id)
    editing = id
    try {
      createShape(doc, ORIGIN, {
        id,
        type: 'bpmn:Task',
        parent: processId,
        name: `${name} ${index + 1}`,
        // Far right of the diagram, one row per writer, so the tasks never overlap.
        bounds: {
          x: 3000 + (index % 25) * 120,
          y: 200 + row * 4000 + Math.floor(index / 25) * 100,
          width: 100,
          height: 80,
        },
      })
    } finally {
      editing = undefined
    }
    return id
  }

  return { doc, provider, made, acknowledged, edit }
}

interface CountingSocket extends WebSocket {
  /** Per counted message of this connection (numbered from 1), the edits it carries. */
  counted: string[][]
}

/**
 * The WebSocket class y-websocket constructs: it sends the token and Origin with the upgrade and
 * counts the sync step 2 and update messages of its connection.
 */
function socketWith(target: CollabTarget, carried: (syncType: number) => string[]) {
  const headers = { authorization: `Bearer ${target.token}`, origin: target.origin }
  return class extends WebSocket implements CountingSocket {
    counted: string[][] = []
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers })
      const send = this.send.bind(this) as (data: unknown, ...rest: unknown[]) => void
      this.send = ((data: unknown, ...rest: unknown[]) => {
        const bytes = bytesOf(data)
        const syncType = bytes[1]
        if (bytes[0] === MESSAGE_SYNC && (syncType === SYNC_STEP_2 || syncType === SYNC_UPDATE)) {
          this.counted.push(carried(syncType))
        }
        send(data, ...rest)
      }) as WebSocket['send']
    }
  }
}

function bytesOf(data: unknown): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  return new Uint8Array()
}

/** The first process by id (never by map order, which differs between clients). */
function processOf(elements: yjs.Map<yjs.Map<unknown>>): string | undefined {
  return [...elements.entries()]
    .filter(([, entry]) => entry.get('type') === 'bpmn:Process')
    .map(([id]) => id)
    .sort()[0]
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
