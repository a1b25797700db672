import type { NumberedMessage } from './wireFormat'

/**
 * Which local changes the server has stored. The server acknowledges with `saved n`: the first n
 * update messages this connection sent are durable. So each numbered message sent is remembered
 * with the number of local changes made up to then; an acknowledgement of message n covers those.
 *
 * Counting local changes (not Yjs clocks) matters: a pure deletion does not advance the client's
 * clock, but it is a change that must be saved. A change made offline is covered by the sync
 * step 2 sent on reconnecting, which carries everything the server lacks.
 *
 * An update sent on a connection before its sync step 2 carries only the change it was made for,
 * not the changes made while the connection was lost (those travel in the step 2 alone), so its
 * acknowledgement covers nothing here; the step 2's, which follows it, covers both.
 */
/** What an acknowledgement of a message sent before the connection's sync step 2 covers. */
const COVERS_NOTHING = -1

export class SaveTracker {
  private localChanges = 0
  private savedChanges = 0
  /**
   * Per message sent on the current connection (index n-1): the local changes its acknowledgement
   * proves stored (all made before it, or COVERS_NOTHING before the connection's sync step 2).
   */
  private sent: number[] = []
  /** Whether the current connection sent its sync step 2 (everything the server lacked). */
  private synced = false
  private waiters: { target: number; resolve: () => void }[] = []

  /** A local transaction changed the document. */
  noteLocalChange(): void {
    this.localChanges++
  }

  /** A new connection starts: the server numbers its messages from 1 again. */
  connectionStarted(): void {
    this.sent = []
    this.synced = false
  }

  /** A numbered message went out on the current connection. */
  noteSent(message: NumberedMessage): void {
    if (message === 'sync-step-2') this.synced = true
    this.sent.push(this.synced ? this.localChanges : COVERS_NOTHING)
  }

  /** The server stored the first `count` numbered messages of the current connection. */
  noteSaved(count: number): void {
    const covered = this.sent[Math.min(count, this.sent.length) - 1]
    if (covered === undefined || covered <= this.savedChanges) return
    this.savedChanges = covered
    const due = this.waiters.filter((waiter) => waiter.target <= covered)
    this.waiters = this.waiters.filter((waiter) => waiter.target > covered)
    for (const waiter of due) waiter.resolve()
  }

  isDirty(): boolean {
    return this.localChanges > this.savedChanges
  }

  /** Resolves once every local change made until now is stored. */
  whenSaved(): Promise<void> {
    const target = this.localChanges
    if (target <= this.savedChanges) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push({ target, resolve }))
  }
}
