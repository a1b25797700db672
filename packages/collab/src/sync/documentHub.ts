import * as decoding from 'lib0/decoding'
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate as encodeStates,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { createSeedUpdate, type SeedResult } from '../document/seedDraftDocument'
import { decodeAwarenessUpdate, encodeAwarenessUpdate, stampIdentity } from './awarenessIdentity'
import {
  collectGarbageInProcess,
  EncodedDocumentState,
  isEmptyUpdate,
  type CollectGarbage,
} from './encodedDocumentState'
import { HubRelayLink } from './hubRelayLink'
import type { InstanceRelay } from './instanceRelay'
import { CLOSE_CODES, SYNC_LIMITS, type SyncLimits } from './limits'
import type { DocumentPersistence, StoredLogSize } from './persistence'
import {
  awarenessMessage,
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  permissionDeniedMessage,
  savedMessage,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
} from './protocol'
import { RateLimiter } from './rateLimiter'

/** What the hub needs from a transport (a WebSocket, a Redis bridge, a test double). */
export interface Connection {
  send(message: Uint8Array): void
  close(code: number, reason: string): void
}

export interface ConnectOptions {
  /** Readers (reviewers, other organisations) see the document; their updates are not applied. */
  readOnly: boolean
  /** From the server session; replaces `user` in this connection's awareness states. */
  identity?: Readonly<Record<string, unknown>>
}

export interface DocumentHubOptions {
  persistence: DocumentPersistence
  limits?: Partial<SyncLimits>
  /**
   * The files a new document is seeded from (a draft created from files), or undefined when the
   * document starts empty. Called only when `load` succeeded and found nothing stored.
   */
  seedFiles?: (docName: string) => Promise<Readonly<Record<string, string>> | undefined>
  /** Clock for rate limits (tests pass their own). */
  now?: () => number
  /** Storage and protocol errors, for the server's log. */
  onError?: (docName: string, error: unknown) => void
  /**
   * Called after an update was stored durably and applied, whoever sent it (a connection or
   * `applyServerUpdate`); not for updates given to `applyStoredElsewhere`. For a relay to other
   * server instances and for keeping the draft's files in step. Must not throw.
   */
  onStored?: (docName: string, update: Uint8Array) => void
  /**
   * Called after an update that another instance stored was applied here: one that arrived over
   * the relay (`applyStoredElsewhere`) or that a `resync` found in storage. With several
   * instances, so an instance hears every change of a document it has loaded, whichever instance
   * stored it (the draft files' write-back: docs/collaboration.md § Scale-out). Must not throw.
   */
  onStoredElsewhere?: (docName: string, update: Uint8Array) => void
  /**
   * Other server instances serving the same documents from the same storage (scale-out). Stored
   * updates and awareness go out to them; theirs come in without being stored again. See
   * `HubRelayLink` and docs/collaboration.md § Scale-out.
   */
  relay?: InstanceRelay
  /**
   * Builds a document's state from updates with deleted content collected (`collectGarbage` of
   * encodedDocumentState.ts), for compactions and the hub's own copy. The server passes its
   * worker pool's, so the Y.Doc rebuild (5–25 ms per compaction of a busy document) does not
   * block the event loop; by default it runs in process.
   */
  collectGarbage?: CollectGarbage
  /**
   * Builds the seed of a new document from its files (`createSeedUpdate`: parsing every model,
   * tens of milliseconds, over a second for the largest). The server passes its worker pool's, so
   * the first opening of a large draft does not stop the relay of every other document; by
   * default it runs in process.
   */
  createSeed?: (files: Readonly<Record<string, string>>) => Promise<SeedResult>
}

/** Origin of updates written by the server itself (`applyServerUpdate`). */
export const SERVER_ORIGIN = 'bauplan:server'

/** Origin of updates another instance stored (`applyStoredElsewhere`). */
export const ELSEWHERE_ORIGIN = 'bauplan:elsewhere'

/**
 * Manages loaded documents and their connections, speaking the y-websocket protocol (sync step
 * 1/2, update, awareness) over any transport. Guarantees (see docs/collaboration.md):
 *
 * - an update is applied, relayed to the other connections and acknowledged (`saved`) only after
 *   `persistence.append` resolved; appends of one document run one at a time, in arrival order;
 * - when an append fails, nothing more is acknowledged: every connection of that document is
 *   closed (1011) and the document unloaded, so clients keep their unsaved edits and resend them
 *   on reconnect (sync step 2);
 * - a failed load closes the connection and writes nothing (no seeding over unreadable storage);
 * - read-only connections receive everything, but their updates are neither applied nor stored
 *   (they are told with an auth `permission-denied` message, once);
 * - limits and malformed messages close only the offending connection;
 * - a document is unloaded when its last connection leaves and its appends have settled.
 */
