import Database from 'better-sqlite3'
import { buildStore } from '../core/buildStore'
import { upgradeSearchText } from '../core/searchTextUpgrade'
import { loadMigrations, migrationsDirectory } from '../migrations/loadMigrations'
import type { CatalogueStore } from '../store'
import { SqliteConnection, SqliteExecutor } from './sqliteExecutor'
import { translateSqliteError } from './sqliteErrors'
import { sqliteFullText } from './sqliteFullText'
import { applySqliteMigrations } from './sqliteMigrations'

export interface SqliteStoreOptions {
  /** Path of the database file (created if missing). */
  file: string
  /** Source of "now" for timestamps and expiry checks; tests pass a controllable clock. */
  clock?: () => Date
  /** How long to wait for another process's write lock before failing; default 5000 ms. */
  busyTimeoutMs?: number
}

/** Name of the SQL function that lower-cases text beyond ASCII (see SqlDialect.caseFold). */
export const SQLITE_CASE_FOLD = 'bp_casefold'

/**
 * Connection settings. WAL lets readers and one writer work at once; synchronous=FULL makes a commit
 * durable when it returns (at a small cost per write); foreign keys are off by default in SQLite;
 * busy_timeout makes a second process wait for the write lock instead of failing at once.
 * SQLite's lower() leaves „Ä“ as it is, so case-insensitive filters use a function of our own.
 */
export function configureSqliteConnection(db: Database.Database, busyTimeoutMs: number): void {
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.function(SQLITE_CASE_FOLD, { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? value.toLowerCase() : value
  )
}

/** Opens (and migrates) the embedded SQLite catalogue, the default store. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<CatalogueStore> {
  const clock = options.clock ?? (() => new Date())
  let db: Database.Database
  try {
    db = new Database(options.file)
  } catch (error) {
    throw translateSqliteError(error)
  }
  try {
    configureSqliteConnection(db, options.busyTimeoutMs ?? 5000)
    applySqliteMigrations(db, loadMigrations(migrationsDirectory('sqlite')), clock)
  } catch (error) {
    db.close()
    throw translateSqliteError(error)
  }
  const executor = new SqliteExecutor(new SqliteConnection(db))
  const dialect = {
    binaryCollation: '',
    caseFold: (e: string) => `${SQLITE_CASE_FOLD}(${e})`,
    rowLocks: false,
  }
  try {
    await upgradeSearchText({ ex: executor, clock, fullText: sqliteFullText, dialect })
  } catch (error) {
    await executor.close()
    throw error
  }
  return buildStore({
    executor,
    close: () => executor.close(),
    fullText: sqliteFullText,
    dialect,
    clock,
  })
}
