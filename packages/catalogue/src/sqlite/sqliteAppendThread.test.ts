import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CatalogueError, StorageError } from '../errors'
import type { VersionKey } from '../model/inputs'
import type { CatalogueStore } from '../store'
import { collabDocumentName } from '../collab/collabDocumentName'
import { createCollabPersistence } from '../collab/createCollabPersistence'
import { seedDraft } from '../test/contract/fixtures'
import { openSqliteStore } from './openSqliteStore'
import { SqliteAppendThread } from './sqliteAppendThread'

const directory = mkdtempSync(join(tmpdir(), 'bauplan-append-thread-'))
let files = 0
afterAll(() => rmSync(directory, { recursive: true, force: true }))

function freshFile(): string {
  files += 1
  return join(directory, `catalogue-${files}.sqlite`)
}

const LIMIT = 1024

function update(...values: number[]): Uint8Array {
  return Uint8Array.from(values)
}

/** Appends one update and records whether a later turn of the event loop ran before it was stored. */
async function appendAndWatchTheLoop(
  store: CatalogueStore,
  draft: VersionKey
): Promise<('loop' | 'stored')[]> {
  const order: ('loop' | 'stored')[] = []
  const append = store.appendCollabUpdates([
    { ...draft, update: update(1), maxDocumentBytes: LIMIT },
  ])
  setImmediate(() => order.push('loop'))
  await append
  order.push('stored')
  await new Promise((resolve) => setImmediate(resolve))
  return order
}

