import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blockUrl, FIXTURE_ID, fixtureFolder } from '../../testing/fixtureBlock'
import { requestsFor } from '../../testing/requests'
import { startTestApp, type CookieLogin, type TestApp } from '../../testing/testApp'

// What a block's history offers once it has versions: diff, audit log, variants, deprecation.

let t: TestApp
let analyst: CookieLogin
let curator: CookieLogin
let itProvider: CookieLogin
let admin: CookieLogin
let http: ReturnType<typeof requestsFor>

beforeAll(async () => {
  t = await startTestApp()
  http = requestsFor(t)
  await t.addOrganisation('test-kommune', 'kommune')
  await t.addOrganisation('test-it', 'it_dienstleister')
  await t.addUser('anna', [{ organisationId: 'test-kommune', role: 'modellierer' }])
  await t.addUser('kurt', [{ organisationId: 'test-kommune', role: 'kurator' }])
  await t.addUser('ines', [{ organisationId: 'test-it', role: 'it_dienstleister' }])
  await t.addUser('ada', [{ organisationId: 'test-kommune', role: 'admin' }])
  analyst = await t.login('anna')
  curator = await t.login('kurt')
  itProvider = await t.login('ines')
  admin = await t.login('ada')
  // 1.0.0 published, 1.0.1 an open draft.
  const steps = [
    () => http.send(analyst, 'POST', '/api/bausteine', { files: folder }),
    () => http.send(analyst, 'POST', blockUrl(FIXTURE_ID, '/versionen/1.0.0/einreichen')),
    () => http.send(curator, 'POST', blockUrl(FIXTURE_ID, '/versionen/1.0.0/freigeben')),
    () => http.send(analyst, 'POST', blockUrl(FIXTURE_ID, '/entwuerfe')),
  ]
  const folder = await fixtureFolder()
  for (const step of steps) {
    const response = await step()
    expect(response.statusCode, response.body).toBeLessThan(300)
  }
})
afterAll(async () => t.close())

describe('a block with history', () => {
  it('diffs two versions; both versions are required', async () => {
    const diff = await http.get(analyst, blockUrl(FIXTURE_ID, '/diff?von=1.0.0&bis=1.0.1'))
    expect(diff.statusCode, diff.body).toBe(200)
    expect(diff.json()).toMatchObject({ fromVersion: '1.0.0', toVersion: '1.0.1' })
    const pointers = diff.json().metadata.map((c: { pointer: string }) => c.pointer)
    expect(pointers).toContain('/version')
    const missing = await http.get(analyst, blockUrl(FIXTURE_ID, '/diff?von=1.0.0'))
    expect(missing.statusCode).toBe(400)
    expect(missing.json().problems[0].pointer).toBe('/bis')
    // IT providers cannot compare against a draft they may not see.
    expect(
      (await http.get(itProvider, blockUrl(FIXTURE_ID, '/diff?von=1.0.0&bis=1.0.1'))).statusCode
    ).toBe(403)
  })

  it('shows the audit log of a block to analysts, the whole log only to admins', async () => {
    const audit = await http.get(analyst, blockUrl(FIXTURE_ID, '/audit?order=asc'))
    const actions = audit.json().items.map((e: { action: string }) => e.action)
    expect(actions).toEqual([
      'block.created',
      'version.submitted',
      'version.published',
      'version.draftCreated',
    ])
    expect((await http.get(itProvider, blockUrl(FIXTURE_ID, '/audit'))).statusCode).toBe(403)
    expect((await http.get(analyst, '/api/audit')).statusCode).toBe(403)
    const page = await http.get(admin, '/api/audit?limit=2')
    expect(page.json().items).toHaveLength(2)
    const next = await http.get(admin, `/api/audit?limit=2&cursor=${page.json().nextCursor}`)
    expect(next.json().items[0].id).toBeLessThan(page.json().items[1].id)
  })

  it('derives a variant into another organisation', async () => {
    await t.addUser('dora', [{ organisationId: 'test-dorf', role: 'modellierer' }])
    const dora = await t.login('dora')
    const variantId = 'urn:bauplan:baustein:test-dorf:identitaet-pruefen'
    const variant = await http.send(dora, 'POST', blockUrl(FIXTURE_ID, '/varianten'), {
      version: '1.0.0',
      organisationId: 'test-dorf',
      newId: variantId,
    })
    expect(variant.statusCode, variant.body).toBe(201)
    expect(variant.headers.location).toBe(blockUrl(variantId, '/versionen/1.0.0'))
    const overview = await http.get(dora, blockUrl(variantId))
    expect(overview.json().origin).toMatchObject({ blockId: FIXTURE_ID, basedOn: '1.0.0' })
    await http.refused(403, () =>
      http.send(analyst, 'POST', blockUrl(FIXTURE_ID, '/varianten'), {
        version: '1.0.0',
        organisationId: 'test-dorf',
        newId: 'urn:bauplan:baustein:test-dorf:fremd',
      })
    )
  })

  it('deprecates only with a published successor', async () => {
    const deprecate = () =>
      http.send(curator, 'POST', blockUrl(FIXTURE_ID, '/versionen/1.0.0/abkuendigen'), {
        successor: { id: FIXTURE_ID, version: '1.0.1' },
      })
    await http.refused(422, deprecate)
    await http.refused(400, () =>
      http.send(curator, 'POST', blockUrl(FIXTURE_ID, '/versionen/1.0.0/abkuendigen'), {})
    )
    for (const [who, action] of [
      [analyst, 'einreichen'],
      [curator, 'freigeben'],
    ] as const) {
      const response = await http.send(
        who,
        'POST',
        blockUrl(FIXTURE_ID, `/versionen/1.0.1/${action}`)
      )
      expect(response.statusCode, response.body).toBe(200)
    }
    const deprecated = await deprecate()
    expect(deprecated.statusCode, deprecated.body).toBe(200)
    expect(deprecated.json().state).toBe('abgekuendigt')
    const versions = await http.get(itProvider, blockUrl(FIXTURE_ID, '/versionen'))
    expect(versions.json().items[1]).toMatchObject({
      version: '1.0.0',
      state: 'abgekuendigt',
      successor: { id: FIXTURE_ID, version: '1.0.1' },
    })
  })

  it('answers 404 for unknown blocks, versions and files', async () => {
    for (const url of [
      blockUrl('urn:bauplan:baustein:test:gibt-es-nicht'),
      blockUrl(FIXTURE_ID, '/versionen/9.9.9'),
      blockUrl(FIXTURE_ID, '/versionen/1.0.0/dateien/fehlt.dmn'),
    ]) {
      const response = await http.get(analyst, url)
      expect(response.statusCode, url).toBe(404)
      expect(response.json().code).toBe('catalogue.notFound')
    }
  })
})
