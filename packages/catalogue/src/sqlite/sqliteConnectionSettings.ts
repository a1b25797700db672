import type Database from 'better-sqlite3'
import { SQLITE_CASE_FOLD } from './sqliteDialect'

/**
 * Connection settings, the same on every connection to the catalogue's file (the store's own and
 * the append thread's). WAL lets readers and one writer work at once; synchronous=FULL makes a
 * commit durable when it returns (at a small cost per write); foreign keys are off by default in
 * SQLite; busy_timeout makes a second connection wait for the write lock instead of failing at once.
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
