import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readZipFolder } from '../../uploads/readZip'
import { blockUrl, FIXTURE_BPMN, FIXTURE_ID, fixtureFolder } from '../../testing/fixtureBlock'
import { requestsFor } from '../../testing/requests'
import { startTestApp, type CookieLogin, type TestApp } from '../../testing/testApp'

// The whole review flow over HTTP: analyst creates → uploads → submits → curator approves →
// published version immutable → IT provider sees only published versions and downloads them.

let t: TestApp
let analyst: CookieLogin
let curator: CookieLogin
let itProvider: CookieLogin
let folder: Record<string, string>

beforeAll(async () => {
  t = await startTestApp()
  await t.addOrganisation('test-kommune', 'kommune')
  await t.addOrganisation('test-it', 'it_dienstleister')
  await t.addUser('anna', [{ organisationId: 'test-kommune', role: 'modellierer' }])
  await t.addUser('kurt', [{ organisationId: 'test-kommune', role: 'kurator' }])
  await t.addUser('ines', [{ organisationId: 'test-it', role: 'it_dienstleister' }])
  analyst = await t.login('anna')
  curator = await t.login('kurt')
  itProvider = await t.login('ines')
  folder = await fixtureFolder()
})
afterAll(async () => t.close())

const send: ReturnType<typeof requestsFor>['send'] = (...args) => requestsFor(t).send(...args)
const get: ReturnType<typeof requestsFor>['get'] = (...args) => requestsFor(t).get(...args)
const refused: ReturnType<typeof requestsFor>['refused'] = (...args) =>
  requestsFor(t).refused(...args)

