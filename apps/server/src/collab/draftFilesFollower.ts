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
 */

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

export interface DraftFilesFollowerOptions {
  /** Stores the draft's files from its document (the catalogue's `followDraftDocument`). */
  follow: (docName: string) => Promise<void>
  onError: (docName: string, error: unknown) => void
  quietMs?: number
  maxDelayMs?: number
  maxConcurrent?: number
  minSpacingMs?: number
  now?: () => number
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
    for (const docName of [...this.pending.keys()]) this.start(docName)
    while (this.running.size > 0 || this.pending.size > 0 || this.due.size > 0) {
      this.startDue()
      await Promise.all([...this.running.values()])
      for (const docName of [...this.pending.keys()]) this.start(docName)
    }
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
    const write = this.options
      .follow(docName)
      .catch((error: unknown) => this.options.onError(docName, error))
      .finally(() => {
        this.running.delete(docName)
        // Updates stored during the write whose timer fired meanwhile are in `due` again; the
        // next write starts in a later turn, after the sockets were served.
        this.scheduleDue()
      })
    this.running.set(docName, write)
  }
}
