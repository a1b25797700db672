import Database from 'better-sqlite3'
import { refusingMalformed } from '../collab/collabAppendGroup'
import { buildStore } from '../core/buildStore'
import { upgradeSearchText } from '../core/searchTextUpgrade'
import { loadMigrations, migrationsDirectory } from '../migrations/loadMigrations'
import type { CatalogueStore } from '../store'
import { SqliteAppendThread } from './sqliteAppendThread'
import { configureSqliteConnection } from './sqliteConnectionSettings'
import { SQLITE_DIALECT } from './sqliteDialect'
import { SqliteConnection, SqliteExecutor } from './sqliteExecutor'
import { translateSqliteError } from './sqliteErrors'
import { sqliteFullText } from './sqliteFullText'
import { applySqliteMigrations } from './sqliteMigrations'

export { configureSqliteConnection } from './sqliteConnectionSettings'
export { SQLITE_CASE_FOLD } from './sqliteDialect'

export interface SqliteStoreOptions {
  /** Path of the database file (created if missing). */
  file: string
  /** Source of "now" for timestamps and expiry checks; tests pass a controllable clock. */
  clock?: () => Date
  /** How long to wait for another process's write lock before failing; default 5000 ms. */
  busyTimeoutMs?: number
  /**
   * Write the collaboration hub's append groups (`appendCollabUpdates`) on a connection of their
   * own in a worker thread, so their fsync does not block the event loop (sqliteAppendThread.ts).
   * Default: on for a database file; an in-memory database (`:memory:` or '') cannot be shared
   * with a second connection and always writes inline.
   */
  appendThread?: boolean
}

function isInMemory(file: string): boolean {
  return file === '' || file === ':memory:' || file.startsWith('file::memory:')
}

/** Opens (and migrates) the embedded SQLite catalogue, the default store. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<CatalogueStore> {
  const clock = options.clock ?? (() => new Date())
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000
  let db: Database.Database
  try {
    db = new Database(options.file)
  } catch (error) {
    throw translateSqliteError(error)
  }
  try {
    configureSqliteConnection(db, busyTimeoutMs)
    applySqliteMigrations(db, loadMigrations(migrationsDirectory('sqlite')), clock)
  } catch (error) {
    db.close()
    throw translateSqliteError(error)
  }
  const executor = new SqliteExecutor(new SqliteConnection(db))
  try {
    await upgradeSearchText({
      ex: executor,
      clock,
      fullText: sqliteFullText,
      dialect: SQLITE_DIALECT,
    })
  } catch (error) {
    await executor.close()
    throw error
  }
  const thread =
    (options.appendThread ?? true) && !isInMemory(options.file)
      ? new SqliteAppendThread({ file: db.name, busyTimeoutMs })
      : undefined
  return buildStore({
    executor,
    close: async () => {
      // The executor's lock first: a group still out in the thread ends before the thread stops.
      await executor.close()
      await thread?.close()
    },
    fullText: sqliteFullText,
    dialect: SQLITE_DIALECT,
    clock,
    ...(thread === undefined
      ? {}
      : {
          appendCollabGroup: refusingMalformed((inputs) =>
            executor.alongside(() => thread.append(inputs, clock()))
          ),
        }),
  })
}
