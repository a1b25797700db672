import {
  DocumentHub,
  MemoryPersistence,
  type Connection,
  type DocumentPersistence,
  type HubSession,
} from '@bauplan/collab'

/**
 * The collaboration server's sync core (the real `DocumentHub` with in-memory storage) inside the
 * test page, and a WebSocket class that connects to it: the browser test runner cannot start the
 * Bauplan server, but the protocol (sync, `saved`, permission-denied, close codes) is the hub's
 * own. What the WebSocket layer of the server adds (upgrade checks answering 401/403/409) is
 * played by `refuseUpgrades`: the socket closes with 1006 without opening, as browsers report a
 * refused upgrade.
 */
export interface InPageCollabServer {
  hub: DocumentHub
  WebSocket: typeof WebSocket
  /** Open sessions, newest last. */
  sessions: HubSession[]
  /** Connection attempts so far (refused ones included). */
  attempts(): number
  /** New connections are made read-only (a reviewer, a submitted draft). */
  readOnly: boolean
  /** Who new connections belong to: the hub stamps it into their presence, as the server does. */
  identity: { userId: string; name: string } | undefined
  /** New connections are refused at the upgrade. */
  refuseUpgrades: boolean
  /** Cuts every open connection as a network failure does (1006). */
  cutAll(): void
  /** Appends wait until `releaseAppends` (to see changes before they are stored). */
  holdAppends(): void
  releaseAppends(): void
  /** Appends waiting for `releaseAppends`. */
  heldAppends(): number
  /** The stored update log of a document. */
  stored(docName: string): Uint8Array[]
}

export function inPageCollabServer(seed: Readonly<Record<string, string>>): InPageCollabServer {
  const memory = new MemoryPersistence()
  let held: (() => void)[] | undefined
  const persistence: DocumentPersistence = {
    load: (docName) => memory.load(docName),
    compact: (docName, merge) => memory.compact(docName, merge),
    async append(docName, update) {
      if (held) await new Promise<void>((resolve) => held!.push(resolve))
      return memory.append(docName, update)
    },
  }
  const hub = new DocumentHub({ persistence, seedFiles: async () => seed })
  const sockets = new Set<HubSocket>()
  let attempts = 0

  const server: InPageCollabServer = {
    hub,
    WebSocket: undefined as unknown as typeof WebSocket,
    sessions: [],
    attempts: () => attempts,
    readOnly: false,
    identity: undefined,
    refuseUpgrades: false,
    cutAll() {
      for (const socket of [...sockets]) socket.cut()
    },
    holdAppends() {
      held ??= []
    },
    releaseAppends() {
      const waiting = held ?? []
      held = undefined
      for (const resolve of waiting) resolve()
    },
    heldAppends: () => held?.length ?? 0,
    stored: (docName) => memory.stored(docName),
  }

  class HubSocket {
    static readonly CONNECTING = 0
    static readonly OPEN = 1
    static readonly CLOSING = 2
    static readonly CLOSED = 3
    readonly CONNECTING = 0
    readonly OPEN = 1
    readonly CLOSING = 2
    readonly CLOSED = 3
    readyState = 0
    binaryType = 'arraybuffer'
    onopen: (() => void) | null = null
    onmessage: ((event: { data: ArrayBuffer }) => void) | null = null
    onclose: ((event: { code: number; reason: string }) => void) | null = null
    onerror: ((event: unknown) => void) | null = null
    private session: HubSession | undefined
    private queued: Uint8Array[] = []

    constructor(readonly url: string) {
      attempts++
      const [block = '', version = ''] = new URL(url).pathname.split('/').slice(-2)
      const docName = `${decodeURIComponent(block)}@${version}`
      setTimeout(() => void this.open(docName), 0)
    }

    private async open(docName: string): Promise<void> {
      if (server.refuseUpgrades) return this.closed(1006, '')
      this.readyState = 1
      sockets.add(this)
      this.onopen?.()
      const session = await hub.connect(docName, this.toClient, {
        readOnly: server.readOnly,
        ...(server.identity ? { identity: server.identity } : {}),
      })
      if (!session || this.readyState !== 1) return session?.disconnect()
      this.session = session
      server.sessions.push(session)
      for (const message of this.queued.splice(0)) session.receive(message)
    }

    /** From the client (y-websocket). */
    send(data: Uint8Array): void {
      if (this.readyState !== 1) throw new Error('socket is not open')
      const message = data.slice()
      if (!this.session) this.queued.push(message)
      else setTimeout(() => this.session?.receive(message), 0)
    }

    /** The hub's side: messages for the client arrive later, as over a network. */
    private readonly toClient: Connection = {
      send: (message) => {
        const bytes = message.slice()
        setTimeout(() => {
          if (this.readyState === 1) this.onmessage?.({ data: bytes.buffer })
        }, 0)
      },
      close: (code, reason) => this.closed(code, reason),
    }

    /** From the client (y-websocket closes sockets it gives up). */
    close(code = 1000, reason = ''): void {
      if (this.readyState === 3) return
      this.session?.disconnect()
      this.closed(code, reason)
    }

    cut(): void {
      this.session?.disconnect()
      this.closed(1006, '')
    }

    private closed(code: number, reason: string): void {
      if (this.readyState === 3) return
      this.readyState = 3
      sockets.delete(this)
      setTimeout(() => this.onclose?.({ code, reason }), 0)
    }
  }
  server.WebSocket = HubSocket as unknown as typeof WebSocket
  return server
}
