import { deriveFiles, MESSAGE_AUTH, MESSAGE_SAVED } from '@bauplan/collab'
import { METADATA_FILE } from '@bauplan/domain'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { statusOf } from '../describeError'
import type { DraftApi } from '../draftApi'
import type { DraftDocument, SaveOutcome, SharedAwareness, SharedDraft } from '../DraftDocument'
import { collabRoom, collabServerUrl } from './collabUrl'
import type { CollabStatus, ReadOnlyReason, StopReason } from './collabStatus'
import { CollabStoppedError } from './collabTexts'
import { countingWebSocket } from './countingWebSocket'
import { SaveTracker } from './saveTracker'
import { filesOfKind, readJson, readText, writeJson, writeModelXml, writeText } from './sharedFiles'
import { AUTH_PERMISSION_DENIED, readVarUint, type ByteReader } from './wireFormat'

export interface CollabDraftOptions {
  /** Asked why a connection keeps being refused (the upgrade's answer is hidden from scripts). */
  api: Pick<DraftApi, 'getVersion'>
  blockId: string
  version: string
  /** `ws(s)://<host>/api/collab`; default: the page's own host. */
  serverUrl?: string
  /** The WebSocket class to connect with (tests hand in one bound to an in-page hub). */
  WebSocketImpl?: typeof WebSocket
  /**
   * Whether this user may write the draft. The server connects readers read-only but says so only
   * when they send a change, so the editor asks first and shows them the draft read-only.
   */
  mayWrite?: () => Promise<boolean>
  /** Refused connection attempts in a row before the API is asked why. */
  refusalsBeforeCheck?: number
  /** Files are derived this long after the last change (derivation walks the whole model). */
  deriveDelayMs?: number
}

const DEFAULT_REFUSALS_BEFORE_CHECK = 3
/** As long as the editor waited before writing a modeler's XML: not per mouse move. */
const DEFAULT_DERIVE_DELAY_MS = 400

/**
 * A draft edited together: a Y.Doc kept in sync with the server's copy over y-websocket
 * (`/api/collab/<block>/<version>`). The BPMN modeler binds to `shared.doc` directly; forms write
 * field by field (`setJsonValue`); files are derived from the document (`deriveFiles`).
 *
 * There is no separate save: every change goes out as it is made, and the server stores it before
 * it acknowledges it (`saved`, message 100). `isDirty()` is "a local change is not acknowledged
 * yet", `save()` waits for the acknowledgement. Edits made offline stay in the document and go out
 * with the sync on reconnecting.
 */
export class CollabDraftDocument implements DraftDocument {
  readonly blockId: string
  readonly version: string
  readonly shared: SharedDraft
  private readonly doc = new Y.Doc()
  private readonly tracker = new SaveTracker()
  private readonly listeners = new Set<() => void>()
  private readonly origins = new Map<string, object>()
  private provider: WebsocketProvider | undefined
  private awareness: SharedAwareness | undefined
  private derived: Record<string, string> = {}
  private deriveTimer: ReturnType<typeof setTimeout> | undefined
  private derivation: Promise<void> | undefined
  private deriveAgain = false
  private generation = 0
  private metadataCache: { generation: number; value: unknown } | undefined
  private loaded = false
  private opened = false
  private refusals = 0
  private checking = false
  private connection: CollabStatus['connection'] = 'connecting'
  private readOnlyReason: ReadOnlyReason | undefined
  private stopReason: StopReason | undefined
  private stopError: unknown
  private stopWaiters = new Set<(error: unknown) => void>()
  private syncWaiters = new Set<() => void>()
  private writes: Promise<void> = Promise.resolve()
  private pendingWrites = 0
  private writeError: unknown

