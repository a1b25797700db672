import type { Database } from 'better-sqlite3'
import { checkApplied, migrationFailed, type Migration } from '../migrations/loadMigrations'

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  checksum TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`

/**
 * Applies pending migrations, each in its own IMMEDIATE transaction (which takes the write lock, so two
 * processes opening the same file at once apply each migration exactly once). Returns the versions
 * applied now.
 */
export function applySqliteMigrations(
  db: Database,
  migrations: readonly Migration[],
  now: () => Date
): number[] {
  db.exec(CREATE_LEDGER)
  const appliedNow: number[] = []
  const ledger = db.prepare<[], { version: number; checksum: string }>(
    'SELECT version, checksum FROM schema_migrations ORDER BY version'
  )
  for (const row of ledger.all()) checkApplied(row, migrations)

  for (const migration of migrations) {
    db.exec('BEGIN IMMEDIATE')
    try {
      // Re-read inside the lock: another process may have applied it since we looked.
      const done = db
        .prepare<[number], { version: number }>(
          'SELECT version FROM schema_migrations WHERE version = ?'
        )
        .get(migration.version)
      if (done === undefined) {
        db.exec(migration.sql)
        db.prepare(
          'INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)'
        ).run(migration.version, migration.name, migration.checksum, now().toISOString())
        appliedNow.push(migration.version)
      }
      db.exec('COMMIT')
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK')
      throw migrationFailed(migration, error)
    }
  }
  return appliedNow
}
