/**
 * Test support for the scale-out tests (scaleOut.test.ts, scaleOutWriteBack.test.ts): two real
 * server instances, A and B, listening on ports, on one fresh PostgreSQL schema and linked by the
 * real Redis under a channel prefix of their own; the analyst anna with a session cookie that is
 * valid on both (sessions live in the shared database); y-websocket clients of hers, closed after
 * each test. The schema is dropped at the end.
 */
import { openPostgresStore, type CatalogueStore, type VersionKey } from '@bauplan/catalogue'
import pg from 'pg'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { fixtureFolder } from '../../../testing/fixtureBlock'
import { startTestApp, TestClock, type TestApp } from '../../../testing/testApp'
import { connectProvider, eventually, type ProviderClient } from '../../testing/collabClients'
import { startTcpProxy, type TcpProxy } from './tcpProxy'

const ORG = 'test-kommune'

const databaseUrl = process.env.DATABASE_URL
const redisUrl = process.env.REDIS_URL

export interface ScaleOutInstance {
  name: 'A' | 'B'
  t: TestApp
  store: CatalogueStore
  /** ws://127.0.0.1:<port> */
  wsUrl: string
  closed: boolean
}

export interface TwoInstances {
  readonly a: ScaleOutInstance
  readonly b: ScaleOutInstance
  readonly annaId: string
  /** Between instance B and Redis, so a test can cut B off (only with `redisProxyForB`). */
  readonly redisProxy: TcpProxy
  /** A y-websocket client of anna's on the server (or proxy) at `wsUrl`, not yet synced. */
  connect(wsUrl: string, key: VersionKey): ProviderClient
  /** A client of anna's on the instance, once it is synced. */
  editor(instance: ScaleOutInstance, key: VersionKey): Promise<ProviderClient>
  /** A new block of anna's, created on A: its draft. `name` is the last part of its id. */
  newDraft(name: string): Promise<VersionKey>
  /** A TCP proxy to `targetUrl` (a load balancer, say), closed after the instances. */
  startProxy(targetUrl: string): Promise<TcpProxy>
  /** Closes the instance's app and store; once only, so a test may close one itself. */
  closeInstance(instance: ScaleOutInstance | undefined): Promise<void>
}

/**
 * Whether the scale-out tests must be skipped (DATABASE_URL or REDIS_URL missing); warns then,
 * naming `suite` and how to run `testPath`.
 */
export function scaleOutSkipped(suite: string, testPath: string): boolean {
  if (databaseUrl && redisUrl) return false
  console.warn(
    `${suite} SKIPPED: they need DATABASE_URL and REDIS_URL. Enable them with e.g. ` +
      'DATABASE_URL=postgres://root@127.0.0.1:5432/test REDIS_URL=redis://127.0.0.1:6379 ' +
      `pnpm exec vitest run --project server ${testPath}`
  )
  return true
}

/**
 * Starts both instances in `beforeAll` and stops them in `afterAll` of the calling `describe`
 * (which must skip without DATABASE_URL and REDIS_URL, see `scaleOutSkipped`); closes the test's
 * clients in `afterEach`. `name` names the schema (`bp_<name>_…`) and the Redis channel prefix.
 */
export function useTwoInstances(options: { name: string; redisProxyForB?: boolean }): TwoInstances {
  const run = `${process.pid}_${Date.now().toString(36)}`
  const schema = `bp_${options.name}_${run}`
  const channelPrefix = `bauplan-test:${options.name}:${run}:`
  const clock = new TestClock()
  let a: ScaleOutInstance | undefined
  let b: ScaleOutInstance | undefined
  let redisProxy: TcpProxy | undefined
  let annaId: string | undefined
  let cookie = ''
  const clients: ProviderClient[] = []
  const proxies: TcpProxy[] = []

  function started<T>(value: T | undefined, what: string): T {
    if (value === undefined) throw new Error(`${what} is used before the beforeAll has run`)
    return value
  }

  async function startInstance(name: 'A' | 'B', redis: string): Promise<ScaleOutInstance> {
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
    return { name, t, store, wsUrl: `ws://127.0.0.1:${address.port}`, closed: false }
  }

  async function closeInstance(instance: ScaleOutInstance | undefined): Promise<void> {
    if (!instance || instance.closed) return
    instance.closed = true
    await instance.t.close()
    await instance.store.close()
  }

  function connect(wsUrl: string, key: VersionKey): ProviderClient {
    const origin = wsUrl.replace(/^ws/, 'http')
    const connected = connectProvider(wsUrl, key.blockId, key.version, { cookie, origin })
    clients.push(connected)
    return connected
  }

  beforeAll(async () => {
    a = await startInstance('A', redisUrl ?? '')
    if (options.redisProxyForB) redisProxy = await startTcpProxy(redisUrl ?? '')
    b = await startInstance('B', redisProxy?.url ?? redisUrl ?? '')
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

  return {
    get a() {
      return started(a, 'Instance A')
    },
    get b() {
      return started(b, 'Instance B')
    },
    get annaId() {
      return started(annaId, 'Anna')
    },
    get redisProxy() {
      if (!options.redisProxyForB) throw new Error('No Redis proxy: pass redisProxyForB')
      return started(redisProxy, 'The Redis proxy')
    },
    connect,
    editor: async (instance, key) => {
      const connected = connect(instance.wsUrl, key)
      await eventually(() => connected.provider.synced, 10_000, 'sync')
      return connected
    },
    newDraft: async (name) => {
      const blockId = `urn:bauplan:baustein:${ORG}:${name}`
      const created = await started(a, 'Instance A').t.app.catalogue.createBlock(
        {
          userId: started(annaId, 'Anna'),
          memberships: [{ organisationId: ORG, role: 'modellierer' }],
        },
        { organisationId: ORG, files: await fixtureFolder(undefined, blockId) }
      )
      return { blockId, version: created.version.version }
    },
    startProxy: async (targetUrl) => {
      const proxy = await startTcpProxy(targetUrl)
      proxies.push(proxy)
      return proxy
    },
    closeInstance,
  }
}