export class DocumentHub {
  private readonly documents = new Map<string, Promise<LoadedDocument>>()
  private readonly ready = new Map<string, LoadedDocument>()
  /**
   * Callers (connections, server writes) waiting for a document to load or about to use it: it
   * is not unloaded meanwhile, even when relayed updates that arrived during the load are applied
   * before the first connection has joined.
   */
  private readonly arriving = new Map<string, number>()
  readonly limits: Readonly<SyncLimits>
  private readonly now: () => number
  private readonly link: HubRelayLink | undefined
  /** @internal Used by LoadedDocument (see DocumentHubOptions.collectGarbage). */
  readonly collectGarbage: CollectGarbage

  constructor(private readonly options: DocumentHubOptions) {
    this.collectGarbage = options.collectGarbage ?? collectGarbageInProcess
    this.limits = Object.freeze({ ...SYNC_LIMITS, ...options.limits })
    this.now = options.now ?? Date.now
    this.link =
      options.relay &&
      new HubRelayLink(options.relay, this, (docName, error) => this.reportError(docName, error))
  }

  /**
   * Opens a connection to a document, loading it when needed. Resolves to the session the
   * transport feeds with `receive`, or undefined when loading failed (the connection is closed).
   */
  async connect(
    docName: string,
    connection: Connection,
    options: ConnectOptions
  ): Promise<HubSession | undefined> {
    let loaded: LoadedDocument
    this.arrive(docName)
    try {
      loaded = await this.load(docName)
      // It may have failed while this connection waited: load it afresh.
      if (loaded.isGone) loaded = await this.load(docName)
    } catch (error) {
      this.depart(docName)
      this.options.onError?.(docName, error)
      connection.close(CLOSE_CODES.internalError, 'document could not be loaded')
      return undefined
    }
    const session = new HubSession(this, loaded, connection, options, this.limits, this.now)
    loaded.sessions.add(session)
    this.depart(docName)
    connection.send(syncStep1Message(loaded.content.stateVector()))
    const states = [...loaded.awareness.getStates().keys()]
    if (states.length > 0) connection.send(awarenessMessage(encodeStates(loaded.awareness, states)))
    return session
  }

  /**
   * Writes a change made on the server (a REST upload into a draft that has a shared document):
   * loads the document when needed, then stores, applies and relays `update` like a connection's,
   * in turn with the document's other appends. Resolves after it is stored; rejects when the
   * document cannot be loaded, is too large, or storage refuses the update (nothing is applied then;
   * a storage failure also closes the document's connections, as for any failed append).
   */
  async applyServerUpdate(docName: string, update: Uint8Array): Promise<void> {
    let loaded: LoadedDocument
    let stored: Promise<void>
    this.arrive(docName)
    try {
      loaded = await this.load(docName)
      if (loaded.isGone) loaded = await this.load(docName)
      if (loaded.storedBytes + update.length > this.limits.maxDocumentBytes) {
        throw new Error(`document ${docName} would exceed ${this.limits.maxDocumentBytes} bytes`)
      }
      loaded.reserve(update.length)
      const target = loaded
      stored = new Promise<void>((resolve, reject) => {
        target.submit({ update, from: SERVER_ORIGIN, stored: resolve, failed: reject })
      })
    } finally {
      // Queued (or failed): the pending append keeps the document loaded from here on.
      this.depart(docName)
    }
    await stored
  }

  /**
   * An update that another server instance has already stored (it arrives over the instance
   * relay): applied to this instance's copy and relayed to its connections, not stored again. A
   * document that is not loaded here is left alone (it is read from storage when it is opened).
   */
  applyStoredElsewhere(docName: string, update: Uint8Array): void {
    const loaded = this.ready.get(docName)
    if (!loaded || loaded.isGone) return
    loaded.enqueue(async () => loaded.applyElsewhere(update))
  }

