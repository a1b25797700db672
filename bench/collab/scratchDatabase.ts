// A PostgreSQL database of its own for one benchmark run (the --redis run's two server instances
// share it), created on the local server named by DATABASE_URL and dropped at the end. A whole
// database rather than a schema: the server always works in `public`.
import { createRequire } from 'node:module'
import { requireLocalDatabase } from '../catalogue/backends'

interface PgClient {
  connect(): Promise<void>
  query(sql: string): Promise<unknown>
  end(): Promise<void>
}

// bench/ has no node_modules: `pg` comes from the catalogue package, which depends on it.
const requireFromCatalogue = createRequire(
  new URL('../../packages/catalogue/package.json', import.meta.url)
)
const pg = requireFromCatalogue('pg') as {
  Client: new (options: { connectionString: string }) => PgClient
}

export interface ScratchDatabase {
  url: string
  drop: () => Promise<void>
}

async function run(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export async function createScratchDatabase(baseUrl: string): Promise<ScratchDatabase> {
  requireLocalDatabase(baseUrl)
  const name = `bench_collab_${Date.now().toString(36)}_${process.pid}`
  await run(baseUrl, `CREATE DATABASE ${name}`)
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: () => run(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  }
}
