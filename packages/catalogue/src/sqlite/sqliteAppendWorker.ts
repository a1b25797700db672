// The body of the SQLite append thread (sqliteAppendThread.ts): its own connection to the
// catalogue's file, on which it writes the append groups it is sent — the same code
// (`appendCollabGroup`) the store runs inline, so the transaction, its statements and its refusals
// are the same; only the COMMIT's fsync waits here instead of on the server's event loop.
import Database from 'better-sqlite3'
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads'
import { appendCollabGroup } from '../collab/collabAppendGroup'
import { errorToTransfer, outcomesToTransfer } from '../collab/collabOutcomeTransfer'
import type { CollabAppendOutcome } from '../collab/collabRecords'
import type { StoreContext } from '../core/context'
import { configureSqliteConnection } from './sqliteConnectionSettings'
import type { AppendReply, AppendRequest, AppendThreadData } from './sqliteAppendMessages'
import { SQLITE_DIALECT } from './sqliteDialect'
import { SqliteConnection, SqliteExecutor } from './sqliteExecutor'
import { translateSqliteError } from './sqliteErrors'
import { sqliteFullText } from './sqliteFullText'

/**
 * The most appends one transaction of the thread takes when it combines queued groups (see
 * `takeQueued`); groups beyond it wait for the next transaction.
 */
export const APPEND_THREAD_MAX_COMMIT_APPENDS = 1024

const port = parentPort
if (port === null) throw new Error('sqliteAppendWorker runs only as a worker thread')
const data = workerData as AppendThreadData

function open(): SqliteExecutor {
  const db = new Database(data.file, { fileMustExist: true })
  try {
    configureSqliteConnection(db, data.busyTimeoutMs)
  } catch (error) {
    db.close()
    throw translateSqliteError(error)
  }
  return new SqliteExecutor(new SqliteConnection(db))
}

let executor: SqliteExecutor | undefined
let openFailure: unknown
let commits = 0

try {
  executor = open()
} catch (error) {
  openFailure = error
}

port.on('message', (request: AppendRequest) => {
  const requests = [request, ...takeQueued(port, request.inputs.length)]
  void write(requests).then((replies) => {
    for (const reply of replies) port.postMessage(reply)
  })
})

/**
 * The groups that arrived while the thread wrote the previous ones: they are written in ONE
 * transaction with `first`'s group. Each COMMIT waits for an fsync, and every transaction writes
 * its pages to the WAL again (an append touches a few 4 KiB pages): with a group per transaction,
 * S1 of bench/collab/relayBench.ts (600 appends a second, mostly groups of one) wrote 12 MB a
 * second, and the disk's write latency grew for as long as the run lasted. Combining only what has
 * already queued adds no wait: an idle thread writes a group at once.
 */
function takeQueued(from: NonNullable<typeof port>, firstAppends: number): AppendRequest[] {
  const queued: AppendRequest[] = []
  let appends = firstAppends
  while (appends < APPEND_THREAD_MAX_COMMIT_APPENDS) {
    const next = receiveMessageOnPort(from)
    if (next === undefined) break
    const request = next.message as AppendRequest
    queued.push(request)
    appends += request.inputs.length
  }
  return queued
}

/** One transaction for all `requests`' appends, in order; each gets its own outcomes back. */
async function write(requests: readonly AppendRequest[]): Promise<AppendReply[]> {
  const commit = ++commits
  if (executor === undefined) {
    return requests.map(({ id }) => ({ id, commit, failure: errorToTransfer(openFailure) }))
  }
  // The latest request's time: the rows are written now, after every one of them was sent.
  const at = new Date(requests[requests.length - 1]?.at ?? Date.now())
  const ctx: StoreContext = {
    ex: executor,
    clock: () => at,
    fullText: sqliteFullText,
    dialect: SQLITE_DIALECT,
  }
  let outcomes: CollabAppendOutcome[]
  try {
    outcomes = await appendCollabGroup(
      ctx,
      requests.flatMap((request) => request.inputs)
    )
  } catch (error) {
    return requests.map(({ id }) => ({ id, commit, failure: errorToTransfer(error) }))
  }
  let position = 0
  return requests.map(({ id, inputs }) => {
    const own = outcomes.slice(position, position + inputs.length)
    position += inputs.length
    return { id, commit, outcomes: outcomesToTransfer(own) }
  })
}
