import type { CollabAppendOutcome, CollabAppendResult, NewCollabUpdate } from './collabRecords'

/** The most appends written in one transaction; more wait for the next group. */
export const COLLAB_MAX_GROUP_APPENDS = 256

interface Waiting {
  input: NewCollabUpdate
  resolve: (result: CollabAppendResult) => void
  reject: (error: unknown) => void
}

/**
 * How many groups may be in flight at once. SQLite runs them one after another anyway (one
 * connection); on PostgreSQL each group is a transaction on its own pooled connection (a few round
 * trips, whatever its size), and while one is in flight the next can already be written.
 */
export const COLLAB_MAX_GROUPS_IN_FLIGHT = 4

/**
 * Group commit for appends: the appends that arrive in the same event-loop turn — or while the
 * groups in flight occupy every slot (PostgreSQL) — are written by one call of `writeGroup` (the
 * store's `appendCollabUpdates`: one transaction of a fixed number of statements). Each append's
 * promise settles only after that transaction has committed, so "acknowledged" still means "durably
 * stored"; a refused append rejects alone. A document's appends are written in arrival order: while
 * one of its appends is in a group in flight, its later ones wait for the next group.
 */
export class CollabGroupCommit {
  private waiting: Waiting[] = []
  private scheduled = false
  private inFlight = 0
  /** Documents with an append in a group in flight. */
  private readonly busy = new Set<string>()

  constructor(
    private readonly writeGroup: (
      inputs: readonly NewCollabUpdate[]
    ) => Promise<CollabAppendOutcome[]>,
    private readonly maxGroupAppends = COLLAB_MAX_GROUP_APPENDS,
    private readonly maxGroupsInFlight = COLLAB_MAX_GROUPS_IN_FLIGHT
  ) {}

  append(input: NewCollabUpdate): Promise<CollabAppendResult> {
    return new Promise<CollabAppendResult>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject })
      this.scheduleWrite()
    })
  }

  private scheduleWrite(): void {
    // With every slot taken, arrivals simply wait: the next group to end starts them.
    if (this.scheduled || this.inFlight >= this.maxGroupsInFlight) return
    this.scheduled = true
    // setImmediate runs after the I/O callbacks of this turn: the messages of every socket that
    // became readable together end up in one group.
    setImmediate(() => {
      this.scheduled = false
      this.startGroups()
    })
  }

  private startGroups(): void {
    while (this.inFlight < this.maxGroupsInFlight) {
      const group = this.takeGroup()
      if (group.length === 0) return
      const keys = [...new Set(group.map(({ input }) => documentKey(input)))]
      for (const key of keys) this.busy.add(key)
      this.inFlight++
      void this.writeOne(group).finally(() => {
        this.inFlight--
        for (const key of keys) this.busy.delete(key)
        this.startGroups()
      })
    }
  }

  /** The next group: waiting appends in order, skipping documents that have one in flight. */
  private takeGroup(): Waiting[] {
    const group: Waiting[] = []
    const rest: Waiting[] = []
    for (const append of this.waiting) {
      if (group.length < this.maxGroupAppends && !this.busy.has(documentKey(append.input))) {
        group.push(append)
      } else {
        rest.push(append)
      }
    }
    this.waiting = rest
    return group
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

function documentKey(input: NewCollabUpdate): string {
  return JSON.stringify([input.blockId, input.version])
}
