import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import type { StoreContext } from '../core/context'
import type { SqlExecutor, SqlValue } from '../core/sqlExecutor'
import type { VersionKey } from '../model/inputs'
import { openPostgresStore } from '../postgres/openPostgresStore'
import { POSTGRES_DIALECT } from '../postgres/postgresDialect'
import { PostgresExecutor } from '../postgres/postgresExecutor'
import { postgresFullText } from '../postgres/postgresFullText'
import { configureSqliteConnection, openSqliteStore } from '../sqlite/openSqliteStore'
import { SqliteConnection, SqliteExecutor } from '../sqlite/sqliteExecutor'
import { SQLITE_DIALECT } from '../sqlite/sqliteDialect'
import { sqliteFullText } from '../sqlite/sqliteFullText'
import type { CatalogueStore } from '../store'
import { seedDraft } from '../test/contract/fixtures'
import { appendCollabGroup } from './collabAppendGroup'

// The point of group commit: a group costs the same number of statements (PostgreSQL: round trips,
// each holding the documents' locks a little longer) whatever its size. Counted on the real
// databases through an executor that records what it is asked to run.

/** Passes everything on to the real executor and records each statement and atomic section. */
class RecordingExecutor implements SqlExecutor {
  constructor(
    private readonly inner: SqlExecutor,
    readonly log: string[] = []
  ) {}

  all(sql: string, params?: readonly SqlValue[]) {
    this.log.push(sql.trim().split(/\s+/)[0] ?? '')
    return this.inner.all(sql, params)
  }

  run(sql: string, params?: readonly SqlValue[]) {
    this.log.push(sql.trim().split(/\s+/)[0] ?? '')
    return this.inner.run(sql, params)
  }

  atomic<T>(fn: (ex: SqlExecutor) => Promise<T>): Promise<T> {
    this.log.push('atomic')
    return this.inner.atomic((ex) => fn(new RecordingExecutor(ex, this.log)))
  }
}

interface Target {
  store: CatalogueStore
  /** A second executor on the same database, beside the store's own. */
  executor: SqlExecutor
  context: (ex: SqlExecutor) => StoreContext
  close: () => Promise<void>
}

const directory = mkdtempSync(join(tmpdir(), 'bauplan-collab-statements-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

async function sqliteTarget(): Promise<Target> {
  const file = join(directory, 'catalogue.sqlite')
  const store = await openSqliteStore({ file })
  const db = new Database(file)
  configureSqliteConnection(db, 5000)
  const executor = new SqliteExecutor(new SqliteConnection(db))
  return {
    store,
    executor,
    context: (ex) => ({
      ex,
      clock: () => new Date(),
      fullText: sqliteFullText,
      dialect: SQLITE_DIALECT,
    }),
    close: async () => {
      await executor.close()
      await store.close()
    },
  }
}

async function postgresTarget(connectionString: string): Promise<Target> {
  const schema = `collab_statements_${process.pid}_${Date.now()}`
  const store = await openPostgresStore({ connectionString, schema, poolSize: 2 })
  const pool = new pg.Pool({ connectionString, max: 2, options: `-c search_path=${schema}` })
  const executor = new PostgresExecutor(pool)
  return {
    store,
    executor,
    context: (ex) => ({
      ex,
      clock: () => new Date(),
      fullText: postgresFullText,
      dialect: POSTGRES_DIALECT,
    }),
    close: async () => {
      await store.close()
      await pool.query(`DROP SCHEMA "${schema}" CASCADE`)
      await executor.close()
    },
  }
}

async function statementsPerGroup(target: Target, sizes: readonly number[]): Promise<string[][]> {
  const drafts: VersionKey[] = []
  for (let index = 0; index < 8; index++)
    drafts.push(await seedDraft(target.store, `zahl-${index}`))
  const logs: string[][] = []
  for (const size of sizes) {
    const recording = new RecordingExecutor(target.executor)
    const inputs = Array.from({ length: size }, (_, index) => ({
      ...(drafts[index % drafts.length] as VersionKey),
      update: new Uint8Array([index + 1]),
      maxDocumentBytes: 1_000_000,
    }))
    const outcomes = await appendCollabGroup(target.context(recording), inputs)
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true)
    logs.push(recording.log)
  }
  return logs
}

const SIZES = [1, 2, 8, 64, 256]

describe('appendCollabGroup: statements per group', () => {
  it('SQLite: lock, totals, insert, totals — whatever the group size', async () => {
    const target = await sqliteTarget()
    try {
      const logs = await statementsPerGroup(target, SIZES)
      for (const log of logs) {
        expect(log).toEqual(['atomic', 'SELECT', 'SELECT', 'INSERT', 'INSERT'])
      }
    } finally {
      await target.close()
    }
  })

  const url = process.env.DATABASE_URL
  it.skipIf(!url)(
    'PostgreSQL: one statement (collab_append_group) — whatever the group size',
    async () => {
      const target = await postgresTarget(url ?? '')
      try {
        const logs = await statementsPerGroup(target, SIZES)
        for (const log of logs) expect(log).toEqual(['SELECT'])
      } finally {
        await target.close()
      }
    },
    30_000
  )
})