describe('review flow', () => {
  it('refuses an IT provider creating a block, with the reason, storing nothing', async () => {
    const problem = await refused(403, () =>
      send(itProvider, 'POST', '/api/bausteine?organisation=test-kommune', { files: folder })
    )
    expect(problem.code).toBe('lifecycle.forbidden.analyst')
    expect(problem.detail).toMatch(/Modellierer der Organisation „test-kommune“/)
  })

  it('lets the analyst create the block (its only organisation is the owner)', async () => {
    const response = await send(analyst, 'POST', '/api/bausteine', { files: folder })
    expect(response.statusCode, response.body).toBe(201)
    expect(response.json().version).toMatchObject({
      blockId: FIXTURE_ID,
      version: '1.0.0',
      state: 'entwurf',
    })
    expect(response.headers.location).toBe(blockUrl(FIXTURE_ID, '/versionen/1.0.0'))
    // The id is a URN; the encoded path finds it.
    expect(blockUrl(FIXTURE_ID)).toContain('urn%3Abauplan%3Abaustein')
    const overview = await get(analyst, blockUrl(FIXTURE_ID))
    expect(overview.statusCode).toBe(200)
    expect(overview.json().block.organisationId).toBe('test-kommune')
  })

  it('refuses a second block with the same id (409)', async () => {
    await refused(409, () => send(analyst, 'POST', '/api/bausteine', { files: folder }))
  })

  it('uploads one BPMN file into the draft as raw XML', async () => {
    const bpmn = (folder[FIXTURE_BPMN] ?? '').replace('Identität prüfen', 'Identität prüfen (Test)')
    const response = await send(
      analyst,
      'PUT',
      blockUrl(FIXTURE_ID, `/versionen/1.0.0/dateien/${FIXTURE_BPMN}`),
      bpmn,
      { 'content-type': 'application/xml' }
    )
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json().version.revision).toBe(2)
    const raw = await get(analyst, blockUrl(FIXTURE_ID, `/versionen/1.0.0/dateien/${FIXTURE_BPMN}`))
    expect(raw.body).toBe(bpmn)
  })

  it('refuses an analyst approving, and approving before submission', async () => {
    const byAnalyst = await refused(403, () =>
      send(analyst, 'POST', blockUrl(FIXTURE_ID, '/versionen/1.0.0/freigeben'), {})
    )
    expect(byAnalyst.code).toBe('lifecycle.forbidden.curator')
    const tooEarly = await refused(409, () =>
      send(curator, 'POST', blockUrl(FIXTURE_ID, '/versionen/1.0.0/freigeben'), {})
    )
    expect(tooEarly.detail).toMatch(/„Entwurf“/)
  })

  it('submits (note optional, no body needed) and refuses a second submission (409)', async () => {
    const response = await send(
      analyst,
      'POST',
      blockUrl(FIXTURE_ID, '/versionen/1.0.0/einreichen')
    )
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json().version.state).toBe('in_pruefung')
    await refused(409, () =>
      send(analyst, 'POST', blockUrl(FIXTURE_ID, '/versionen/1.0.0/einreichen'), {
        note: 'nochmal',
      })
    )
  })

  it('lets the curator approve: published with a content hash', async () => {
    const response = await send(
      curator,
      'POST',
      blockUrl(FIXTURE_ID, '/versionen/1.0.0/freigeben'),
      {
        comment: 'Geprüft.',
      }
    )
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json().version.state).toBe('veroeffentlicht')
    expect(response.json().version.contentHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('keeps the published version immutable: PUT of a file or the folder → 409', async () => {
    const file = await refused(409, () =>
      send(
        analyst,
        'PUT',
        blockUrl(FIXTURE_ID, `/versionen/1.0.0/dateien/${FIXTURE_BPMN}`),
        folder[FIXTURE_BPMN],
        {
          'content-type': 'application/xml',
        }
      )
    )
    expect(file.detail).toMatch(/Veröffentlicht/)
    await refused(409, () =>
      send(analyst, 'PUT', blockUrl(FIXTURE_ID, '/versionen/1.0.0'), { files: folder })
    )
  })

  it('starts a new draft 1.0.1 that IT providers cannot see', async () => {
    const draft = await send(analyst, 'POST', blockUrl(FIXTURE_ID, '/entwuerfe'))
    expect(draft.statusCode, draft.body).toBe(201)
    expect(draft.json().version.version).toBe('1.0.1')
    const versions = await get(itProvider, blockUrl(FIXTURE_ID, '/versionen'))
    expect(versions.json().items.map((v: { version: string }) => v.version)).toEqual(['1.0.0'])
    const hidden = await get(itProvider, blockUrl(FIXTURE_ID, '/versionen/1.0.1'))
    expect(hidden.statusCode).toBe(403)
    const analystSees = await get(analyst, blockUrl(FIXTURE_ID, '/versionen'))
    expect(analystSees.json().items.map((v: { version: string }) => v.version)).toEqual([
      '1.0.1',
      '1.0.0',
    ])
  })

  it('lets the IT provider find and download the published version', async () => {
    const search = await get(itProvider, '/api/bausteine?q=Identit%C3%A4t&status=entwurf&limit=10')
    expect(search.statusCode, search.body).toBe(200)
    const hit = search.json().hits.find((h: { blockId: string }) => h.blockId === FIXTURE_ID)
    expect(hit).toMatchObject({ version: '1.0.0', state: 'veroeffentlicht' })
    // What a result card shows comes with the hit: no request per card.
    expect(hit).toMatchObject({
      organisationId: 'test-kommune',
      organisationName: expect.any(String),
      bpmnDatei: FIXTURE_BPMN,
      leistungsschluessel: expect.any(Array),
    })
    expect(hit).toHaveProperty('bausteinart')

    const detail = await get(itProvider, blockUrl(FIXTURE_ID, '/versionen/1.0.0'))
    expect(detail.statusCode).toBe(200)
    expect(detail.json().files.map((f: { name: string }) => f.name)).toEqual([FIXTURE_BPMN])

    const bpmn = await get(
      itProvider,
      blockUrl(FIXTURE_ID, `/versionen/1.0.0/dateien/${FIXTURE_BPMN}`)
    )
    expect(bpmn.statusCode).toBe(200)
    expect(bpmn.headers['content-type']).toMatch(/^application\/xml/)
    expect(bpmn.headers['content-disposition']).toMatch(/^attachment/)
    expect(bpmn.body).toContain('Identität prüfen (Test)')
    const metadata = await get(
      itProvider,
      blockUrl(FIXTURE_ID, '/versionen/1.0.0/dateien/baustein.json')
    )
    expect(metadata.headers['content-type']).toMatch(/^application\/json/)
    expect(JSON.parse(metadata.body).id).toBe(FIXTURE_ID)

    const zip1 = await get(itProvider, blockUrl(FIXTURE_ID, '/versionen/1.0.0/zip'))
    const zip2 = await get(itProvider, blockUrl(FIXTURE_ID, '/versionen/1.0.0/zip'))
    expect(zip1.headers['content-type']).toBe('application/zip')
    expect(zip1.rawPayload.equals(zip2.rawPayload)).toBe(true)
    const unzipped = readZipFolder(zip1.rawPayload)
    expect(Object.keys(unzipped).sort()).toEqual(['baustein.json', FIXTURE_BPMN])
  })

  it('refuses invalid metadata at submission (422), naming the field in German and English', async () => {
    const broken = await fixtureFolder((m) => {
      m.version = '1.0.1'
      m.bausteinart = 'quatsch'
    })
    const stored = await send(analyst, 'PUT', blockUrl(FIXTURE_ID, '/versionen/1.0.1'), {
      files: broken,
    })
    expect(stored.statusCode, stored.body).toBe(200)
    // A draft may be incomplete: the problem is reported, not refused.
    expect(
      stored.json().problems.some((p: { pointer?: string }) => p.pointer === '/bausteinart')
    ).toBe(true)
    const german = await refused(422, () =>
      send(analyst, 'POST', blockUrl(FIXTURE_ID, '/versionen/1.0.1/einreichen'), {})
    )
    const english = await refused(422, () =>
      send(
        analyst,
        'POST',
        blockUrl(FIXTURE_ID, '/versionen/1.0.1/einreichen'),
        {},
        {
          'accept-language': 'en',
        }
      )
    )
    const field = (doc: {
      problems: { pointer?: string; message: { de: string; en: string } }[]
    }) => doc.problems.find((p) => p.pointer === '/bausteinart')
    expect(field(german)?.message.de).toMatch(/bausteinart|Bausteinart/)
    expect(field(english)?.message.en).toMatch(/bausteinart/i)
    expect(german.detail).not.toBe(english.detail)
    expect(english.detail).toMatch(/error/)
  })

  it('refuses an unreadable BPMN upload (422) and keeps the draft as it was', async () => {
    const before = await get(
      analyst,
      blockUrl(FIXTURE_ID, `/versionen/1.0.1/dateien/${FIXTURE_BPMN}`)
    )
    await refused(422, () =>
      send(
        analyst,
        'PUT',
        blockUrl(FIXTURE_ID, `/versionen/1.0.1/dateien/${FIXTURE_BPMN}`),
        '<definitions',
        {
          'content-type': 'application/xml',
        }
      )
    )
    const after = await get(
      analyst,
      blockUrl(FIXTURE_ID, `/versionen/1.0.1/dateien/${FIXTURE_BPMN}`)
    )
    expect(after.body).toBe(before.body)
  })

  it('rejects with a reason back to a draft; a too short reason is refused', async () => {
    const fixed = await fixtureFolder((m) => (m.version = '1.0.1'))
    expect(
      (await send(analyst, 'PUT', blockUrl(FIXTURE_ID, '/versionen/1.0.1'), { files: fixed }))
        .statusCode
    ).toBe(200)
    expect(
      (
        await send(analyst, 'POST', blockUrl(FIXTURE_ID, '/versionen/1.0.1/einreichen'), {
          note: 'Bitte prüfen',
        })
      ).statusCode
    ).toBe(200)
    await refused(422, () =>
      send(curator, 'POST', blockUrl(FIXTURE_ID, '/versionen/1.0.1/zurueckweisen'), {
        reason: 'nein',
      })
    )
    const rejected = await send(
      curator,
      'POST',
      blockUrl(FIXTURE_ID, '/versionen/1.0.1/zurueckweisen'),
      {
        reason: 'Die Nachweisfrist fehlt in der Beschreibung.',
      }
    )
    expect(rejected.statusCode, rejected.body).toBe(200)
    expect(rejected.json().state).toBe('entwurf')
  })
})