  /**
   * Re-reads a loaded document's stored log and applies what this instance has not seen (updates
   * whose relay messages were lost), in turn with the document's appends; relayed to the
   * connections like any update. Not loaded here: nothing to do. A failed read is reported and
   * leaves the document as it was (the next resync or reload catches up).
   */
  resync(docName: string): void {
    const loaded = this.ready.get(docName)
    if (!loaded || loaded.isGone) return
    loaded.enqueue(async () => {
      let updates: Uint8Array[]
      try {
        updates = await this.options.persistence.load(docName)
      } catch (error) {
        this.reportError(docName, error)
        return
      }
      loaded.applyStoredLog(updates)
    })
  }

  /** The awareness of a loaded document (for a relay to other instances), or undefined. */
  awarenessOf(docName: string): Awareness | undefined {
    const loaded = this.ready.get(docName)
    return loaded && !loaded.isGone ? loaded.awareness : undefined
  }

  /** Names of the documents in memory (for metrics and tests). */
  loadedDocuments(): string[] {
    return [...this.ready.keys()].sort()
  }

  /**
   * Stops the hub: waits until every queued append has settled (so every acknowledged update is
   * stored and nothing in flight is lost), then closes all connections with 1001. Clients
   * reconnect to another instance or after a restart.
   */
  async shutdown(): Promise<void> {
    const loaded = [...this.ready.values()]
    await Promise.all(loaded.map((document) => document.settled()))
    for (const document of loaded) {
      for (const session of [...document.sessions]) {
        session.closeWith(CLOSE_CODES.goingAway, 'server shutting down')
      }
    }
  }

  /** Resolves when every append of the document that was queued so far has settled. */
  async settled(docName: string): Promise<void> {
    const loaded = await this.documents.get(docName)?.catch(() => undefined)
    await loaded?.settled()
  }

  private load(docName: string): Promise<LoadedDocument> {
    let loading = this.documents.get(docName)
    if (!loading) {
      const current = this.read(docName)
      loading = current
      this.documents.set(docName, current)
      // `read` marks the document ready itself. A failed load is forgotten, so the next
      // connection tries again.
      current.catch(() => {
        if (this.documents.get(docName) === current) this.documents.delete(docName)
      })
    }
    return loading
  }

  private async read(docName: string): Promise<LoadedDocument> {
    // Subscribed before reading: an update another instance stores meanwhile arrives over the
    // relay (and waits in the link until the document is ready) if the read missed it.
    await this.link?.join(docName)
    try {
      const loaded = await this.readStored(docName)
      // Ready before the link applies what waited (applyStoredElsewhere looks it up).
      this.ready.set(docName, loaded)
      this.link?.loaded(docName, loaded.awareness)
      return loaded
    } catch (error) {
      this.link?.unloaded(docName)
      throw error
    }
  }

  private async readStored(docName: string): Promise<LoadedDocument> {
    const { persistence } = this.options
    const updates = await persistence.load(docName)
    let initial = updates
    let storedBytes = updates.reduce((sum, update) => sum + update.length, 0)
    let storedUpdates = updates.length
    if (updates.length === 0 && this.options.seedFiles) {
      const files = await this.options.seedFiles(docName)
      if (files) {
        const seed = await (this.options.createSeed ?? createSeedUpdate)(files)
        if (seed.problems.length > 0) {
          throw new Error(
            `seed of ${docName} refused: ${seed.problems.map((p) => p.code).join(', ')}`
          )
        }
        // Stored before anyone joins; a second server seeding concurrently stores the identical
        // update, which merges to nothing (see createSeedUpdate).
        const size = await persistence.append(docName, seed.update)
        initial = [seed.update]
        storedBytes = size ? size.storedBytes : seed.update.length
        storedUpdates = size ? size.storedUpdates : 1
        // Published like any stored update; an instance that seeded too merges it to nothing.
        this.link?.stored(docName, seed.update)
      }
    }
    // The log as it is (no re-encoding here); a log of several updates may hold deleted content,
    // collected in the background like after a compaction. A single update is a compaction's
    // result (already collected) or a seed or first edit (next to nothing deleted).
    // A hub given its own collect (a worker pool) merges there too, not on the event loop.
    const content = new EncodedDocumentState(initial, {
      deferMerges: this.options.collectGarbage !== undefined,
    })
    const loaded = new LoadedDocument(this, docName, content, { storedBytes, storedUpdates })
    if (initial.length > 1) loaded.collectGarbageInBackground()
    return loaded
  }

  /** @internal Called by LoadedDocument. */
  persistence(): DocumentPersistence {
    return this.options.persistence
  }

