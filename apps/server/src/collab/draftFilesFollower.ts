/**
 * Keeps a draft's files in step with its shared document while it is edited: after editors'
 * updates are stored (the hub's `onStored`), the catalogue re-derives the files from the stored log
 * and stores them as the draft's content — a moment after the last update (`quietMs`), and at
 * least every `maxDelayMs` while updates keep coming, so REST readers, `bauplan pull`, the diff
 * and the checks see the document's state within seconds without a write per keystroke.
 *
 * Each write re-loads the log, rebuilds the document and checks the folder, and it locks the
 * version row that appends lock too: on a busy server that is expensive work competing with the
 * appends (docs/benchmarks.md § relay). So the quiet period is two seconds and a document under
 * continuous editing is written every 30 s; the last write always follows two seconds after its
 * last update (also when its editors have left), shutdown writes at once (`flush`), and a submit
 * derives the files itself.
 *
 * With several server instances (scale-out) one of them writes a document at a time: the holder
 * of its write-back lease (`lease`, writeBackLease.ts). Every instance that has the document
 * loaded schedules writes for all its updates, its own and those stored elsewhere; when a write is
 * due, an instance that cannot take or renew the lease skips it, because the holder sees the same
 * updates and writes them. A skipped write is tried again after `skippedRetryMs`, so updates are
 * not left unwritten when the holder died or unloaded the document before it gave the lease up.
 * The lease is kept while the document stays loaded here (so the writer does not change with
 * every write) and given up when its last write is done and it is no longer loaded, and on
 * shutdown (`releaseAll`). Without a lease (one instance) nothing of this runs.
 */
import type { WriteBackLease } from './writeBackLease'

/** After this long without a new update, the files are written. */
export const DRAFT_FILES_QUIET_MS = 2_000
/** While updates keep coming, the files are written at least this often. */
export const DRAFT_FILES_MAX_DELAY_MS = 30_000
/**
 * Writes running at once, over all documents. Documents edited together reach their 30 s mark
 * together. Each write is started from a `setImmediate` of its own (see `startDue`), never straight
 * from a timer or from the end of the previous write: on the embedded store a write's database work
 * is synchronous and its promises settle at once, so writes started from the timers phase ran back
 * to back in one microtask chain (13 s without serving a socket for 200 drafts, relay p99 of 6 s in
 * bench/collab/relayBench.ts).
 */
export const DRAFT_FILES_MAX_CONCURRENT = 1
/**
 * Least time between the starts of two writes. Each write costs the event loop a few milliseconds
 * of database work and a worker thread tens of milliseconds of derivation; two hundred drafts edited
 * together reach their 30 s mark within a second, and written back to back they kept the loop and
 * both CPUs busy for seconds (relay p99 > 50 ms in that window). Spaced, they are written within
 * 20 s, and an ordinary server — a few drafts being edited — never notices the spacing.
 */
export const DRAFT_FILES_MIN_SPACING_MS = 100
/**
 * A write skipped because another instance holds the lease is tried again after this long (one
 * Redis round trip): longer than `DRAFT_FILES_RELEASE_CHECK_MS`, so a holder that unloaded the
 * document has given the lease up by then.
 */
export const DRAFT_FILES_SKIPPED_RETRY_MS = 10_000
/** How often held leases of documents no longer loaded here (and not waiting) are given up. */
export const DRAFT_FILES_RELEASE_CHECK_MS = 5_000

export interface DraftFilesFollowerOptions {
  /** Stores the draft's files from its document (the catalogue's `followDraftDocument`). */
  follow: (docName: string) => Promise<void>
  onError: (docName: string, error: unknown) => void
  quietMs?: number
  maxDelayMs?: number
  maxConcurrent?: number
  minSpacingMs?: number
  now?: () => number
  /**
   * With several instances: a write runs only while this instance holds the document's lease.
   * Without one, this instance writes every document (and makes no lease calls).
   */
  lease?: WriteBackLease
  /** Whether this instance has the document loaded (hears all its updates); keeps the lease. */
  isLoaded?: (docName: string) => boolean
  skippedRetryMs?: number
  releaseCheckMs?: number
}

/** What the follower did (for tests and metrics). */
export interface DraftFilesFollowerStats {
  /** Writes that stored the files (`follow` resolved). */
  written: number
  /** Due writes skipped because another instance held the lease. */
  skipped: number
}

interface Pending {
  timer: ReturnType<typeof setTimeout> | undefined
  /** When the oldest update not yet written was stored. */
  since: number
}

export class DraftFilesFollower {
  private readonly pending = new Map<string, Pending>()
  /** Writes in progress, one per document at a time. */
  private readonly running = new Map<string, Promise<void>>()
  /** Documents whose write is due but waits for a free slot, in the order they became due. */
  private readonly due = new Set<string>()
  private readonly maxConcurrent: number
  private readonly quietMs: number
  private readonly maxDelayMs: number
  private readonly now: () => number
  private readonly minSpacingMs: number
  private drainScheduled = false
  /** When the last write started (for the spacing). */
  private lastStart = Number.NEGATIVE_INFINITY
  /** Documents whose lease this instance took and has not given up. */
  private readonly held = new Set<string>()
  private releaseCheck: ReturnType<typeof setInterval> | undefined
  private readonly releasing = new Set<Promise<void>>()
  /** While flushing on shutdown, a skipped write is not tried again. */
  private flushing = false
  private readonly counts: DraftFilesFollowerStats = { written: 0, skipped: 0 }

