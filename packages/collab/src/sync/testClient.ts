// Test support (not exported): a y-protocols client speaking to a DocumentHub without a network.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { Connection, ConnectOptions, DocumentHub, HubSession } from './documentHub'
import type { DocumentPersistence } from './persistence'
import {
  awarenessMessage,
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_SAVED,
  MESSAGE_SYNC,
  updateMessage,
} from './protocol'

const FROM_SERVER = Symbol('server')

export class TestClient implements Connection {
  readonly doc = new Y.Doc()
  readonly awareness = new Awareness(this.doc)
  session: HubSession | undefined
  closedWith: { code: number; reason: string } | undefined
  /** Highest `saved` count received. */
  saved = 0
  /** Document updates sent (the numbering `saved` refers to). */
  sent = 0
  denied: string[] = []
  online = true
  /** Update messages received from the server (sync type 2: relayed updates). */
  updatesReceived = 0

  constructor() {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_SERVER || !this.session || !this.online) return
      this.sent++
      this.session.receive(updateMessage(update))
    })
  }

  async connect(hub: DocumentHub, docName: string, options: ConnectOptions): Promise<this> {
    this.closedWith = undefined
    this.online = true
    // `saved` counts per connection.
    this.sent = 0
    this.saved = 0
    this.session = await hub.connect(docName, this, options)
    if (this.session) {
      // Sync step 1 of the client, as y-websocket sends on open.
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MESSAGE_SYNC)
      syncProtocol.writeSyncStep1(encoder, this.doc)
      this.session.receive(encoding.toUint8Array(encoder))
    }
    return this
  }

  send(message: Uint8Array): void {
    // Delivered asynchronously, like a network: the hub never sees re-entrant calls.
    setTimeout(() => this.handle(message), 0)
  }

  close(code: number, reason: string): void {
    this.closedWith = { code, reason }
    this.online = false
  }

  /** The transport goes away (tab closed, network lost). */
  drop(): void {
    this.online = false
    this.session?.disconnect()
    this.session = undefined
  }

  setPresence(state: Record<string, unknown>): void {
    this.awareness.setLocalState(state)
    const update = encodeAwarenessUpdate(this.awareness, [this.doc.clientID])
    this.session?.receive(awarenessMessage(update))
  }

  private handle(message: Uint8Array): void {
    if (!this.online) return
    const decoder = decoding.createDecoder(message)
    const type = decoding.readVarUint(decoder)
    if (type === MESSAGE_SYNC) {
      if (message[1] === syncProtocol.messageYjsUpdate) this.updatesReceived++
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MESSAGE_SYNC)
      syncProtocol.readSyncMessage(decoder, encoder, this.doc, FROM_SERVER)
      if (encoding.length(encoder) > 1) {
        this.sent++
        this.session?.receive(encoding.toUint8Array(encoder))
      }
    } else if (type === MESSAGE_AWARENESS) {
      applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), FROM_SERVER)
    } else if (type === MESSAGE_SAVED) {
      this.saved = Math.max(this.saved, decoding.readVarUint(decoder))
    } else if (type === MESSAGE_AUTH) {
      decoding.readVarUint(decoder)
      this.denied.push(decoding.readVarString(decoder))
    }
  }
}

/** Lets queued microtasks and timers run (message delivery between hub and clients). */
export async function tick(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

/** Lets messages travel until `condition` holds (bounded rounds, no clock). */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let round = 0; round < 200; round++) {
    if (condition()) return
    await tick(1)
  }
  throw new Error(`never happened: ${what}`)
}

/** A persistence whose every call the test resolves or rejects by hand. */
export class ControlledPersistence implements DocumentPersistence {
  readonly appends: {
    docName: string
    update: Uint8Array
    resolve: () => void
    reject: (e: Error) => void
  }[] = []
  readonly stored: Uint8Array[] = []
  loadError: Error | undefined

  async load(): Promise<Uint8Array[]> {
    if (this.loadError) throw this.loadError
    return [...this.stored]
  }

  append(docName: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.appends.push({
        docName,
        update,
        resolve: () => {
          this.stored.push(update)
          resolve()
        },
        reject,
      })
    })
  }

  async compact(): Promise<void> {}
}