  /** @internal Called by LoadedDocument after an update was stored and applied. */
  stored(docName: string, update: Uint8Array): void {
    this.link?.stored(docName, update)
    try {
      this.options.onStored?.(docName, update)
    } catch (error) {
      this.options.onError?.(docName, error)
    }
  }

  /** @internal Called by LoadedDocument after an update another instance stored was applied. */
  storedElsewhere(docName: string, update: Uint8Array): void {
    try {
      this.options.onStoredElsewhere?.(docName, update)
    } catch (error) {
      this.options.onError?.(docName, error)
    }
  }

  /** @internal Whether someone is about to use the document (it must stay loaded). */
  isArriving(docName: string): boolean {
    return (this.arriving.get(docName) ?? 0) > 0
  }

  private arrive(docName: string): void {
    this.arriving.set(docName, (this.arriving.get(docName) ?? 0) + 1)
  }

  /** The caller joined or gave up: a document nobody uses any more may unload now. */
  private depart(docName: string): void {
    const left = (this.arriving.get(docName) ?? 1) - 1
    if (left > 0) return void this.arriving.set(docName, left)
    this.arriving.delete(docName)
    this.ready.get(docName)?.unloadIfIdle()
  }

  /** @internal */
  reportError(docName: string, error: unknown): void {
    this.options.onError?.(docName, error)
  }

  /** @internal Forgets a document that was unloaded or failed. */
  forget(docName: string, loaded: LoadedDocument): void {
    if (this.ready.get(docName) !== loaded) return
    this.ready.delete(docName)
    this.documents.delete(docName)
    this.link?.unloaded(docName)
  }
}

/** An update accepted for storage, waiting in a batch (see LoadedDocument.submit). */
interface QueuedUpdate {
  update: Uint8Array
  /** Who sent it: not relayed back to that session. */
  from: HubSession | typeof SERVER_ORIGIN
  /** After it is stored and relayed: sends `saved`, resolves a server write. */
  stored: () => void
  /** Storage failed (or had failed before): rejects a server write. */
  failed?: (error: unknown) => void
}

/**
 * A document in memory: its encoded state (always equal to what is stored; no Y.Doc, see
 * EncodedDocumentState), awareness and sessions.
 */
class LoadedDocument {
  readonly awareness: Awareness
  readonly sessions = new Set<HubSession>()
  /** Only for the awareness, which needs a document for its clientID; never holds content. */
  private readonly awarenessDoc = new Y.Doc()
  private tail: Promise<void> = Promise.resolve()
  private pendingAppends = 0
  private failed = false
  private unloaded = false
  /**
   * The batch queued last, not yet started: updates submitted meanwhile join it and are appended
   * with it as one update. Closed when it starts or when any other task is queued behind it, so
   * the order of tasks (and of `saved` numbers) is the order of arrival.
   */
  private openBatch: QueuedUpdate[] | undefined
  /**
   * The stored log's size as last known: exact after this instance's appends, compactions and
   * re-reads (storage reports it); in between, updates other instances stored are added, which
   * may count one twice (an upper bound, so the limit errs on the safe side until the next exact
   * figure).
   */
  private confirmedBytes: number
  /** Bytes of updates accepted here and queued, not yet stored. */
  private reservedBytes = 0
  private storedUpdates: number
  /**
   * The compaction or garbage collection running beside the appends, if any: at most one per
   * document; one due meanwhile is skipped (the next stored update asks again).
   */
  private background: Promise<void> | undefined