describe('SQLite append thread', () => {
  it('stores append groups from a thread while the event loop goes on; inline it waits', async () => {
    const threaded = await openSqliteStore({ file: freshFile() })
    const inline = await openSqliteStore({ file: freshFile(), appendThread: false })
    try {
      const one = await seedDraft(threaded, 'faden')
      const two = await seedDraft(inline, 'faden')
      // The thread answers with a message, a turn of its own: the loop ran meanwhile. Inline, the
      // whole transaction (and its fsync) ran before the loop could do anything else.
      expect(await appendAndWatchTheLoop(threaded, one)).toEqual(['loop', 'stored'])
      expect(await appendAndWatchTheLoop(inline, two)).toEqual(['stored', 'loop'])
      expect(await threaded.loadCollabUpdates(one)).toEqual([update(1)])
    } finally {
      await threaded.close()
      await inline.close()
    }
  })

  it('writes the same log and reports the same outcomes as the inline path', async () => {
    const stores = [
      await openSqliteStore({ file: freshFile() }),
      await openSqliteStore({ file: freshFile(), appendThread: false }),
    ]
    try {
      const results = []
      for (const store of stores) {
        const draft = await seedDraft(store, 'vergleich')
        const outcomes = await store.appendCollabUpdates([
          { ...draft, update: update(1, 2), maxDocumentBytes: LIMIT },
          { ...draft, update: new Uint8Array(LIMIT), maxDocumentBytes: LIMIT },
          { ...draft, update: new Uint8Array(0), maxDocumentBytes: LIMIT },
          { blockId: draft.blockId, version: '9.9.9', update: update(3), maxDocumentBytes: LIMIT },
          { ...draft, update: update(4), maxDocumentBytes: LIMIT },
        ])
        const single = await store.appendCollabUpdate({
          ...draft,
          update: update(5),
          maxDocumentBytes: LIMIT,
        })
        results.push({
          outcomes: outcomes.map((outcome) =>
            outcome.ok
              ? outcome.result
              : [
                  (outcome.error as Error).constructor.name,
                  (outcome.error as CatalogueError).problem,
                ]
          ),
          single,
          log: await store.loadCollabUpdates(draft),
        })
      }
      expect(results[0]).toEqual(results[1])
      expect(results[0]?.log).toEqual([update(1, 2), update(4), update(5)])
    } finally {
      for (const store of stores) await store.close()
    }
  })

  it("takes turns with the store's own writes: neither connection ever finds the file locked", async () => {
    // No busy timeout: a write that found the other connection writing would fail at once.
    const store = await openSqliteStore({ file: freshFile(), busyTimeoutMs: 0 })
    try {
      const [one, two] = [await seedDraft(store, 'eins'), await seedDraft(store, 'zwei')]
      const persistence = createCollabPersistence(store)
      // The first group starts the thread (it loads its code for a few hundred milliseconds).
      await persistence.append(collabDocumentName(one), update(0))
      const writes: Promise<unknown>[] = []
      for (let round = 0; round < 40; round++) {
        // A group of its own each round, out while the transaction below is open.
        await new Promise((resolve) => setTimeout(resolve, 1))
        writes.push(persistence.append(collabDocumentName(one), update(round + 1)))
        if (round % 4 === 0) {
          // A write transaction on the store's own connection that stays open across turns of
          // the event loop, as a write-back's does, while the thread has groups to write.
          writes.push(
            store.transaction(async (tx) => {
              await tx.appendCollabUpdate({
                ...two,
                update: update(round + 1),
                maxDocumentBytes: LIMIT,
              })
              await new Promise((resolve) => setTimeout(resolve, 2))
            })
          )
        }
      }
      const settled = await Promise.allSettled(writes)
      expect(settled.filter((result) => result.status === 'rejected')).toEqual([])
      expect(await store.loadCollabUpdates(one)).toHaveLength(41)
      expect(await store.loadCollabUpdates(two)).toHaveLength(10)
    } finally {
      await store.close()
    }
  })

  it('writes the groups that queued while it was writing in one transaction', async () => {
    const file = freshFile()
    const store = await openSqliteStore({ file, appendThread: false })
    const draft = await seedDraft(store, 'buendel')
    await store.close()
    const thread = new SqliteAppendThread({ file, busyTimeoutMs: 10_000 })
    const blocker = new Database(file)
    try {
      const input = (byte: number, maxDocumentBytes = LIMIT) => ({
        ...draft,
        update: update(byte),
        maxDocumentBytes,
      })
      // Starts the thread (it loads its code for a few hundred milliseconds).
      await thread.append([input(1)], new Date())
      // Another connection holds the write lock: the thread's next transaction waits for it, and
      // the groups sent meanwhile queue up behind it.
      blocker.exec('BEGIN IMMEDIATE')
      const first = thread.append([input(2)], new Date())
      await new Promise((resolve) => setTimeout(resolve, 50))
      const queued = [
        thread.append([input(3)], new Date()),
        thread.append([input(4, 2)], new Date()),
        thread.append([input(5)], new Date()),
      ]
      await new Promise((resolve) => setTimeout(resolve, 50))
      blocker.exec('COMMIT')
      const outcomes = await Promise.all([first, ...queued])
      expect(outcomes.map(([outcome]) => outcome?.ok)).toEqual([true, true, false, true])
      expect(outcomes.map(([outcome]) => (outcome?.ok ? outcome.result.seq : 0))).toEqual([
        2, 3, 0, 4,
      ])
      // Five groups: without combining, five transactions.
      const stats = thread.stats()
      expect(stats.groups).toBe(5)
      expect(stats.commits).toBeLessThanOrEqual(3)
    } finally {
      blocker.close()
      await thread.close()
    }
    const raw = new Database(file, { readonly: true })
    try {
      const rows = raw.prepare('SELECT seq, bytes FROM collab_updates ORDER BY seq').all()
      expect(rows).toEqual(
        [1, 2, 3, 5].map((byte, index) => ({
          seq: index + 1,
          bytes: Buffer.from([byte]),
        }))
      )
    } finally {
      raw.close()
    }
  })

  it('closes only after the groups out in the thread are written', async () => {
    const file = freshFile()
    const store = await openSqliteStore({ file })
    const draft = await seedDraft(store, 'schluss')
    // Starts the thread, so the next groups go out at once.
    await store.appendCollabUpdates([{ ...draft, update: update(1), maxDocumentBytes: LIMIT }])
    const appends = [2, 3, 4].map((byte) =>
      store.appendCollabUpdates([{ ...draft, update: update(byte), maxDocumentBytes: LIMIT }])
    )
    await store.close()
    expect((await Promise.all(appends)).map(([outcome]) => outcome?.ok)).toEqual([true, true, true])
    const raw = new Database(file, { readonly: true })
    try {
      expect(raw.prepare('SELECT count(*) AS n FROM collab_updates').get()).toEqual({ n: 4 })
    } finally {
      raw.close()
    }
  })

  it('keeps acknowledged groups across a reopen (a commit of the thread is durable)', async () => {
    const file = freshFile()
    const store = await openSqliteStore({ file })
    const draft = await seedDraft(store, 'dauer')
    await store.appendCollabUpdates([{ ...draft, update: update(7), maxDocumentBytes: LIMIT }])
    await store.close()
    const raw = new Database(file, { readonly: true })
    try {
      const rows = raw.prepare('SELECT seq, bytes FROM collab_updates').all()
      expect(rows).toEqual([{ seq: 1, bytes: Buffer.from([7]) }])
    } finally {
      raw.close()
    }
  })

  it('refuses a group it cannot write, with the database error, and stores nothing', async () => {
    const thread = new SqliteAppendThread({
      file: join(directory, 'gibt-es-nicht.sqlite'),
      busyTimeoutMs: 100,
    })
    try {
      const write = thread.append(
        [{ blockId: 'a', version: '1.0.0', update: update(1), maxDocumentBytes: LIMIT }],
        new Date()
      )
      await expect(write).rejects.toBeInstanceOf(CatalogueError)
    } finally {
      await thread.close()
    }
  })

  it('refuses the group of a thread that died, and the next group gets a new thread', async () => {
    const file = freshFile()
    const store = await openSqliteStore({ file })
    const draft = await seedDraft(store, 'neustart')
    await store.close()
    const dying = new SqliteAppendThread(
      { file, busyTimeoutMs: 100 },
      new URL('./testing/exitingAppendWorker.mjs', import.meta.url)
    )
    const input = { ...draft, update: update(9), maxDocumentBytes: LIMIT }
    await expect(dying.append([input], new Date())).rejects.toBeInstanceOf(StorageError)
    // The replacement runs the same test entry, so it dies too — but it is a new thread.
    await expect(dying.append([input], new Date())).rejects.toBeInstanceOf(StorageError)
    await dying.close()
    await expect(dying.append([input], new Date())).rejects.toThrow(/store closed/)
    const healthy = new SqliteAppendThread({ file, busyTimeoutMs: 100 })
    try {
      const [outcome] = await healthy.append([input], new Date())
      expect(outcome).toEqual({ ok: true, result: { seq: 1, storedBytes: 1, storedUpdates: 1 } })
    } finally {
      await healthy.close()
    }
  })
})
