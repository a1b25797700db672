import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll } from 'vitest'
import { openPostgresStore } from '../../postgres/openPostgresStore'
import { openSqliteStore } from '../../sqlite/openSqliteStore'
import type { CatalogueStore } from '../../store'

export type OpenStore = () => Promise<CatalogueStore>

export interface Backend {
  name: 'SQLite' | 'PostgreSQL'
  open: OpenStore
}

const directory = mkdtempSync(join(tmpdir(), 'bauplan-lifecycle-'))
let files = 0
afterAll(() => rmSync(directory, { recursive: true, force: true }))

/** A fresh SQLite catalogue in its own temporary file. */
export const sqlite: Backend = {
  name: 'SQLite',
  open: () => {
    files += 1
    return openSqliteStore({ file: join(directory, `lifecycle-${files}.sqlite`) })
  },
}

const url = process.env.DATABASE_URL
const runPrefix = `bp_life_${process.pid}_${Date.now().toString(36)}`
let schemas = 0

if (url) {
  afterAll(async () => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    const found = await client.query<{ nspname: string }>(
      'SELECT nspname FROM pg_namespace WHERE nspname LIKE $1',
      [`${runPrefix}\\_%`]
    )
    for (const { nspname } of found.rows) await client.query(`DROP SCHEMA "${nspname}" CASCADE`)
    await client.end()
  })
}

/**
 * The backends to run the core lifecycle against: SQLite always, PostgreSQL when DATABASE_URL is set
 * (CI sets it). Without it the PostgreSQL run is skipped — loudly, so nobody mistakes it for a pass.
 */
export function lifecycleBackends(): Backend[] {
  if (!url) {
    console.warn(
      'Lifecycle tests on PostgreSQL SKIPPED: DATABASE_URL is not set ' +
        '(e.g. DATABASE_URL=postgres://root@127.0.0.1:5432/test).'
    )
    return [sqlite]
  }
  return [
    sqlite,
    {
      name: 'PostgreSQL',
      open: () => {
        schemas += 1
        return openPostgresStore({
          connectionString: url,
          schema: `${runPrefix}_${schemas}`,
          poolSize: 2,
        })
      },
    },
  ]
}