  constructor(private readonly options: CollabDraftOptions) {
    this.blockId = options.blockId
    this.version = options.version
    // Registered before any provider exists, so a local change is counted before the provider's
    // own update handler sends it (the tracker pairs each sent message with the count).
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      this.generation++
      if (origin !== this.provider) this.tracker.noteLocalChange()
      this.scheduleDerive()
      this.notify()
    })
    const awarenessOf = () => {
      if (!this.awareness) throw new Error('the shared document is not loaded yet')
      return this.awareness
    }
    this.shared = {
      doc: this.doc,
      get awareness(): SharedAwareness {
        return awarenessOf()
      },
      originFor: (part) => this.originFor(part),
      status: () => this.status(),
    }
  }

  /** Connects (again, after a stop) and resolves once the document is synced and derived. */
  async load(): Promise<void> {
    this.connect()
    const [mayWrite] = await Promise.all([
      this.options.mayWrite ? this.options.mayWrite() : Promise.resolve(true),
      this.whenSynced(),
    ])
    if (!mayWrite && this.readOnlyReason === undefined) this.readOnlyReason = 'role'
    await this.deriveNow()
    this.loaded = true
    this.notify()
  }

  /**
   * Disconnects (the editor page unmounts). The document stays, so a `load()` after it (React
   * mounting the page again) connects again and sends whatever was not acknowledged.
   */
  disconnect(): void {
    clearTimeout(this.deriveTimer)
    this.provider?.destroy()
    this.provider = undefined
  }

  status(): CollabStatus {
    return {
      connection: this.connection,
      readOnly: this.readOnlyReason !== undefined || this.stopReason !== undefined,
      ...(this.readOnlyReason ? { readOnlyReason: this.readOnlyReason } : {}),
      ...(this.stopReason ? { stopReason: this.stopReason } : {}),
    }
  }

  bpmnFileName(): string | undefined {
    return filesOfKind(this.doc, 'bpmn')[0]
  }

  dmnFileNames(): string[] {
    return filesOfKind(this.doc, 'dmn')
  }

  getBpmnXml(): string | undefined {
    const name = this.bpmnFileName()
    return name === undefined ? undefined : this.derived[name]
  }

  /** Only for a modeler that is not bound to the document (see `writeModelXml`). */
  setBpmnXml(xml: string): void {
    const name = this.bpmnFileName() ?? 'prozess.bpmn'
    this.queueWrite(() => writeModelXml(this.doc, this.originFor(name), name, 'bpmn', xml))
  }

  getDmnXml(file: string): string | undefined {
    return this.derived[file]
  }

  /** For a DMN modeler that is not bound to the document, and to add a new DMN file. */
  setDmnXml(file: string, xml: string): void {
    this.queueWrite(() => writeModelXml(this.doc, this.originFor(file), file, 'dmn', xml))
  }

  getTextFile(file: string): string | undefined {
    return readText(this.doc, file)
  }

  setTextFile(file: string, text: string): void {
    if (this.status().readOnly) return
    writeText(this.doc, this.originFor('forms'), file, text)
  }

  getMetadata(): unknown {
    // The same object while the metadata is unchanged: the form and the checks compare by
    // identity, and most changes (someone drawing) do not touch the metadata.
    const cache = this.metadataCache
    if (cache?.generation !== this.generation) {
      const value = readJson(this.doc, METADATA_FILE)
      const same = cache !== undefined && JSON.stringify(cache.value) === JSON.stringify(value)
      this.metadataCache = { generation: this.generation, value: same ? cache.value : value }
    }
    return this.metadataCache!.value
  }

  setMetadata(value: unknown): void {
    if (this.status().readOnly) return
    writeJson(this.doc, this.originFor('forms'), METADATA_FILE, value)
  }

  /**
   * The files as derived a moment ago (derivation follows changes after `deriveDelayMs`). The same
   * object until the next derivation, so the checks run again only for new content.
   */
  files(): Readonly<Record<string, string>> {
    return this.derived
  }

  /** Unacknowledged local changes. A reader's are never stored, so they do not count. */
  isDirty(): boolean {
    if (this.readOnlyReason !== undefined) return false
    return this.pendingWrites > 0 || this.tracker.isDirty()
  }

  /** Resolves once every change made until now is stored by the server. */
  async save(): Promise<SaveOutcome> {
    await this.writes
    const failed = this.writeError
    if (failed !== undefined) {
      this.writeError = undefined
      throw failed
    }
    if (this.readOnlyReason === undefined && this.tracker.isDirty()) {
      if (this.stopReason) throw this.stopFailure()
      await Promise.race([this.tracker.whenSaved(), this.whenStopped()])
    }
    this.notify()
    return { version: this.version, problems: [] }
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private originFor(part: string): object {
    let origin = this.origins.get(part)
    if (!origin) {
      origin = { part, document: this }
      this.origins.set(part, origin)
    }
    return origin
  }

  private connect(): void {
    if (this.provider?.shouldConnect) return
    this.provider?.destroy()
    this.stopReason = undefined
    this.stopError = undefined
    this.refusals = 0
    this.connection = this.loaded ? 'offline' : 'connecting'
    const BaseSocket = this.options.WebSocketImpl ?? WebSocket
    const provider = new WebsocketProvider(
      this.options.serverUrl ?? collabServerUrl(window.location),
      collabRoom(this.blockId, this.version),
      this.doc,
      {
        // Other tabs sync through the server; a second channel would bypass its acknowledgements.
        disableBc: true,
        WebSocketPolyfill: countingWebSocket(BaseSocket, this.tracker),
        ...(this.awareness ? { awareness: this.awareness } : {}),
      }
    )
    this.provider = provider
    if (!this.awareness) {
      // y-protocols ignores a state at clock 0, which is all a fresh Awareness has: without a first
      // change, nobody else would ever see this user. "No selection yet" is that change.
      provider.awareness.setLocalStateField('selection', null)
      this.awareness = provider.awareness
    }
    provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
      this.tracker.noteSaved(readVarUint(decoder as unknown as ByteReader))
      this.notify()
    }
    provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
      if (readVarUint(decoder as unknown as ByteReader) === AUTH_PERMISSION_DENIED) {
        this.readOnlyReason ??= 'denied'
        this.notify()
      }
    }
    provider.on('status', ({ status }) => {
      if (provider !== this.provider) return
      if (status === 'connected') this.opened = true
      if (status === 'disconnected' && this.connection === 'online') this.connection = 'offline'
      this.notify()
    })
    provider.on('sync', (synced: boolean) => {
      if (provider !== this.provider || !synced) return
      this.connection = 'online'
      this.refusals = 0
      for (const resolve of this.syncWaiters) resolve()
      this.syncWaiters.clear()
      this.notify()
    })
    provider.on('connection-close', (event) => {
      if (provider !== this.provider || event === null) return
      this.connectionClosed(event.code)
    })
  }

  /**
   * 4403 ends editing at once. A refused upgrade reaches scripts only as a close (1006) without an
   * open, whatever the server answered; after a few in a row the API tells why (401, 403, 404, or
   * the version is no longer a draft), and reconnecting stops for those.
   */
  private connectionClosed(code: number): void {
    if (this.connection === 'online') this.connection = 'offline'
    if (code === 4403) return this.stop('revoked')
    this.refusals = this.opened ? 0 : this.refusals + 1
    this.opened = false
    const limit = this.options.refusalsBeforeCheck ?? DEFAULT_REFUSALS_BEFORE_CHECK
    if (this.refusals >= limit && !this.checking) void this.checkWhyRefused()
    this.notify()
  }

  private async checkWhyRefused(): Promise<void> {
    this.checking = true
    try {
      const detail = await this.options.api.getVersion(this.blockId, this.version)
      if (detail.version.state !== 'entwurf') this.stop('notDraft')
      else if (!this.loaded) this.stop('unavailable')
    } catch (error) {
      const status = statusOf(error)
      if (status === 401) this.stop('unauthenticated')
      else if (status === 403) this.stop('forbidden')
      else if (status === 404) this.stop('missing')
      // Unreachable after loading: stay offline and keep trying, the edits are kept.
      else if (!this.loaded) this.stop('unreachable', error)
    } finally {
      this.refusals = 0
      this.checking = false
    }
  }

  private stop(reason: StopReason, error?: unknown): void {
    const provider = this.provider
    if (!provider || this.stopReason !== undefined) return
    this.stopReason = reason
    this.stopError = error
    this.connection = 'stopped'
    // Set now so the reconnect y-websocket already scheduled does nothing; disconnect after the
    // close handler that called us has finished with the socket.
    provider.shouldConnect = false
    queueMicrotask(() => provider.disconnect())
    const failure = this.stopFailure()
    for (const reject of this.stopWaiters) reject(failure)
    this.stopWaiters.clear()
    for (const resolve of this.syncWaiters) resolve()
    this.syncWaiters.clear()
    this.notify()
  }

  private stopFailure(): unknown {
    return this.stopError ?? new CollabStoppedError(this.stopReason ?? 'unavailable')
  }

  private whenSynced(): Promise<void> {
    return new Promise<void>((resolve) => {
      if (this.connection === 'online' || this.stopReason) resolve()
      else this.syncWaiters.add(resolve)
    }).then(() => {
      if (this.stopReason) throw this.stopFailure()
    })
  }

  private whenStopped(): Promise<never> {
    return new Promise((_resolve, reject) => {
      if (this.stopReason) reject(this.stopFailure())
      else this.stopWaiters.add(reject)
    })
  }

  private queueWrite(write: () => Promise<void>): void {
    if (this.status().readOnly) return
    this.pendingWrites++
    this.notify()
    this.writes = this.writes
      .then(write)
      .catch((error: unknown) => {
        this.writeError = error
      })
      .finally(() => {
        this.pendingWrites--
        this.notify()
      })
  }

  private scheduleDerive(): void {
    clearTimeout(this.deriveTimer)
    this.deriveTimer = setTimeout(
      () => void this.deriveNow(),
      this.options.deriveDelayMs ?? DEFAULT_DERIVE_DELAY_MS
    )
  }

  /** Derives the files; a change during a run derives once more after it. */
  private deriveNow(): Promise<void> {
    clearTimeout(this.deriveTimer)
    if (this.derivation) {
      this.deriveAgain = true
      return this.derivation
    }
    this.derivation = (async () => {
      do {
        this.deriveAgain = false
        try {
          const next = await deriveFiles(this.doc)
          if (!sameFiles(next, this.derived)) this.derived = Object.freeze(next)
        } catch (error) {
          // The last good derivation stays; the document itself is unharmed.
          console.error('Deriving the draft files failed', error)
        }
      } while (this.deriveAgain)
      this.derivation = undefined
      this.notify()
    })()
    return this.derivation
  }

  private notify(): void {
    for (const listener of this.listeners) listener()
  }
}

function sameFiles(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) {
  const names = Object.keys(a)
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name])
}
