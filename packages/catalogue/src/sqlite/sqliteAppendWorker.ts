// The body of the SQLite append thread (sqliteAppendThread.ts): its own connection to the
// catalogue's file, on which it writes the append groups it is sent — the same code
// (`appendCollabGroup`) the store runs inline, so the transaction, its statements and its refusals
// are the same; only the COMMIT's fsync waits here instead of on the server's event loop.
import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { appendCollabGroup } from '../collab/collabAppendGroup'
import { errorToTransfer, outcomesToTransfer } from '../collab/collabOutcomeTransfer'
import type { StoreContext } from '../core/context'
import { configureSqliteConnection } from './sqliteConnectionSettings'
import type { AppendReply, AppendRequest, AppendThreadData } from './sqliteAppendMessages'
import { SQLITE_DIALECT } from './sqliteDialect'
import { SqliteConnection, SqliteExecutor } from './sqliteExecutor'
import { translateSqliteError } from './sqliteErrors'
import { sqliteFullText } from './sqliteFullText'

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

try {
  executor = open()
} catch (error) {
  openFailure = error
}

port.on('message', (request: AppendRequest) => {
  void write(request).then((reply) => port.postMessage(reply))
})

async function write(request: AppendRequest): Promise<AppendReply> {
  if (executor === undefined) return { id: request.id, failure: errorToTransfer(openFailure) }
  const at = new Date(request.at)
  const ctx: StoreContext = {
    ex: executor,
    clock: () => at,
    fullText: sqliteFullText,
    dialect: SQLITE_DIALECT,
  }
  try {
    return {
      id: request.id,
      outcomes: outcomesToTransfer(await appendCollabGroup(ctx, request.inputs)),
    }
  } catch (error) {
    return { id: request.id, failure: errorToTransfer(error) }
  }
}
