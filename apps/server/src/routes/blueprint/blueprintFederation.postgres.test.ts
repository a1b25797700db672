import { openPostgresStore, type CatalogueStore } from '@bauplan/catalogue'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, TestClock, type TestApp } from '../../testing/testApp'

// Federation from a SQLite catalogue into a PostgreSQL one and back out: jsonb hands metadata back
// with its keys in another order, and the bundle must still be byte-identical.

const url = process.env.DATABASE_URL
if (!url) {
  console.warn(
    'Blueprint federation on PostgreSQL SKIPPED: DATABASE_URL is not set (e.g. ' +
      'DATABASE_URL=postgres://root@127.0.0.1:5432/test).'
  )
}

const PROCEDURE = 'urn:bauplan:baustein:sn:wohngeld-mietzuschuss-beantragen'
const blueprintUrl = `/api/bausteine/${encodeURIComponent(PROCEDURE)}/versionen/1.0.0/blueprint`

describe.skipIf(!url)('blueprint federation into PostgreSQL', { timeout: 120_000 }, () => {
  const schema = `bp_blueprint_${process.pid}_${Date.now().toString(36)}`
  let store: CatalogueStore
  let origin: TestApp
  let target: TestApp

  beforeAll(async () => {
    origin = await startTestApp({ startup: { seedModels: true, print: () => undefined } })
    const testClock = new TestClock()
    store = await openPostgresStore({
      connectionString: url ?? '',
      schema,
      poolSize: 4,
      clock: testClock.now,
    })
    target = await startTestApp({ store, testClock })
    await origin.addUser('it', [{ organisationId: 'itd', role: 'it_dienstleister' }])
    await target.addUser('kurator', [{ organisationId: 'by', role: 'kurator' }])
  }, 120_000)
  afterAll(async () => {
    await origin?.close()
    await target?.close()
    if (url) {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
      await client.end()
    }
  })

  it('imports a bundle into PostgreSQL and exports the same bytes again', async () => {
    const exported = await origin.app.inject({
      url: blueprintUrl,
      headers: await origin.token('it'),
    })
    expect(exported.statusCode, exported.body).toBe(200)
    const curator = await target.token('kurator')
    const imported = await target.app.inject({
      method: 'POST',
      url: '/api/blueprints/import',
      headers: { ...curator, 'content-type': 'application/zip' },
      payload: exported.rawPayload,
    })
    expect(imported.statusCode, imported.body).toBe(200)
    const again = await target.app.inject({ url: blueprintUrl, headers: curator })
    expect(again.statusCode, again.body).toBe(200)
    expect(again.rawPayload.equals(exported.rawPayload)).toBe(true)
  })
})
