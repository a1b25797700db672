import { openPostgresStore, type CatalogueStore } from '@bauplan/catalogue'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { fixtureFolder } from '../../testing/fixtureBlock'
import { startTestApp, TestClock, type TestApp } from '../../testing/testApp'
import {
  connectProvider,
  eventually,
  Y,
  type ProviderClient,
  type YDoc,
} from '../testing/collabClients'
import { startTcpProxy, type TcpProxy } from './testing/tcpProxy'

// Two real server instances on one PostgreSQL schema, linked by the real Redis: y-websocket
// clients on either converge. CI sets DATABASE_URL and REDIS_URL; each run uses a fresh schema and
// its own channel prefix, and drops the schema at the end.

const databaseUrl = process.env.DATABASE_URL
const redisUrl = process.env.REDIS_URL
if (!databaseUrl || !redisUrl) {
  console.warn(
    'Scale-out tests SKIPPED: they need DATABASE_URL and REDIS_URL. Enable them with e.g. ' +
      'DATABASE_URL=postgres://root@127.0.0.1:5432/test REDIS_URL=redis://127.0.0.1:6379 ' +
      'pnpm exec vitest run --project server src/collab/redis'
  )
}

const ORG = 'test-kommune'
const run = `${process.pid}_${Date.now().toString(36)}`
const schema = `bp_scaleout_${run}`
const channelPrefix = `bauplan-test:scaleout:${run}:`

interface Instance {
  t: TestApp
  store: CatalogueStore
  /** ws://127.0.0.1:<port> */
  wsUrl: string
  closed: boolean
}

const clock = new TestClock()
let a: Instance
let b: Instance
/** Between instance B and Redis, so a test can cut B off. */
let redisProxy: TcpProxy
let annaId: string
let cookie: string
const clients: ProviderClient[] = []
const proxies: TcpProxy[] = []

async function startInstance(redis: string): Promise<Instance> {
  const store = await openPostgresStore({
    connectionString: databaseUrl ?? '',
    schema,
    poolSize: 4,
    clock: clock.now,
  })
  const t = await startTestApp({
    store,
    testClock: clock,
    env: { DATABASE_URL: databaseUrl, REDIS_URL: redis },
    collab: { redisChannelPrefix: channelPrefix, maxUpgradesPerWindow: 10_000 },
  })
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  const address = t.app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return { t, store, wsUrl: `ws://127.0.0.1:${address.port}`, closed: false }
}

async function closeInstance(instance: Instance | undefined): Promise<void> {
  if (!instance || instance.closed) return
  instance.closed = true
  await instance.t.close()
  await instance.store.close()
}

/** A y-websocket client of anna's on the server (or proxy) at `wsUrl`. */
function client(wsUrl: string, blockId: string, version: string): ProviderClient {
  const origin = wsUrl.replace(/^ws/, 'http')
  const connected = connectProvider(wsUrl, blockId, version, { cookie, origin })
  clients.push(connected)
  return connected
}

let drafts = 0
async function newDraft(): Promise<{ blockId: string; version: string }> {
  drafts += 1
  const blockId = `urn:bauplan:baustein:${ORG}:skalierung-${drafts}`
  const created = await a.t.app.catalogue.createBlock(
    { userId: annaId, memberships: [{ organisationId: ORG, role: 'modellierer' }] },
    { organisationId: ORG, files: await fixtureFolder(undefined, blockId) }
  )
  return { blockId, version: created.version.version }
}

async function storedNotes(draft: { blockId: string; version: string }) {
  const doc = new Y.Doc()
  for (const update of await b.store.loadCollabUpdates(draft)) Y.applyUpdate(doc, update)
  return notes(doc)
}

function notes(doc: YDoc): Record<string, unknown> {
  return doc.getMap('notes').toJSON()
}

interface AwarenessLike {
  setLocalStateField(field: string, value: unknown): void
  getStates(): Map<number, Record<string, unknown>>
}
function awarenessOf(connected: ProviderClient): AwarenessLike {
  return (connected.provider as unknown as { awareness: AwarenessLike }).awareness
}

async function synced(...connected: ProviderClient[]): Promise<void> {
  await eventually(() => connected.every((c) => c.provider.synced), 10_000, 'sync')
}

