import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openPostgresStore, openSqliteStore, type CatalogueStore } from '@bauplan/catalogue'

export type BackendName = 'sqlite' | 'postgres'

/** Where the benchmark's catalogue lives, and how it is measured and removed. */
export interface Backend {
  name: BackendName
  /** Human-readable location (file path or schema), for the report and `--keep`. */
  location: string
  open(): Promise<CatalogueStore>
  /** Brings the database to the state a running installation would be in after a bulk import. */
  settle(): Promise<void>
  /** Bytes on disk of the catalogue: tables, indexes and (SQLite) the write-ahead log. */
  sizeBytes(): Promise<number>
  /** Removes the database, unless it is kept for profiling. */
  dispose(keep: boolean): Promise<void>
}

export function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'bauplan-bench-'))
  const file = join(dir, 'catalogue.sqlite')
  const size = (path: string) => (existsSync(path) ? statSync(path).size : 0)
  return {
    name: 'sqlite',
    location: file,
    open: () => openSqliteStore({ file }),
    // The embedded store runs no ANALYZE of its own, so neither does the benchmark: it measures what a
    // freshly seeded installation does.
    settle: async () => undefined,
    sizeBytes: async () => size(file) + size(`${file}-wal`),
    dispose: async (keep) => {
      if (!keep) rmSync(dir, { recursive: true, force: true })
    },
  }
}

interface PgClient {
  connect(): Promise<void>
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
  end(): Promise<void>
}

// bench/ is not a workspace package, so it has no node_modules of its own; `pg` is taken from the
// catalogue package, which depends on it. Only schema housekeeping goes through this client; every
// measured operation goes through the store.
const requireFromCatalogue = createRequire(
  new URL('../../packages/catalogue/package.json', import.meta.url)
)
const pg = requireFromCatalogue('pg') as {
  Client: new (options: { connectionString: string }) => PgClient
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1', ''])

/** The benchmark talks only to a database on this machine. */
export function requireLocalDatabase(connectionString: string): void {
  const url = new URL(connectionString)
  if (!['postgres:', 'postgresql:'].includes(url.protocol) || !LOCAL_HOSTS.has(url.hostname)) {
    throw new Error(
      `DATABASE_URL must point to a PostgreSQL server on localhost, not "${url.hostname}".`
    )
  }
}

export function postgresBackend(connectionString: string): Backend {
  requireLocalDatabase(connectionString)
  const schema = `bench_catalogue_${Date.now().toString(36)}_${process.pid}`
  const withClient = async <T>(fn: (client: PgClient) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString })
    await client.connect()
    try {
      return await fn(client)
    } finally {
      await client.end()
    }
  }
  return {
    name: 'postgres',
    location: `schema ${schema}`,
    open: () => openPostgresStore({ connectionString, schema }),
    // After a bulk load autovacuum would soon analyze the tables and flush the GIN pending list;
    // doing it now measures that steady state instead of the minutes right after the import.
    settle: () =>
      withClient(async (client) => {
        const { rows } = await client.query(
          `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = $1 AND c.relkind = 'r'`,
          [schema]
        )
        for (const row of rows)
          await client.query(`VACUUM ANALYZE "${schema}"."${String(row.relname)}"`)
      }),
    sizeBytes: () =>
      withClient(async (client) => {
        const { rows } = await client.query(
          `SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)::bigint AS bytes
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = $1 AND c.relkind = 'r'`,
          [schema]
        )
        return Number(rows[0]?.bytes ?? 0)
      }),
    dispose: async (keep) => {
      if (keep) return
      await withClient((client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`))
    },
  }
}
