import { openPostgresStore, type CatalogueStore } from '@bauplan/catalogue'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blockUrl, FIXTURE_BPMN, FIXTURE_ID, fixtureFolder } from '../../testing/fixtureBlock'
import { startTestApp, storageCounts, TestClock, type TestApp } from '../../testing/testApp'

// The core flow against PostgreSQL (a state-wide installation): sessions, upload, review,
// immutability and download through the same HTTP API as on SQLite.

const url = process.env.DATABASE_URL
if (!url) {
  console.warn(
    'Server PostgreSQL flow SKIPPED: DATABASE_URL is not set. Enable it with e.g. ' +
      'DATABASE_URL=postgres://root@127.0.0.1:5432/test pnpm exec vitest run --project server'
  )
}

/** Removes the run's schema, so runs leave nothing behind in the shared test database. */
async function dropSchema(connectionString: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  } finally {
    await client.end()
  }
}

describe.skipIf(!url)('review flow on PostgreSQL', () => {
  // A fresh schema per run, so runs never see each other's data.
  const schema = `bp_server_${process.pid}_${Date.now().toString(36)}`
  let store: CatalogueStore
  let t: TestApp

  beforeAll(async () => {
    const testClock = new TestClock()
    store = await openPostgresStore({
      connectionString: url ?? '',
      schema,
      poolSize: 4,
      clock: testClock.now,
    })
    t = await startTestApp({ store, testClock })
    await t.addOrganisation('test-kommune', 'kommune')
    await t.addOrganisation('test-it', 'it_dienstleister')
    await t.addUser('anna', [{ organisationId: 'test-kommune', role: 'modellierer' }])
    await t.addUser('kurt', [{ organisationId: 'test-kommune', role: 'kurator' }])
    await t.addUser('ines', [{ organisationId: 'test-it', role: 'it_dienstleister' }])
  }, 60_000)

  afterAll(async () => {
    await t?.close()
    await store?.close()
    if (url) await dropSchema(url, schema)
  })

  it('creates, submits, approves, keeps published content immutable and serves it', async () => {
    const analyst = await t.login('anna')
    const curator = await t.login('kurt')
    const itProvider = await t.login('ines')
    const post = (login: typeof analyst, path: string, payload?: object) =>
      t.app.inject({
        method: 'POST',
        url: path,
        headers: login.headers,
        ...(payload ? { payload } : {}),
      })

    const folder = await fixtureFolder()
    const created = await post(analyst, '/api/bausteine', { files: folder })
    expect(created.statusCode, created.body).toBe(201)
    expect(
      (await post(analyst, blockUrl(FIXTURE_ID, '/versionen/1.0.0/einreichen'))).statusCode
    ).toBe(200)
    const forbidden = await post(analyst, blockUrl(FIXTURE_ID, '/versionen/1.0.0/freigeben'), {})
    expect(forbidden.statusCode).toBe(403)
    const approved = await post(curator, blockUrl(FIXTURE_ID, '/versionen/1.0.0/freigeben'), {})
    expect(approved.statusCode, approved.body).toBe(200)
    expect(approved.json().version.contentHash).toMatch(/^[0-9a-f]{64}$/)

    const before = await storageCounts(store)
    const immutable = await t.app.inject({
      method: 'PUT',
      url: blockUrl(FIXTURE_ID, `/versionen/1.0.0/dateien/${FIXTURE_BPMN}`),
      headers: { ...analyst.headers, 'content-type': 'application/xml' },
      payload: folder[FIXTURE_BPMN],
    })
    expect(immutable.statusCode).toBe(409)
    expect(await storageCounts(store)).toEqual(before)

    const search = await t.app.inject({
      url: '/api/bausteine?q=Identit%C3%A4t',
      headers: { cookie: itProvider.cookie },
    })
    expect(search.json().hits.map((h: { blockId: string }) => h.blockId)).toContain(FIXTURE_ID)
    const file = await t.app.inject({
      url: blockUrl(FIXTURE_ID, `/versionen/1.0.0/dateien/${FIXTURE_BPMN}`),
      headers: { cookie: itProvider.cookie },
    })
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-type']).toMatch(/^application\/xml/)
  }, 60_000)

  it('logs in by e-mail and lists every user, also one without roles', async () => {
    await t.addUser('ada', [{ organisationId: 'test-kommune', role: 'admin' }])
    await t.addUser('olga', [])
    const admin = await t.login('ADA@test.example')
    const list = await t.app.inject({
      url: '/api/users?limit=2&offset=2',
      headers: { cookie: admin.cookie },
    })
    expect(list.statusCode, list.body).toBe(200)
    expect(list.json()).toMatchObject({ total: 5, limit: 2, offset: 2 })
    // ada, anna, ines, kurt, olga: the third and fourth.
    expect(list.json().items.map((u: { displayName: string }) => u.displayName)).toEqual([
      'ines',
      'kurt',
    ])
    const olga = await t.app.inject({ url: '/api/users?q=OLGA', headers: { cookie: admin.cookie } })
    expect(olga.json().items).toEqual([expect.objectContaining({ memberships: [] })])
  }, 60_000)
})