describe.skipIf(!databaseUrl || !redisUrl)(
  'scale-out: two instances, one PostgreSQL, Redis',
  () => {
    beforeAll(async () => {
      a = await startInstance(redisUrl ?? '')
      redisProxy = await startTcpProxy(redisUrl ?? '')
      b = await startInstance(redisProxy.url)
      annaId = await a.t.addUser('anna', [{ organisationId: ORG, role: 'modellierer' }])
      // Sessions live in the shared database: valid on both instances.
      cookie = (await a.t.login('anna')).cookie
    }, 60_000)

    afterEach(() => {
      for (const connected of clients.splice(0)) connected.provider.destroy()
    })

    afterAll(async () => {
      await closeInstance(a)
      await closeInstance(b)
      await redisProxy?.close()
      for (const proxy of proxies) await proxy.close()
      if (databaseUrl) {
        const admin = new pg.Client({ connectionString: databaseUrl })
        await admin.connect()
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
        await admin.end()
      }
    })

    it('converges edits both ways, shows awareness across instances and stores every acknowledged update', async () => {
      const draft = await newDraft()
      const onA = client(a.wsUrl, draft.blockId, draft.version)
      const onB = client(b.wsUrl, draft.blockId, draft.version)
      await synced(onA, onB)
      onA.doc.getMap('notes').set('a', 'auf Instanz A')
      onB.doc.getMap('notes').set('b', 'auf Instanz B')
      await eventually(() => Object.keys(notes(onA.doc)).length === 2, 10_000, 'A sees B')
      await eventually(() => Object.keys(notes(onB.doc)).length === 2, 10_000, 'B sees A')
      // Relayed only after it was stored: what the other instance shows is in PostgreSQL.
      expect(await storedNotes(draft)).toEqual({ a: 'auf Instanz A', b: 'auf Instanz B' })

      awarenessOf(onA).setLocalStateField('cursor', 'Task_1')
      const seenOnB = () => awarenessOf(onB).getStates().get(onA.doc.clientID)
      await eventually(() => seenOnB()?.cursor === 'Task_1', 10_000, 'awareness on B')
      // Stamped by instance A from anna's session, and passed on as it is.
      expect(seenOnB()?.user).toMatchObject({ userId: annaId, name: 'anna' })

      // A client that opens the document on B later gets everything from storage and the relay.
      const late = client(b.wsUrl, draft.blockId, draft.version)
      await synced(late)
      expect(notes(late.doc)).toEqual(notes(onA.doc))
    })

    it('an instance cut off from Redis converges from storage once it is back, both ways', async () => {
      const draft = await newDraft()
      const onA = client(a.wsUrl, draft.blockId, draft.version)
      const onB = client(b.wsUrl, draft.blockId, draft.version)
      await synced(onA, onB)
      redisProxy.cut()
      try {
        onA.doc.getMap('notes').set('missed by B', 1)
        onB.doc.getMap('notes').set('unsent by B', 2)
        const both = async () => Object.keys(await storedNotes(draft)).length === 2
        await eventually(both, 10_000, 'both stored')
        // While cut off, neither can have the other's edit: Redis was the only way.
        expect(notes(onB.doc)['missed by B']).toBeUndefined()
        expect(notes(onA.doc)['unsent by B']).toBeUndefined()
      } finally {
        redisProxy.restore()
      }
      await eventually(() => notes(onB.doc)['missed by B'] === 1, 15_000, 'B re-read storage')
      await eventually(() => notes(onA.doc)['unsent by B'] === 2, 15_000, 'A asked to re-read')
    })

    it('closing instance A sends its clients to B, and nothing acknowledged is lost', async () => {
      const draft = await newDraft()
      const httpA = a.wsUrl.replace(/^ws/, 'http')
      // The load balancer: first to A, after A closes to B.
      const balancer = await startTcpProxy(httpA)
      proxies.push(balancer)
      const balancedUrl = new URL(balancer.url)
      const viaBalancer = client(`ws://${balancedUrl.host}`, draft.blockId, draft.version)
      const onB = client(b.wsUrl, draft.blockId, draft.version)
      await synced(viaBalancer, onB)
      const set = (edit: number) => viaBalancer.doc.getMap('notes').set(`edit ${edit}`, edit)
      // `saved` counts the client's sync step 2 (1), then one per edit, in order.
      for (const edit of [1, 2, 3]) set(edit)
      await eventually(() => viaBalancer.saved() >= 4, 10_000, 'three edits acknowledged')
      balancer.retarget(b.wsUrl.replace(/^ws/, 'http'))
      // Two more on their way while A closes: stored by A's shutdown or sent again to B.
      for (const edit of [4, 5]) set(edit)
      await closeInstance(a)
      // A's last acknowledgements came before its close frame (one ordered stream).
      const acknowledged = viaBalancer.saved() - 1
      expect(acknowledged).toBeGreaterThanOrEqual(3)
      // Every edit A acknowledged is in PostgreSQL the moment A is gone.
      const storedAtClose = await storedNotes(draft)
      for (let edit = 1; edit <= acknowledged; edit++) {
        expect(storedAtClose[`edit ${edit}`]).toBe(edit)
      }
      // The client reconnects through the balancer to B and sends what was not acknowledged.
      const all = { 'edit 1': 1, 'edit 2': 2, 'edit 3': 3, 'edit 4': 4, 'edit 5': 5 }
      await eventually(
        async () => Object.keys(await storedNotes(draft)).length === 5,
        15_000,
        'stored'
      )
      expect(await storedNotes(draft)).toEqual(all)
      await eventually(() => Object.keys(notes(onB.doc)).length === 5, 10_000, 'B’s client has all')
      // And it now works on B.
      viaBalancer.doc.getMap('notes').set('on B now', true)
      await eventually(() => notes(onB.doc)['on B now'] === true, 10_000, 'edit through B')
    })
  }
)
