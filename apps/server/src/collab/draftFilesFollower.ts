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

export interface DraftFilesFollowerOptions {
  /** Stores the draft's files from its document (the catalogue's `followDraftDocument`). */
  follow: (docName: string) => Promise<void>
  onError: (docName: string, error: unknown) => void
  quietMs?: number
  maxDelayMs?: number
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
  private readonly quietMs: number
  private readonly maxDelayMs: number
  private readonly now: () => number

  constructor(private readonly options: DraftFilesFollowerOptions) {
    this.quietMs = options.quietMs ?? DRAFT_FILES_QUIET_MS
    this.maxDelayMs = options.maxDelayMs ?? DRAFT_FILES_MAX_DELAY_MS
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
    while (this.running.size > 0 || this.pending.size > 0) {
      await Promise.all([...this.running.values()])
      for (const docName of [...this.pending.keys()]) this.start(docName)
    }
  }

  /** Documents waiting for or in a write (for tests and metrics). */
  busyDocuments(): string[] {
    return [...new Set([...this.pending.keys(), ...this.running.keys()])].sort()
  }

  private start(docName: string): void {
    const entry = this.pending.get(docName)
    if (entry?.timer !== undefined) clearTimeout(entry.timer)
    if (entry) entry.timer = undefined
    // One write per document at a time; this one starts when the running write ends.
    if (this.running.has(docName)) return
    this.pending.delete(docName)
    const write = this.options
      .follow(docName)
      .catch((error: unknown) => this.options.onError(docName, error))
      .finally(() => {
        this.running.delete(docName)
        // Updates stored during the write: their timer may have fired while it ran.
        const waiting = this.pending.get(docName)
        if (waiting && waiting.timer === undefined) this.start(docName)
      })
    this.running.set(docName, write)
  }
}
