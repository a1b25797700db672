import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { configureSqliteConnection } from './sqliteConnectionSettings'
import { SqliteConnection, SqliteExecutor } from './sqliteExecutor'

// A relaxed transaction (AtomicOptions) commits without waiting for an fsync: synchronous=NORMAL
// for that transaction only, FULL again before any other write on the connection.

const directory = mkdtempSync(join(tmpdir(), 'bauplan-relaxed-commit-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const FULL = 2
const NORMAL = 1

function open(name: string): { db: Database.Database; ex: SqliteExecutor } {
  const db = new Database(join(directory, name))
  configureSqliteConnection(db, 1000)
  db.exec('CREATE TABLE notes (text TEXT NOT NULL)')
  return { db, ex: new SqliteExecutor(new SqliteConnection(db)) }
}

const synchronous = (db: Database.Database) => Number(db.pragma('synchronous', { simple: true }))

describe('SQLite relaxed commits', () => {
  it('commit one transaction with synchronous=NORMAL and restore FULL afterwards', async () => {
    const { db, ex } = open('relaxed.sqlite')
    try {
      const inside: number[] = []
      await ex.atomic(
        async (tx) => {
          inside.push(synchronous(db))
          await tx.run('INSERT INTO notes (text) VALUES (?)', ['abgeleitet'])
        },
        { durability: 'relaxed' }
      )
      expect(inside).toEqual([NORMAL])
      expect(synchronous(db)).toBe(FULL)
      await ex.atomic(async (tx) => {
        inside.push(synchronous(db))
        await tx.run('INSERT INTO notes (text) VALUES (?)', ['dauerhaft'])
      })
      expect(inside).toEqual([NORMAL, FULL])
      expect(await ex.all('SELECT text FROM notes ORDER BY rowid')).toEqual([
        { text: 'abgeleitet' },
        { text: 'dauerhaft' },
      ])
    } finally {
      await ex.close()
    }
  })

  it('restore FULL when the relaxed transaction fails, and keep nothing of it', async () => {
    const { db, ex } = open('failed.sqlite')
    try {
      const failing = ex.atomic(
        async (tx) => {
          await tx.run('INSERT INTO notes (text) VALUES (?)', ['verworfen'])
          throw new Error('abort')
        },
        { durability: 'relaxed' }
      )
      await expect(failing).rejects.toThrow('abort')
      expect(synchronous(db)).toBe(FULL)
      expect(await ex.all('SELECT text FROM notes')).toEqual([])
    } finally {
      await ex.close()
    }
  })
})
