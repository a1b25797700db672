import pg from 'pg'
import { buildStore } from '../core/buildStore'
import { upgradeSearchText } from '../core/searchTextUpgrade'
import { InvalidInputError } from '../errors'
import { loadMigrations, migrationsDirectory } from '../migrations/loadMigrations'
import type { CatalogueStore } from '../store'
import { translatePostgresError } from './postgresErrors'
import { POSTGRES_DIALECT } from './postgresDialect'
import { PostgresExecutor } from './postgresExecutor'
import { postgresFullText } from './postgresFullText'
import { applyPostgresMigrations } from './postgresMigrations'

export interface PostgresStoreOptions {
  /** e.g. postgres://user@host:5432/db */
  connectionString: string
  /** Schema to keep the catalogue in (created if missing); default `public`. Tests use a fresh one. */
  schema?: string
  clock?: () => Date
  /** Maximum connections in the pool; default 10. */
  poolSize?: number
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

/** Opens (and migrates) the catalogue in PostgreSQL, with a connection pool. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<CatalogueStore> {
  const schema = options.schema ?? 'public'
  if (!SCHEMA_NAME.test(schema)) {
    throw new InvalidInputError('schema', {
      de: `„${schema}“ ist kein zulässiger Schemaname (Kleinbuchstaben, Ziffern, _; höchstens 63 Zeichen).`,
      en: `"${schema}" is not a valid schema name (lower-case letters, digits, _; at most 63 characters).`,
    })
  }
  const clock = options.clock ?? (() => new Date())
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    // Every pooled connection works in the chosen schema (tables, and the trigger functions' lookups).
    options: `-c search_path=${schema}`,
  })
  // An idle connection that breaks (server restart) is dropped by the pool; without a listener the
  // 'error' event would end the process. The next query reports the problem to its caller.
  pool.on('error', () => undefined)
  try {
    const client = await pool.connect()
    try {
      await applyPostgresMigrations(
        client,
        schema,
        loadMigrations(migrationsDirectory('postgres')),
        clock
      )
    } finally {
      client.release()
    }
  } catch (error) {
    await pool.end()
    throw translatePostgresError(error)
  }
  const executor = new PostgresExecutor(pool)
  const dialect = POSTGRES_DIALECT
  try {
    await upgradeSearchText({ ex: executor, clock, fullText: postgresFullText, dialect })
  } catch (error) {
    await executor.close()
    throw error
  }
  return buildStore({
    executor,
    close: () => executor.close(),
    fullText: postgresFullText,
    dialect,
    clock,
  })
}
