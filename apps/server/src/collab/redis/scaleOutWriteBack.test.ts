import { openPostgresStore, SYSTEM_ACTOR, type CatalogueStore } from '@bauplan/catalogue'
import { rename, setJsonValue } from '@bauplan/collab'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type * as Yjs from 'yjs'
import { FIXTURE_BPMN, fixtureFolder } from '../../testing/fixtureBlock'
import { startTestApp, TestClock, type TestApp } from '../../testing/testApp'
import { deriveDocumentFiles } from '../draftFilesDerivation'
import type { DraftFilesFollowerStats } from '../draftFilesFollower'
import { connectProvider, eventually, type ProviderClient } from '../testing/collabClients'

// The draft files' write-back with two real server instances on one PostgreSQL schema and the
// real Redis: clients of one draft on both instances edit, and one instance — the holder of the
// document's write-back lease — writes the files; when it closes, the other takes over.

const databaseUrl = process.env.DATABASE_URL
const redisUrl = process.env.REDIS_URL
if (!databaseUrl || !redisUrl) {
  console.warn(
    'Scale-out write-back tests SKIPPED: they need DATABASE_URL and REDIS_URL. Enable them with e.g. ' +
      'DATABASE_URL=postgres://root@127.0.0.1:5432/test REDIS_URL=redis://127.0.0.1:6379 ' +
      'pnpm exec vitest run --project server src/collab/redis/scaleOutWriteBack'
  )
}

const ORG = 'test-kommune'
const TASK = 'Activity_NachweisPruefen'
const run = `${process.pid}_${Date.now().toString(36)}`
const schema = `bp_writeback_${run}`
const channelPrefix = `bauplan-test:writeback:${run}:`

interface Instance {
  name: string
  t: TestApp
  store: CatalogueStore
  wsUrl: string
  closed: boolean
}

const clock = new TestClock()
let a: Instance
let b: Instance
let annaId: string
let cookie: string
const clients: ProviderClient[] = []

async function startInstance(name: string): Promise<Instance> {
  const store = await openPostgresStore({
    connectionString: databaseUrl ?? '',
    schema,
    poolSize: 4,
    clock: clock.now,
  })
  const t = await startTestApp({
    store,
    testClock: clock,
    env: { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl },
    collab: { redisChannelPrefix: channelPrefix, maxUpgradesPerWindow: 10_000 },
  })
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  const address = t.app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return { name, t, store, wsUrl: `ws://127.0.0.1:${address.port}`, closed: false }
}

async function closeInstance(instance: Instance | undefined): Promise<void> {
  if (!instance || instance.closed) return
  instance.closed = true
  await instance.t.close()
  await instance.store.close()
}

async function editor(instance: Instance, key: { blockId: string; version: string }) {
  const origin = instance.wsUrl.replace(/^ws/, 'http')
  const connected = connectProvider(instance.wsUrl, key.blockId, key.version, { cookie, origin })
  clients.push(connected)
  await eventually(() => connected.provider.synced, 10_000, 'sync')
  return connected
}

function docOf(connected: ProviderClient): Yjs.Doc {
  return connected.doc as unknown as Yjs.Doc
}

function stats(instance: Instance): DraftFilesFollowerStats {
  return instance.t.app.collabDraftFiles.stats()
}

async function files(instance: Instance, key: { blockId: string; version: string }) {
  return (await instance.t.app.catalogue.getFolder(SYSTEM_ACTOR, key.blockId, key.version)) as
    Record<string, string> | undefined
}

function metadataOf(folder: Record<string, string> | undefined): Record<string, unknown> {
  return JSON.parse(folder?.['baustein.json'] ?? '{}') as Record<string, unknown>
}

/** Equal files; `baustein.json` compared as JSON (PostgreSQL orders JSONB keys its own way). */
function expectSameFolder(actual: Record<string, string>, expected: Record<string, string>) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort())
  for (const name of Object.keys(expected)) {
    if (name === 'baustein.json') expect(metadataOf(actual)).toEqual(metadataOf(expected))
    else expect(actual[name], name).toBe(expected[name])
  }
}

describe.skipIf(!databaseUrl || !redisUrl)(
  'scale-out write-back: one instance writes a draft’s files',
  () => {
    beforeAll(async () => {
      a = await startInstance('A')
      b = await startInstance('B')
      annaId = await a.t.addUser('anna', [{ organisationId: ORG, role: 'modellierer' }])
      cookie = (await a.t.login('anna')).cookie
    }, 60_000)

    afterEach(() => {
      for (const connected of clients.splice(0)) connected.provider.destroy()
    })

    afterAll(async () => {
      await closeInstance(a)
      await closeInstance(b)
      if (databaseUrl) {
        const admin = new pg.Client({ connectionString: databaseUrl })
        await admin.connect()
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
        await admin.end()
      }
    })

    it('edits on both instances are written back by one of them; after it closes, by the other', async () => {
      const blockId = `urn:bauplan:baustein:${ORG}:rueckschreiben`
      const created = await a.t.app.catalogue.createBlock(
        { userId: annaId, memberships: [{ organisationId: ORG, role: 'modellierer' }] },
        { organisationId: ORG, files: await fixtureFolder(undefined, blockId) }
      )
      const key = { blockId, version: created.version.version }
      const before = { A: stats(a), B: stats(b) }
      const onA = await editor(a, key)
      const onB = await editor(b, key)
      for (let round = 1; round <= 3; round++) {
        setJsonValue(docOf(onA), 'anna', 'baustein.json', ['bezeichnung'], `Runde ${round} über A`)
        rename(docOf(onB), 'anna', TASK, `Nachweis ${round} über B`)
        await new Promise((resolve) => setTimeout(resolve, 300))
      }
      await eventually(
        async () => {
          const folder = await files(a, key)
          return (
            metadataOf(folder).bezeichnung === 'Runde 3 über A' &&
            (folder?.[FIXTURE_BPMN] ?? '').includes('name="Nachweis 3 über B"')
          )
        },
        20_000,
        'the files to follow both instances’ edits'
      )
      // Longer than the quiet period: a second writer would have written by now.
      await new Promise((resolve) => setTimeout(resolve, 3_000))
      expectSameFolder(
        (await files(b, key)) ?? {},
        await deriveDocumentFiles(await b.store.loadCollabUpdates(key))
      )
      const written = (i: Instance) => stats(i).written - before[i.name as 'A' | 'B'].written
      const skipped = (i: Instance) => stats(i).skipped - before[i.name as 'A' | 'B'].skipped
      const writers = [a, b].filter((i) => written(i) > 0)
      expect(writers.map((i) => i.name)).toHaveLength(1)
      const owner = writers[0] as Instance
      const other = owner === a ? b : a
      expect(written(other)).toBe(0)
      // The other was due too (it heard every update) and stood back.
      expect(skipped(other)).toBeGreaterThan(0)

      // The owner closes (and gives the lease up): the other writes the next edits back, long
      // before the lease's TTL (90 s) would have run out.
      await closeInstance(owner)
      const survivor = owner === a ? onB : onA
      setJsonValue(docOf(survivor), 'anna', 'baustein.json', ['bezeichnung'], 'Nach dem Wechsel')
      await eventually(
        async () => metadataOf(await files(other, key)).bezeichnung === 'Nach dem Wechsel',
        20_000,
        'the other instance to take the write-back over'
      )
      expect(written(other)).toBeGreaterThan(0)
      expectSameFolder(
        (await files(other, key)) ?? {},
        await deriveDocumentFiles(await other.store.loadCollabUpdates(key))
      )
    }, 60_000)
  }
)