  constructor(private readonly options: DraftFilesFollowerOptions) {
    this.quietMs = options.quietMs ?? DRAFT_FILES_QUIET_MS
    this.maxDelayMs = options.maxDelayMs ?? DRAFT_FILES_MAX_DELAY_MS
    this.maxConcurrent = Math.max(1, options.maxConcurrent ?? DRAFT_FILES_MAX_CONCURRENT)
    this.minSpacingMs = options.minSpacingMs ?? DRAFT_FILES_MIN_SPACING_MS
    this.now = options.now ?? Date.now
  }

  /** An update of the document was stored: write its files soon. */
  schedule(docName: string): void {
    const now = this.now()
    const entry = this.pending.get(docName) ?? { timer: undefined, since: now }
    if (entry.timer !== undefined) clearTimeout(entry.timer)
    const delay = Math.max(0, Math.min(this.quietMs, entry.since + this.maxDelayMs - now))
    entry.timer = setTimeout(() => {
      entry.timer = undefined
      this.start(docName)
    }, delay)
    entry.timer.unref()
    this.pending.set(docName, entry)
  }

  /** Writes every document with unwritten updates now and waits for all writes (on shutdown). */
  async flush(): Promise<void> {
    this.flushing = true
    for (const docName of [...this.pending.keys()]) this.start(docName)
    while (this.running.size > 0 || this.pending.size > 0 || this.due.size > 0) {
      this.startDue()
      await Promise.all([...this.running.values()])
      for (const docName of [...this.pending.keys()]) this.start(docName)
    }
  }

  /** Gives up every lease this instance holds (on shutdown, after `flush`). */
  async releaseAll(): Promise<void> {
    this.stopReleaseCheck()
    for (const docName of [...this.held]) this.release(docName)
    await Promise.all([...this.releasing])
  }

  stats(): DraftFilesFollowerStats {
    return { ...this.counts }
  }

  /** Documents waiting for or in a write (for tests and metrics). */
  busyDocuments(): string[] {
    return [...new Set([...this.pending.keys(), ...this.running.keys(), ...this.due])].sort()
  }

  /**
   * Starts the oldest due write when a slot is free, in a turn of the event loop of its own, and
   * no sooner than `minSpacingMs` after the previous start.
   */
  private scheduleDue(): void {
    if (this.drainScheduled || this.due.size === 0) return
    this.drainScheduled = true
    const drain = () =>
      setImmediate(() => {
        this.drainScheduled = false
        this.startDue()
      })
    const wait = this.lastStart + this.minSpacingMs - this.now()
    if (wait > 0) setTimeout(drain, wait).unref()
    else drain()
  }

  private startDue(): void {
    for (const next of [...this.due]) {
      if (this.running.size >= this.maxConcurrent) break
      if (!this.running.has(next)) this.run(next)
    }
  }

  /** The document's write is due: it queues and starts in a later turn (see scheduleDue). */
  private start(docName: string): void {
    const entry = this.pending.get(docName)
    if (entry?.timer !== undefined) clearTimeout(entry.timer)
    this.pending.delete(docName)
    this.due.add(docName)
    this.scheduleDue()
  }

  private run(docName: string): void {
    this.due.delete(docName)
    this.lastStart = this.now()
    const write = this.writeIfOwner(docName)
      .catch((error: unknown) => this.options.onError(docName, error))
      .finally(() => {
        this.running.delete(docName)
        this.afterWrite(docName)
        // Updates stored during the write whose timer fired meanwhile are in `due` again; the
        // next write starts in a later turn, after the sockets were served.
        this.scheduleDue()
      })
    this.running.set(docName, write)
  }

  private async writeIfOwner(docName: string): Promise<void> {
    const { lease } = this.options
    if (lease) {
      if (!(await lease.acquire(docName))) {
        this.counts.skipped++
        this.held.delete(docName)
        if (!this.flushing) this.retryLater(docName)
        return
      }
      this.held.add(docName)
    }
    await this.options.follow(docName)
    this.counts.written++
  }

  /**
   * Tries a skipped write again later, unless an update arrived meanwhile (its timer will). The
   * holder normally writes the same updates; this catches a holder that died (its lease expires)
   * or that unloaded the document before it gave the lease up.
   */
  private retryLater(docName: string): void {
    if (this.pending.has(docName) || this.due.has(docName)) return
    const entry: Pending = { timer: undefined, since: this.now() }
    entry.timer = setTimeout(() => {
      entry.timer = undefined
      this.start(docName)
    }, this.options.skippedRetryMs ?? DRAFT_FILES_SKIPPED_RETRY_MS)
    entry.timer.unref()
    this.pending.set(docName, entry)
  }

  /** A held lease is given up once the document waits for nothing and is no longer loaded. */
  private afterWrite(docName: string): void {
    if (!this.held.has(docName)) return
    if (this.releasable(docName)) return this.release(docName)
    if (this.releaseCheck !== undefined) return
    this.releaseCheck = setInterval(() => {
      for (const held of [...this.held]) if (this.releasable(held)) this.release(held)
      if (this.held.size === 0) this.stopReleaseCheck()
    }, this.options.releaseCheckMs ?? DRAFT_FILES_RELEASE_CHECK_MS)
    this.releaseCheck.unref()
  }

  private releasable(docName: string): boolean {
    if (this.pending.has(docName) || this.due.has(docName) || this.running.has(docName)) {
      return false
    }
    return !(this.options.isLoaded?.(docName) ?? false)
  }

  private release(docName: string): void {
    const { lease } = this.options
    if (!lease || !this.held.delete(docName)) return
    const releasing = lease.release(docName).finally(() => this.releasing.delete(releasing))
    this.releasing.add(releasing)
  }

  private stopReleaseCheck(): void {
    if (this.releaseCheck !== undefined) clearInterval(this.releaseCheck)
    this.releaseCheck = undefined
  }
}