  constructor(
    private readonly hub: DocumentHub,
    readonly name: string,
    readonly content: EncodedDocumentState,
    stored: { storedBytes: number; storedUpdates: number }
  ) {
    this.confirmedBytes = stored.storedBytes
    this.storedUpdates = stored.storedUpdates
    this.awareness = new Awareness(this.awarenessDoc)
    this.awareness.setLocalState(null)
    this.awareness.on(
      'update',
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
        const changed = [...added, ...updated, ...removed]
        const message = awarenessMessage(encodeStates(this.awareness, changed))
        for (const session of this.sessions) session.send(message)
      }
    )
  }

  /** Stored plus accepted bytes: what the document size limit is checked against. */
  get storedBytes(): number {
    return this.confirmedBytes + this.reservedBytes
  }

  /** Counts an accepted update against the size limit until it is stored. */
  reserve(bytes: number): void {
    this.reservedBytes += bytes
  }

  /** Failed or unloaded: new connections must load the document again. */
  get isGone(): boolean {
    return this.failed || this.unloaded
  }

  /**
   * Runs `task` after every earlier one (appends of a document never overlap). A task that fails
   * fails storage for the whole document; `onFailure` also hears of it (and of a task skipped
   * because storage had failed before).
   */
  enqueue(task: () => Promise<void>, onFailure?: (error: unknown) => void): void {
    this.openBatch = undefined
    this.pendingAppends++
    this.tail = this.tail
      .then(async () => {
        if (this.failed) throw new Error(`storage of ${this.name} failed earlier`)
        await task()
      })
      .catch((error: unknown) => {
        onFailure?.(error)
        this.failStorage(error)
      })
      .finally(() => {
        this.pendingAppends--
        this.unloadIfIdle()
      })
  }

  /**
   * Queues an update (reserved before) for storage. While an append is in flight, the updates
   * arriving meanwhile (of all sessions) gather in one batch, appended as ONE merged update when
   * its turn comes: under load a document costs one storage transaction per append round trip,
   * not one per update.
   */
  submit(entry: QueuedUpdate): void {
    if (this.openBatch) {
      this.openBatch.push(entry)
      return
    }
    const batch = [entry]
    // Nothing in flight: this one starts at once, alone (batching would only add latency).
    const busy = this.pendingAppends > 0
    this.enqueue(
      async () => {
        if (this.openBatch === batch) this.openBatch = undefined
        await this.storeBatch(batch)
      },
      (error) => {
        for (const queued of batch) queued.failed?.(error)
      }
    )
    if (busy) this.openBatch = batch
  }

  /** Resolves when the queued appends and a compaction running beside them have settled. */
  async settled(): Promise<void> {
    while (this.pendingAppends > 0 || this.background) {
      await this.tail
      await this.background
    }
  }

  /**
   * Stores a batch as one update, then adds it to the state, relays each update as received and
   * acknowledges each in order; compacts the log when it has grown long.
   */
  private async storeBatch(batch: readonly QueuedUpdate[]): Promise<void> {
    const persistence = this.hub.persistence()
    const update =
      batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((queued) => queued.update))
    const size = await persistence.append(this.name, update)
    for (const queued of batch) this.reservedBytes -= queued.update.length
    this.confirm(size, update.length)
    this.content.add(update)
    if (this.content.wantsMerge) this.collectGarbageInBackground()
    // Relayed as stored, not only what the state gained: working that out needs the merged state,
    // and a duplicate merges to nothing on the clients. A lone update goes to everyone but its
    // sender; a batch goes out as its merged update to every connection, senders included (they
    // ignore their own part): one frame per connection per batch instead of one per update — with
    // 50 editors at 10 updates/s in one document, ~25,000 frames/s fewer than ~2,500.
    const lone = batch.length === 1 ? batch[0] : undefined
    this.relay(update, lone ? lone.from : undefined)
    this.hub.stored(this.name, update)
    for (const queued of batch) queued.stored()
    if (this.storedUpdates >= this.hub.limits.compactAfterUpdates) this.compactInBackground()
  }

  /**
   * Compacts the stored log, then collects the garbage of this copy, beside the appends rather
   * than in their queue: the merge may take tens of milliseconds (in a worker thread when the
   * server gives the hub its pool), and the document's next appends must not wait for it.
   * Storage compacts optimistically (see DocumentPersistence.compact), so appends of this and
   * other instances go on meanwhile. The merge is built from the rows storage replaces, not from
   * this copy: another instance may have stored updates this one has not received yet.
   */
  private compactInBackground(): void {
    this.runInBackground(async () => {
      const compacted = await this.hub.persistence().compact(this.name, this.hub.collectGarbage)
      // The log's size when storage compacted; appends confirmed since correct it again.
      this.storedUpdates = compacted ? compacted.storedUpdates : 1
      if (compacted) this.confirmedBytes = compacted.storedBytes
      // Merged updates keep deleted content; drop it here too, as rarely as the log's.
      await this.content.collectGarbageWith(this.hub.collectGarbage)
    })
  }

  /**
   * Drops the deleted content of this copy without blocking: after loading a long log, and as the
   * copy's lazy merge when the hub has a collect of its own (`EncodedDocumentState.wantsMerge`).
   */
  collectGarbageInBackground(): void {
    this.runInBackground(async () => {
      await this.content.collectGarbageWith(this.hub.collectGarbage)
    })
  }

  /**
   * Runs `work` unless other background work runs (then it is skipped, not queued). A failure is
   * reported and changes nothing the hub relies on: the log is still complete, and the copy
   * keeps its state. The document stays loaded until the work is done.
   */
  private runInBackground(work: () => Promise<void>): void {
    if (this.background) return
    this.background = work()
      .catch((error: unknown) => this.hub.reportError(this.name, error))
      .finally(() => {
        this.background = undefined
        this.unloadIfIdle()
      })
  }

  private relay(update: Uint8Array, from: HubSession | string | undefined): void {
    const message = updateMessage(update)
    for (const session of this.sessions) if (session !== from) session.send(message)
  }

  /** Adds and relays an update another instance stored (see DocumentHub.applyStoredElsewhere). */
  async applyElsewhere(update: Uint8Array): Promise<void> {
    this.content.add(update)
    if (this.content.wantsMerge) this.collectGarbageInBackground()
    this.relay(update, ELSEWHERE_ORIGIN)
    // The shared log grew by it: counted for the document size limit on this instance too.
    this.confirm(undefined, update.length)
    this.hub.storedElsewhere(this.name, update)
  }

  /**
   * Adds what the stored log has and this state lacks (after lost relay messages) and relays it.
   * Duplicates merge to nothing.
   */
  applyStoredLog(updates: Uint8Array[]): void {
    const missing = Y.diffUpdate(Y.mergeUpdates(updates), this.content.stateVector())
    if (!isEmptyUpdate(missing)) {
      this.content.add(missing)
      if (this.content.wantsMerge) this.collectGarbageInBackground()
      this.relay(missing, ELSEWHERE_ORIGIN)
      this.hub.storedElsewhere(this.name, missing)
    }
    this.confirm(
      {
        storedBytes: updates.reduce((sum, update) => sum + update.length, 0),
        storedUpdates: updates.length,
      },
      0
    )
  }

  /** Takes storage's figure when it gave one, else counts the update on top of the last. */
  private confirm(size: StoredLogSize | void, addedBytes: number): void {
    if (size) {
      this.confirmedBytes = size.storedBytes
      this.storedUpdates = size.storedUpdates
    } else {
      this.confirmedBytes += addedBytes
      this.storedUpdates++
    }
  }

  private failStorage(error: unknown): void {
    if (this.failed) return
    this.failed = true
    this.hub.reportError(this.name, error)
    this.hub.forget(this.name, this)
    for (const session of [...this.sessions]) {
      session.closeWith(CLOSE_CODES.internalError, 'storage failed: changes not saved')
    }
  }

  leave(session: HubSession, awarenessClients: number[]): void {
    this.sessions.delete(session)
    if (awarenessClients.length > 0)
      removeAwarenessStates(this.awareness, awarenessClients, session)
    this.unloadIfIdle()
  }

  /**
   * Unloads the document when nobody uses it. A document with appends in flight (unacknowledged
   * changes) or with callers about to join is never unloaded.
   */
  unloadIfIdle(): void {
    if (this.unloaded || this.sessions.size > 0 || this.pendingAppends > 0) return
    if (this.background) return
    if (this.hub.isArriving(this.name)) return
    this.unloaded = true
    this.hub.forget(this.name, this)
    this.awareness.destroy()
    this.awarenessDoc.destroy()
  }
}

