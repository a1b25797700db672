import { Worker } from 'node:worker_threads'
import { outcomesFromTransfer, errorFromTransfer } from '../collab/collabOutcomeTransfer'
import type { CollabAppendOutcome, NewCollabUpdate } from '../collab/collabRecords'
import { StorageError } from '../errors'
import type { AppendReply, AppendRequest, AppendThreadData } from './sqliteAppendMessages'

/** What the thread wrote (for tests and metrics). */
export interface AppendThreadStats {
  /** Groups answered. */
  groups: number
  /** Transactions they took: groups that queued while the thread wrote share one. */
  commits: number
}

interface Waiting {
  resolve: (outcomes: CollabAppendOutcome[]) => void
  reject: (error: unknown) => void
}

/**
 * Writes the collaboration hub's append groups on a connection of their own in a worker thread
 * (sqliteAppendWorker.ts). With synchronous=FULL every COMMIT waits for an fsync — ~0.3 ms on a
 * quiet disk, tens of milliseconds while much else is written — and on the store's own connection
 * that wait blocked the server's event loop: no socket was read and no stored update relayed
 * meanwhile (29 % of the event loop's time in bench/collab/relayBench.ts S1). Here only the thread
 * waits. The caller takes turns with the store's own writes (SqliteExecutor.alongside,
 * WriteTurns): groups go out back to back, and the thread writes them in order, but never while
 * the store's connection writes, so neither connection sleeps in SQLite's busy handler for the
 * other; the store's reads go on meanwhile (WAL). Groups that queue while the thread writes are
 * written together in its next transaction (sqliteAppendWorker.ts `takeQueued`).
 *
 * The thread starts with the first group. If it dies, the groups it had are rejected (nothing of a
 * group whose COMMIT did not return is acknowledged) and the next group starts a new thread.
 */
export class SqliteAppendThread {
  private worker: Worker | undefined
  private readonly waiting = new Map<number, Waiting>()
  private nextId = 1
  private closed = false
  private readonly counts: AppendThreadStats = { groups: 0, commits: 0 }
  /** The thread's number of the transaction that answered last. */
  private lastCommit: number | undefined

  /** `entry` is the thread's module; tests pass one that fails on purpose. */
  constructor(
    private readonly data: AppendThreadData,
    private readonly entry: URL = new URL('./sqliteAppendWorkerBoot.mjs', import.meta.url)
  ) {}

  append(inputs: readonly NewCollabUpdate[], at: Date): Promise<CollabAppendOutcome[]> {
    if (this.closed) return Promise.reject(new StorageError({ cause: new Error('store closed') }))
    const worker = this.started()
    const request: AppendRequest = { id: this.nextId++, inputs: [...inputs], at: at.toISOString() }
    return new Promise<CollabAppendOutcome[]>((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject })
      // Keep the process alive only while a group is out: an idle thread must not hold it open.
      worker.ref()
      worker.postMessage(request)
    })
  }

  stats(): AppendThreadStats {
    return { ...this.counts }
  }

  async close(): Promise<void> {
    this.closed = true
    const worker = this.worker
    this.worker = undefined
    if (worker !== undefined) await worker.terminate()
    this.failAll(new StorageError({ cause: new Error('store closed') }))
  }

  private started(): Worker {
    if (this.worker !== undefined) return this.worker
    const worker = new Worker(this.entry, {
      workerData: this.data,
      // The parent's node flags (a profiler, a preload) are not the thread's business.
      execArgv: [],
    })
    worker.on('message', (reply: AppendReply) => this.settle(reply))
    worker.on('error', (error) => this.lost(worker, error))
    worker.on('exit', (code) => this.lost(worker, new Error(`append thread exited (${code})`)))
    worker.unref()
    this.worker = worker
    return worker
  }

  private settle(reply: AppendReply): void {
    const waiting = this.waiting.get(reply.id)
    if (waiting === undefined) return
    this.waiting.delete(reply.id)
    this.counts.groups++
    if (reply.commit !== this.lastCommit) this.counts.commits++
    this.lastCommit = reply.commit
    if (this.waiting.size === 0) this.worker?.unref()
    if ('failure' in reply) waiting.reject(errorFromTransfer(reply.failure))
    else waiting.resolve(outcomesFromTransfer(reply.outcomes))
  }

  private lost(worker: Worker, cause: unknown): void {
    if (this.worker !== worker) return
    this.worker = undefined
    this.lastCommit = undefined
    this.failAll(new StorageError({ cause }))
  }

  private failAll(error: unknown): void {
    const waiting = [...this.waiting.values()]
    this.waiting.clear()
    for (const { reject } of waiting) reject(error)
  }
}
