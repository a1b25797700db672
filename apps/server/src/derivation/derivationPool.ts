import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { DerivationReply, DerivationRequest } from './derivationMessages'
import type { SeedResult } from '@bauplan/collab'
import type { DerivationTaskName, DerivationTasks } from './derivationTasks'

/**
 * Worker threads for the server's CPU-heavy pure work (derivationTasks.ts): deriving a draft's
 * files from its shared document, checking folders, building the seed of a new document, and
 * merging a document's state with its garbage collected (compaction, the hub's lazy merges). On
 * the event loop one such call blocks every socket for tens of milliseconds, and
 * drafts edited together need hundreds of them; in the pool they run beside the loop, which keeps
 * serving edits (docs/decisions/0013).
 *
 * Workers start on first use (a server that never derives pays nothing) and stay until `close`.
 * A worker that dies (crash, out of memory) fails only the tasks it was running, with an error;
 * the next task starts a new one. Tasks wait in one queue and go to the first idle worker, one
 * task per worker at a time.
 */
export interface DerivationPoolOptions {
  /** Worker threads at most; default: one less than the CPUs, at least 1, at most 4. */
  size?: number
  /**
   * Heap limit of a worker (MiB). Default: V8's own, as for the main thread — a document may hold
   * up to 32 MiB of updates (`SYNC_LIMITS.maxDocumentBytes`), and rebuilding it takes many times
   * that; a lower limit would fail derivations the main thread used to manage. A worker that
   * exceeds its limit ends alone; the server goes on.
   */
  maxOldGenerationSizeMb?: number
}

const WORKER_ENTRY = new URL('./derivationWorkerBoot.mjs', import.meta.url)

interface Queued {
  request: DerivationRequest
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

interface PoolWorker {
  worker: Worker
  /** The task it runs, if any. */
  current: Queued | undefined
}

export class DerivationPool implements DerivationTasks {
  readonly size: number
  private readonly heapMb: number | undefined
  private readonly workers = new Set<PoolWorker>()
  private readonly queue: Queued[] = []
  private nextId = 1
  private closed = false

  constructor(options: DerivationPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(4, availableParallelism() - 1))
    this.heapMb = options.maxOldGenerationSizeMb
  }

  deriveFiles(updates: Uint8Array[]): Promise<Record<string, string>> {
    return this.run('deriveFiles', updates) as Promise<Record<string, string>>
  }

  checkFolder(files: Record<string, string>): ReturnType<DerivationTasks['checkFolder']> {
    return this.run('checkFolder', files) as ReturnType<DerivationTasks['checkFolder']>
  }

  /**
   * An arrow, not a method: the hub is handed this function alone (`collectGarbage:
   * app.derivation.collectGarbage`). Updates are copied to the worker, the result back.
   */
  readonly collectGarbage = (updates: Uint8Array[]): Promise<Uint8Array> =>
    this.run('collectGarbage', updates) as Promise<Uint8Array>

  /** An arrow for the same reason (`createSeed: app.derivation.createSeed`). */
  readonly createSeed = (files: Readonly<Record<string, string>>): Promise<SeedResult> =>
    this.run('createSeed', { ...files }) as Promise<SeedResult>

  /** Worker threads running now (for tests and metrics). */
  get running(): number {
    return this.workers.size
  }

  /** Ends every worker; waiting and running tasks fail. */
  async close(): Promise<void> {
    this.closed = true
    const stopped = new Error('the derivation pool was closed')
    for (const queued of this.queue.splice(0)) queued.reject(stopped)
    const workers = [...this.workers]
    this.workers.clear()
    for (const entry of workers) entry.current?.reject(stopped)
    await Promise.all(workers.map((entry) => entry.worker.terminate()))
  }

  private run(task: DerivationTaskName, input: unknown): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the derivation pool was closed'))
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, task, input }, resolve, reject })
      this.dispatch()
    })
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const idle = [...this.workers].find((entry) => entry.current === undefined)
      const entry = idle ?? (this.workers.size < this.size ? this.spawn() : undefined)
      if (!entry) return
      const queued = this.queue.shift() as Queued
      entry.current = queued
      // Busy, it keeps the process alive until the answer is in; idle, it does not.
      entry.worker.ref()
      entry.worker.postMessage(queued.request)
    }
  }

  private spawn(): PoolWorker {
    const worker = new Worker(WORKER_ENTRY, {
      // Not the server's own flags: a worker inherits them by default, preloads included (a
      // benchmark's probe that talks to its parent over IPC crashed every worker). The entry
      // registers the TypeScript loader itself.
      execArgv: [],
      ...(this.heapMb === undefined
        ? {}
        : { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } }),
    })
    // An idle pool does not keep the process alive (tests, CLI use of the app).
    worker.unref()
    const entry: PoolWorker = { worker, current: undefined }
    worker.on('message', (reply: DerivationReply) => this.settle(entry, reply))
    worker.on('error', (error) => this.lose(entry, error))
    worker.on('exit', (code) => this.lose(entry, new Error(`derivation worker exited (${code})`)))
    this.workers.add(entry)
    return entry
  }

  private settle(entry: PoolWorker, reply: DerivationReply): void {
    const queued = entry.current
    if (!queued || queued.request.id !== reply.id) return
    entry.current = undefined
    entry.worker.unref()
    if (reply.ok) queued.resolve(reply.value)
    else queued.reject(Object.assign(new Error(reply.error.message), reply.error))
    this.dispatch()
  }

  /** The worker died: its task fails, the others go on (a new worker starts when needed). */
  private lose(entry: PoolWorker, error: Error): void {
    if (!this.workers.delete(entry)) return
    const queued = entry.current
    entry.current = undefined
    queued?.reject(
      Object.assign(new Error(`derivation failed: ${error.message}`), { cause: error })
    )
    void entry.worker.terminate()
    if (!this.closed) this.dispatch()
  }
}