/** One connection to one document. */
export class HubSession {
  private readonly rate: RateLimiter
  private closed = false
  /** Document updates received from this connection (the numbering `saved` refers to). */
  private received = 0
  private deniedOnce = false
  private readonly awarenessClients = new Set<number>()

  constructor(
    private readonly hub: DocumentHub,
    private readonly loaded: LoadedDocument,
    private readonly connection: Connection,
    private options: ConnectOptions,
    private readonly limits: Readonly<SyncLimits>,
    now: () => number
  ) {
    this.rate = new RateLimiter(limits.maxMessagesPerWindow, limits.rateWindowMs, now)
  }

  get isClosed(): boolean {
    return this.closed
  }

  get readOnly(): boolean {
    return this.options.readOnly
  }

  /**
   * Changes the right to write on an open connection (the server re-checks access every few
   * seconds and calls this when a user's role changed): from the next message on, updates are
   * treated by the new right. To take away reading as well, call `revoke`.
   */
  setReadOnly(readOnly: boolean): void {
    this.options = { ...this.options, readOnly }
    this.deniedOnce = false
  }

  /** Access to the document was withdrawn: the connection is closed at once (4403). */
  revoke(): void {
    this.closeWith(CLOSE_CODES.accessRevoked, 'access revoked')
  }

