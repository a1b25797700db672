import type { PoolClient } from 'pg'
import { checkApplied, migrationFailed, type Migration } from '../migrations/loadMigrations'

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL
)`

/**
 * Applies pending migrations, each in its own transaction. A transaction-scoped advisory lock per schema
 * makes concurrent openers (several server processes starting at once) take turns; each re-reads the
 * ledger inside the lock. Returns the versions applied now.
 */
export async function applyPostgresMigrations(
  client: PoolClient,
  schema: string,
  migrations: readonly Migration[],
  now: () => Date
): Promise<number[]> {
  const lockKey = `bauplan.migrations.${schema}`
  await client.query('BEGIN')
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey])
    // The name was checked against a strict pattern by the caller, so quoting it is enough.
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`)
    await client.query(CREATE_LEDGER)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }

  const ledger = await client.query<{ version: number; checksum: string }>(
    'SELECT version, checksum FROM schema_migrations ORDER BY version'
  )
  for (const row of ledger.rows) checkApplied(row, migrations)

  const appliedNow: number[] = []
  for (const migration of migrations) {
    await client.query('BEGIN')
    try {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey])
      const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        migration.version,
      ])
      if (done.rowCount === 0) {
        await client.query(migration.sql)
        await client.query(
          'INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)',
          [migration.version, migration.name, migration.checksum, now().toISOString()]
        )
        appliedNow.push(migration.version)
      }
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK')
      throw migrationFailed(migration, error)
    }
  }
  return appliedNow
}
