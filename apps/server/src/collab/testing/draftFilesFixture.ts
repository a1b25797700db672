/**
 * Test support for the draft-files tests (draftFiles.test.ts, draftFilesList.test.ts): the real
 * app listening on a port, on SQLite and — with DATABASE_URL — on PostgreSQL in a fresh schema;
 * two analysts of one organisation, anna (cookie login, as the browser) and bernd (API token); a
 * new draft per test, so tests never share a document; real y-websocket clients, closed after each
 * test.
 */
import {
  SYSTEM_ACTOR,
  openPostgresStore,
  type CatalogueStore,
  type VersionKey,
} from '@bauplan/catalogue'
import type { LightMyRequestResponse } from 'fastify'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { blockUrl, fixtureFolder } from '../../testing/fixtureBlock'
import { startTestApp, TestClock, type CookieLogin, type TestApp } from '../../testing/testApp'
import { deriveDocumentFiles } from '../draftFilesDerivation'
import { connectProvider, eventually, type ProviderClient } from './collabClients'

const ORG = 'test-kommune'
/** Every test opens several connections; the default upgrade limit is for real clients. */
const COLLAB = { maxUpgradesPerWindow: 10_000 }

export interface DraftFilesBackend {
  name: string
  start(): Promise<{ t: TestApp; stop(): Promise<void> }>
}

export type Analyst = 'anna' | 'bernd'

export interface DraftFilesFixture {
  /** The running app (from `beforeAll` on). */
  readonly t: TestApp
  /** Anna's login: her `headers` authenticate REST requests (cookie and CSRF token). */
  readonly annaLogin: CookieLogin
  /** A new block (its draft 1.0.0). */
  newDraft(): Promise<VersionKey>
  /** A collaboration client of the analyst on the draft's document, once it is synced. */
  editor(name: Analyst, key: VersionKey): Promise<ProviderClient>
  /** The draft's files in the catalogue. */
  files(key: VersionKey): Promise<Record<string, string>>
  /** The files derived from the draft's stored document (its durable update log). */
  storedDocumentFiles(key: VersionKey): Promise<Record<string, string>>
  /** Anna's PUT of the whole folder, with the revision she expects if given. */
  put(
    key: VersionKey,
    folder: Record<string, string>,
    revision?: number
  ): Promise<LightMyRequestResponse>
}

/**
 * SQLite always; PostgreSQL when DATABASE_URL is set, in a schema of its own that is dropped
 * afterwards. `suite` names the tests in the warning when the PostgreSQL run is skipped,
 * `schemaPrefix` the schema.
 */
export function draftFilesBackends(suite: string, schemaPrefix: string): DraftFilesBackend[] {
  const url = process.env.DATABASE_URL
  if (!url) {
    console.warn(
      `${suite} on PostgreSQL SKIPPED: DATABASE_URL is not set ` +
        '(e.g. DATABASE_URL=postgres://root@127.0.0.1:5432/test).'
    )
  }
  const sqlite: DraftFilesBackend = {
    name: 'SQLite',
    start: async () => {
      const t = await startTestApp({ collab: COLLAB })
      return { t, stop: () => t.close() }
    },
  }
  return url ? [sqlite, postgresBackend(url, schemaPrefix)] : [sqlite]
}

function postgresBackend(connectionString: string, schemaPrefix: string): DraftFilesBackend {
  return {
    name: 'PostgreSQL',
    start: async () => {
      const schema = `${schemaPrefix}_${process.pid}_${Date.now().toString(36)}`
      const testClock = new TestClock()
      const store: CatalogueStore = await openPostgresStore({
        connectionString,
        schema,
        poolSize: 4,
        clock: testClock.now,
      })
      const t = await startTestApp({ store, testClock, collab: COLLAB })
      return {
        t,
        stop: async () => {
          await t.close()
          await store.close()
          const client = new pg.Client({ connectionString })
          await client.connect()
          await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
          await client.end()
        },
      }
    },
  }
}

/**
 * Starts the backend's app in `beforeAll` and stops it in `afterAll` of the calling `describe`;
 * closes the test's clients in `afterEach`. Blocks are named `<blockSlug>-<n>` in the organisation.
 */
export function useDraftFilesFixture(
  backend: DraftFilesBackend,
  blockSlug: string
): DraftFilesFixture {
  let t: TestApp | undefined
  let stop: (() => Promise<void>) | undefined
  let wsUrl = ''
  let annaLogin: CookieLogin | undefined
  const headersOf: Partial<Record<Analyst, Record<string, string>>> = {}
  const open: ProviderClient[] = []
  let blocks = 0

  const started = (): TestApp => {
    if (!t) throw new Error('The draft-files fixture is used before its beforeAll has run')
    return t
  }
  const anna = (): CookieLogin => {
    if (!annaLogin) throw new Error('The draft-files fixture is used before its beforeAll has run')
    return annaLogin
  }

  beforeAll(async () => {
    const running = await backend.start()
    ;({ t, stop } = running)
    await running.t.addOrganisation(ORG, 'kommune')
    await running.t.addUser('anna', [{ organisationId: ORG, role: 'modellierer' }])
    await running.t.addUser('bernd', [{ organisationId: ORG, role: 'modellierer' }])
    await running.t.app.listen({ port: 0, host: '127.0.0.1' })
    const address = running.t.app.server.address()
    if (address === null || typeof address === 'string') throw new Error('no port')
    wsUrl = `ws://127.0.0.1:${address.port}`
    annaLogin = await running.t.login('anna')
    headersOf.anna = { cookie: annaLogin.cookie, origin: `http://127.0.0.1:${address.port}` }
    headersOf.bernd = await running.t.token('bernd')
  }, 60_000)

  afterEach(() => {
    for (const client of open.splice(0)) client.provider.destroy()
  })

  afterAll(async () => {
    await stop?.()
  })

  return {
    get t() {
      return started()
    },
    get annaLogin() {
      return anna()
    },
    newDraft: async () => {
      blocks += 1
      const blockId = `urn:bauplan:baustein:${ORG}:${blockSlug}-${blocks}`
      const response = await started().app.inject({
        method: 'POST',
        url: '/api/bausteine',
        headers: anna().headers,
        payload: { files: await fixtureFolder(() => undefined, blockId) },
      })
      expect(response.statusCode, response.body).toBe(201)
      return { blockId, version: '1.0.0' }
    },
    editor: async (name, key) => {
      const connected = connectProvider(wsUrl, key.blockId, key.version, headersOf[name] ?? {})
      open.push(connected)
      await eventually(() => connected.provider.synced, 10_000, 'sync')
      return connected
    },
    files: (key) =>
      started().app.catalogue.getFolder(SYSTEM_ACTOR, key.blockId, key.version) as Promise<
        Record<string, string>
      >,
    storedDocumentFiles: async (key) =>
      deriveDocumentFiles(await started().store.loadCollabUpdates(key)),
    put: (key, folder, revision) => {
      const query = revision === undefined ? '' : `?revision=${revision}`
      return started().app.inject({
        method: 'PUT',
        url: blockUrl(key.blockId, `/versionen/${key.version}${query}`),
        headers: anna().headers,
        payload: { files: folder },
      })
    },
  }
}