  /** A message from the client. Never throws: bad input closes this connection. */
  receive(message: Uint8Array): void {
    if (this.closed) return
    if (message.length > this.limits.maxFrameBytes) {
      return this.closeWith(CLOSE_CODES.messageTooBig, 'frame too large')
    }
    if (!this.rate.allow()) return this.closeWith(CLOSE_CODES.policyViolation, 'too many messages')
    try {
      this.dispatch(message)
    } catch (error) {
      this.hub.reportError(this.loaded.name, error)
      this.closeWith(CLOSE_CODES.invalidPayload, 'malformed message')
    }
  }

  private dispatch(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message)
    const type = decoding.readVarUint(decoder)
    if (type === MESSAGE_SYNC) {
      const syncType = decoding.readVarUint(decoder)
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        const stateVector = decoding.readVarUint8Array(decoder)
        Y.decodeStateVector(stateVector)
        this.send(syncStep2Message(this.loaded.content.missingFor(stateVector)))
      } else if (
        syncType === syncProtocol.messageYjsSyncStep2 ||
        syncType === syncProtocol.messageYjsUpdate
      ) {
        this.receiveUpdate(decoding.readVarUint8Array(decoder))
      } else {
        throw new Error(`unknown sync message type ${syncType}`)
      }
    } else if (type === MESSAGE_AWARENESS) {
      this.receiveAwareness(decoding.readVarUint8Array(decoder))
    } else if (type === MESSAGE_QUERY_AWARENESS) {
      const clients = [...this.loaded.awareness.getStates().keys()]
      this.send(awarenessMessage(encodeStates(this.loaded.awareness, clients)))
    } else if (type !== MESSAGE_AUTH) {
      throw new Error(`unknown message type ${type}`)
    }
  }

  private receiveUpdate(update: Uint8Array): void {
    if (update.length > this.limits.maxUpdateBytes) {
      return this.closeWith(CLOSE_CODES.messageTooBig, 'update too large')
    }
    // Decoding checks the structure before anything is stored (throws → malformed).
    const empty = isEmptyUpdate(update)
    if (this.options.readOnly) {
      if (!empty && !this.deniedOnce) {
        this.deniedOnce = true
        this.send(permissionDeniedMessage('read-only: changes are not saved'))
      }
      return
    }
    const sequence = ++this.received
    const loaded = this.loaded
    if (empty) {
      loaded.enqueue(async () => this.send(savedMessage(sequence)))
      return
    }
    if (loaded.storedBytes + update.length > this.limits.maxDocumentBytes) {
      return this.closeWith(CLOSE_CODES.policyViolation, 'document size limit reached')
    }
    loaded.reserve(update.length)
    loaded.submit({ update, from: this, stored: () => this.send(savedMessage(sequence)) })
  }

  private receiveAwareness(update: Uint8Array): void {
    // Clients may only speak for themselves: ids another connection announced are dropped.
    const others = new Set<number>()
    for (const session of this.loaded.sessions) {
      if (session !== this) for (const id of session.awarenessClients) others.add(id)
    }
    let entries = decodeAwarenessUpdate(update).filter((entry) => !others.has(entry.clientId))
    if (this.options.identity) entries = stampIdentity(entries, this.options.identity)
    for (const entry of entries) this.awarenessClients.add(entry.clientId)
    if (entries.length > 0) {
      applyAwarenessUpdate(this.loaded.awareness, encodeAwarenessUpdate(entries), this)
    }
  }

  send(message: Uint8Array): void {
    if (this.closed) return
    try {
      this.connection.send(message)
    } catch (error) {
      this.hub.reportError(this.loaded.name, error)
      this.closeWith(CLOSE_CODES.internalError, 'send failed')
    }
  }

  /** The transport closed (or the hub closes it): leave the document. */
  disconnect(): void {
    if (this.closed) return
    this.closed = true
    this.loaded.leave(this, [...this.awarenessClients])
  }

  closeWith(code: number, reason: string): void {
    if (this.closed) return
    this.disconnect()
    this.connection.close(code, reason)
  }
}
