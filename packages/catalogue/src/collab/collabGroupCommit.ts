import type { CollabAppendOutcome, CollabAppendResult, NewCollabUpdate } from './collabRecords'

/** The most appends written in one transaction; more wait for the next group. */
export const COLLAB_MAX_GROUP_APPENDS = 256

interface Waiting {
  input: NewCollabUpdate
  resolve: (result: CollabAppendResult) => void
  reject: (error: unknown) => void
}

/**
 * Group commit for appends: every append that arrives in the same event-loop turn — or while the
 * previous group's transaction is still in flight (PostgreSQL) — is written by one call of
 * `writeGroup` (the store's `appendCollabUpdates`: one transaction, a savepoint per append).
 * Each append's promise settles only after that transaction has committed, so "acknowledged"
 * still means "durably stored"; a refused append rejects alone. Appends are written in arrival
 * order, one group at a time.
 */
export class CollabGroupCommit {
  private waiting: Waiting[] = []
  private scheduled = false
  private writing = false

  constructor(
    private readonly writeGroup: (
      inputs: readonly NewCollabUpdate[]
    ) => Promise<CollabAppendOutcome[]>,
    private readonly maxGroupAppends = COLLAB_MAX_GROUP_APPENDS
  ) {}

  append(input: NewCollabUpdate): Promise<CollabAppendResult> {
    return new Promise<CollabAppendResult>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject })
      this.scheduleWrite()
    })
  }

  private scheduleWrite(): void {
    // While a group is being written, arrivals simply wait: the writer takes them next.
    if (this.scheduled || this.writing) return
    this.scheduled = true
    // setImmediate runs after the I/O callbacks of this turn: the messages of every socket that
    // became readable together end up in one group.
    setImmediate(() => {
      this.scheduled = false
      void this.writeWaiting()
    })
  }

  private async writeWaiting(): Promise<void> {
    this.writing = true
    try {
      while (this.waiting.length > 0) {
        const group = this.waiting.splice(0, this.maxGroupAppends)
        await this.writeOne(group)
      }
    } finally {
      this.writing = false
    }
  }

  private async writeOne(group: Waiting[]): Promise<void> {
    let outcomes: CollabAppendOutcome[]
    try {
      outcomes = await this.writeGroup(group.map(({ input }) => input))
    } catch (error) {
      // The transaction failed as a whole: nothing of this group is stored.
      for (const append of group) append.reject(error)
      return
    }
    group.forEach((append, index) => {
      const outcome = outcomes[index]
      if (outcome === undefined) append.reject(new TypeError('the group write returned no outcome'))
      else if (outcome.ok) append.resolve(outcome.result)
      else append.reject(outcome.error)
    })
  }
}
