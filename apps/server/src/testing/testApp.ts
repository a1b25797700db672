/**
 * Test support: the real app on a real SQLite file in a fresh temp folder, people with roles,
 * and helpers to log in by cookie or token. No mocks: requests go through app.inject().
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { hashPassword, type CatalogueStore, type Role } from '@bauplan/catalogue'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { buildApp, type AppOptions } from '../app'
import { readConfig } from '../config'
import { CSRF_COOKIE, SESSION_COOKIE } from '../auth/sessionCookies'

export const TEST_PASSWORD = 'richtig-langes-passwort'

// scrypt is slow on purpose; one hash serves every test user (each still gets a real, checked hash).
let testPasswordHash: Promise<string> | undefined
function passwordHash(): Promise<string> {
  const hash = testPasswordHash ?? hashPassword(TEST_PASSWORD)
  testPasswordHash = hash
  return hash
}

/** A clock tests move by hand (sessions, rate limits). */
export class TestClock {
  private current = Date.parse('2026-03-02T09:00:00.000Z')
  readonly now = (): Date => new Date(this.current)
  advance(ms: number): void {
    this.current += ms
  }
}

export interface CookieLogin {
  cookie: string
  csrf: string
  headers: { cookie: string; 'x-csrf-token': string }
}

export interface TestApp {
  app: FastifyInstance
  store: CatalogueStore
  dataDir: string
  clock: TestClock
  addOrganisation(
    id: string,
    kind?: 'land' | 'kommune' | 'it_dienstleister' | 'koordinierungsstelle'
  ): Promise<void>
  addUser(username: string, roles: { organisationId: string; role: Role }[]): Promise<string>
  login(username: string, password?: string): Promise<CookieLogin>
  token(username: string): Promise<{ authorization: string }>
  close(): Promise<void>
}

export async function startTestApp(
  options: Partial<Omit<AppOptions, 'config' | 'clock'>> & {
    env?: NodeJS.ProcessEnv
    dataDir?: string
    /** The clock of a store passed in `store`, so sessions and the store agree on "now". */
    testClock?: TestClock
  } = {}
): Promise<TestApp> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'bauplan-server-')))
  const clock = options.testClock ?? new TestClock()
  const config = readConfig({ ...options.env, BAUPLAN_DATA_DIR: dataDir })
  const { env: _env, dataDir: _dataDir, testClock: _testClock, ...appOptions } = options
  const app = await buildApp({
    webDistDir: path.join(dataDir, 'no-web-app'),
    ...appOptions,
    clock: clock.now,
    config,
  })
  const store = app.store
  const testApp: TestApp = {
    app,
    store,
    dataDir,
    clock,
    async addOrganisation(id, kind = 'land') {
      if ((await store.getOrganisation(id)) === null) {
        await store.createOrganisation({ id, name: `Organisation ${id}`, kind, bundesland: '14' })
      }
    },
    async addUser(username, roles) {
      const user = await store.createUser({
        displayName: username,
        email: `${username}@test.example`,
      })
      await store.createLocalAccount({
        userId: user.id,
        username,
        passwordHash: await passwordHash(),
      })
      for (const role of roles) {
        await testApp.addOrganisation(role.organisationId)
        await store.grantRole({ userId: user.id, ...role })
      }
      return user.id
    },
    async login(username, password = TEST_PASSWORD) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username, password },
      })
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`)
      return cookieLoginOf(response)
    },
    async token(username) {
      const { headers } = await testApp.login(username)
      const response = await app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers,
        payload: { name: 'test' },
      })
      if (response.statusCode !== 201) throw new Error(`token failed: ${response.body}`)
      return { authorization: `Bearer ${response.json<{ secret: string }>().secret}` }
    },
    async close() {
      await app.close()
      if (options.dataDir === undefined) await rm(dataDir, { recursive: true, force: true })
    },
  }
  return testApp
}

export function cookieLoginOf(response: LightMyRequestResponse): CookieLogin {
  const cookies = response.cookies as { name: string; value: string }[]
  const session = cookies.find((c) => c.name === SESSION_COOKIE)?.value
  const csrf = cookies.find((c) => c.name === CSRF_COOKIE)?.value
  if (!session || !csrf) throw new Error('login set no cookies')
  const cookie = `${SESSION_COOKIE}=${session}; ${CSRF_COOKIE}=${csrf}`
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } }
}

/** Counts that must not change when a request is refused ("storage unchanged"). */
export async function storageCounts(store: CatalogueStore): Promise<Record<string, number>> {
  const blocks = await store.listBlocks({ limit: 100 })
  let versions = 0
  let files = 0
  for (const block of blocks.items) {
    const list = await store.listVersions(block.id)
    versions += list.length
    for (const version of list) files += (await store.listFiles(version)).length
  }
  let audit = 0
  let cursor: string | undefined
  do {
    const page = await store.listAudit({ limit: 100, ...(cursor ? { cursor } : {}) })
    audit += page.items.length
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return { blocks: blocks.total, versions, files, audit }
}
