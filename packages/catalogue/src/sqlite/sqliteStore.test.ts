import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MigrationError } from '../errors'
import { loadMigrations, migrationsDirectory } from '../migrations/loadMigrations'
import { sha256Hex } from '../contentHash'
import type { CatalogueStore } from '../store'
import { describeStoreContract } from '../test/storeContract'
import { configureSqliteConnection, openSqliteStore } from './openSqliteStore'
import { applySqliteMigrations } from './sqliteMigrations'

const directory = mkdtempSync(join(tmpdir(), 'bauplan-catalogue-'))
let fileCounter = 0
afterAll(() => rmSync(directory, { recursive: true, force: true }))

function freshFile(): string {
  fileCounter += 1
  return join(directory, `catalogue-${fileCounter}.sqlite`)
}

describeStoreContract('SQLite', async (clock) => {
  const file = freshFile()
  let store: CatalogueStore | null = await openSqliteStore({ file, clock })
  // A second, independent connection: what a careless script or an admin with a shell could do.
  const raw = new Database(file)
  return {
    dialect: 'sqlite',
    get store() {
      if (store === null) throw new Error('store is closed')
      return store
    },
    async rawExecute(sql) {
      raw.exec(sql)
    },
    async reopen() {
      await store?.close()
      store = null
      store = await openSqliteStore({ file, clock })
      return store
    },
    async dispose() {
      raw.close()
      await store?.close()
      store = null
    },
  }
})

describe('SQLite adapter specifics', () => {
  it('configures WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const db = new Database(freshFile())
    configureSqliteConnection(db, 1234)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(1234)
    db.close()
  })

  it('rolls back a failing migration completely and records nothing for it', () => {
    const db = new Database(freshFile())
    const good = {
      version: 1,
      name: 'good',
      sql: 'CREATE TABLE a (x INTEGER);',
      checksum: sha256Hex('a'),
    }
    const bad = {
      version: 2,
      name: 'bad',
      sql: 'CREATE TABLE b (x INTEGER); INSERT INTO missing VALUES (1);',
      checksum: sha256Hex('b'),
    }
    expect(() => applySqliteMigrations(db, [good, bad], () => new Date())).toThrow(MigrationError)
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all()
    expect(tables).toEqual(['a', 'schema_migrations'])
    expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual([1])
    db.close()
  })

  it('lets two stores on the same file see each other’s commits', async () => {
    const file = freshFile()
    const one = await openSqliteStore({ file })
    const two = await openSqliteStore({ file })
    await one.createOrganisation({ id: 'sn', name: 'Sachsen', kind: 'land' })
    expect((await two.getOrganisation('sn'))?.name).toBe('Sachsen')
    expect(await two.listAppliedMigrations()).toHaveLength(
      loadMigrations(migrationsDirectory('sqlite')).length
    )
    await one.close()
    await two.close()
  })
})
