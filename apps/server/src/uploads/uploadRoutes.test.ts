import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blockUrl, FIXTURE_BPMN, fixtureFolder } from '../testing/fixtureBlock'
import { multipartBody } from '../testing/multipart'
import { startTestApp, storageCounts, type CookieLogin, type TestApp } from '../testing/testApp'
import { FILE_MAX_BYTES, ZIP_MAX_BYTES } from './limits'
import { patchEntry, zipOf } from './zipTestSupport'

// Upload limits and media types over HTTP. Every refused upload leaves storage as it was.

const MIB = 1024 * 1024
let t: TestApp
let analyst: CookieLogin

beforeAll(async () => {
  t = await startTestApp()
  await t.addOrganisation('test-kommune', 'kommune')
  await t.addUser('anna', [{ organisationId: 'test-kommune', role: 'modellierer' }])
  analyst = await t.login('anna')
})
afterAll(async () => t.close())

function upload(
  url: string,
  payload: string | Buffer | Uint8Array,
  contentType: string,
  method: 'POST' | 'PUT' = 'POST'
) {
  return t.app.inject({
    method,
    url,
    headers: { ...analyst.headers, 'content-type': contentType },
    payload: Buffer.from(payload),
  })
}

async function refused(status: number, code: string, run: () => ReturnType<typeof upload>) {
  const before = await storageCounts(t.store)
  const response = await run()
  expect(response.statusCode, response.body).toBe(status)
  expect(response.json().code).toBe(code)
  expect(await storageCounts(t.store)).toEqual(before)
  return response.json()
}

function idFor(slug: string): string {
  return `urn:bauplan:baustein:test-kommune:${slug}`
}

describe('accepted upload forms', () => {
  it('creates a block from a multipart form with the files', async () => {
    const files = await fixtureFolder(undefined, idFor('per-formular'))
    const form = multipartBody(Object.entries(files).map(([name, content]) => ({ name, content })))
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/bausteine',
      headers: { ...analyst.headers, ...form.headers },
      payload: form.payload,
    })
    expect(response.statusCode, response.body).toBe(201)
    expect(response.json().version.blockId).toBe(idFor('per-formular'))
  })

  it('creates a block from a raw zip and from a zip inside a form', async () => {
    const raw = await upload(
      '/api/bausteine',
      zipOf(await fixtureFolder(undefined, idFor('per-zip'))),
      'application/zip'
    )
    expect(raw.statusCode, raw.body).toBe(201)
    const zip = zipOf(await fixtureFolder(undefined, idFor('zip-im-formular')))
    const form = multipartBody([{ name: 'baustein.zip', content: zip, type: 'application/zip' }])
    const inForm = await t.app.inject({
      method: 'POST',
      url: '/api/bausteine',
      headers: { ...analyst.headers, ...form.headers },
      payload: form.payload,
    })
    expect(inForm.statusCode, inForm.body).toBe(201)
  })

  it('checks a folder without storing it (POST /api/pruefen)', async () => {
    const before = await storageCounts(t.store)
    const good = await upload(
      '/api/pruefen',
      JSON.stringify({ files: await fixtureFolder() }),
      'application/json'
    )
    expect(good.statusCode, good.body).toBe(200)
    expect(good.json()).toMatchObject({ valid: true, errors: 0 })
    const bad = await upload(
      '/api/pruefen',
      zipOf(await fixtureFolder((m) => delete m.name)),
      'application/zip'
    )
    expect(bad.json().valid).toBe(false)
    expect(
      bad
        .json()
        .problems.some((p: { pointer?: string }) => p.pointer === '/name' || p.pointer === '')
    ).toBe(true)
    expect(await storageCounts(t.store)).toEqual(before)
  })
})

describe('limits (413), checked before parsing', () => {
  it('refuses a JSON body over 2 MiB', async () => {
    const files = { 'baustein.json': 'x'.repeat(2 * MIB) }
    const problem = await refused(413, 'upload.bodyTooLarge', () =>
      upload('/api/bausteine', JSON.stringify({ files }), 'application/json')
    )
    expect(problem.detail).toMatch(/2 MiB/)
  })

  it('refuses a single file over 10 MiB, raw and in a form', async () => {
    const created = await upload(
      '/api/bausteine',
      JSON.stringify({ files: await fixtureFolder(undefined, idFor('gross')) }),
      'application/json'
    )
    expect(created.statusCode).toBe(201)
    const big = Buffer.alloc(FILE_MAX_BYTES + 1, 0x20)
    const raw = await refused(413, 'upload.bodyTooLarge', () =>
      upload(
        blockUrl(idFor('gross'), `/versionen/1.0.0/dateien/${FIXTURE_BPMN}`),
        big,
        'application/xml',
        'PUT'
      )
    )
    expect(raw.detail).toMatch(/10 MiB/)
    const form = multipartBody([{ name: 'gross.bpmn', content: big }])
    await refused(413, 'upload.fileTooLarge', () =>
      t.app.inject({
        method: 'POST',
        url: '/api/bausteine',
        headers: { ...analyst.headers, ...form.headers },
        payload: form.payload,
      })
    )
  })

  it('refuses a zip over 25 MiB compressed', async () => {
    await refused(413, 'upload.bodyTooLarge', () =>
      upload('/api/bausteine', Buffer.alloc(ZIP_MAX_BYTES + 1), 'application/zip')
    )
  })

  it('stops a zip bomb', async () => {
    const bomb = patchEntry(zipOf({ 'bombe.bpmn': new Uint8Array(12 * MIB) }, 9), 'bombe.bpmn', {
      originalSize: 100,
    })
    await refused(413, 'upload.fileTooLarge', () =>
      upload('/api/bausteine', bomb, 'application/zip')
    )
  })

  it('refuses a zip-slip entry name, naming the entry', async () => {
    const files = await fixtureFolder(undefined, idFor('slip'))
    const zip = zipOf({ ...files, '../../etc/cron.d/x.json': '{}' })
    const problem = await refused(400, 'upload.zipEntryName', () =>
      upload('/api/bausteine', zip, 'application/zip')
    )
    expect(problem.problems[0].file).toBe('../../etc/cron.d/x.json')
  })

  it('refuses an anonymous upload before reading it (401, not 413)', async () => {
    const before = await storageCounts(t.store)
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/bausteine',
      headers: { 'content-type': 'application/zip' },
      payload: Buffer.alloc(ZIP_MAX_BYTES + 1),
    })
    expect(response.statusCode).toBe(401)
    expect(await storageCounts(t.store)).toEqual(before)
  })
})

describe('media types (415)', () => {
  it('refuses text/plain for a folder upload, listing what is accepted', async () => {
    const problem = await refused(415, 'upload.unsupportedMediaType', () =>
      upload('/api/bausteine', 'baustein', 'text/plain')
    )
    expect(problem.detail).toMatch(/application\/json, multipart\/form-data, application\/zip/)
  })

  it('refuses a BPMN file sent as JSON and a file type that has no place in a block', async () => {
    await upload(
      '/api/bausteine',
      JSON.stringify({ files: await fixtureFolder(undefined, idFor('typ')) }),
      'application/json'
    )
    const url = blockUrl(idFor('typ'), `/versionen/1.0.0/dateien/${FIXTURE_BPMN}`)
    const asJson = await refused(415, 'upload.unsupportedMediaType', () =>
      upload(url, '<definitions/>', 'application/json', 'PUT')
    )
    expect(asJson.detail).toMatch(/application\/xml/)
    await refused(415, 'upload.unsupportedMediaType', () =>
      upload(
        blockUrl(idFor('typ'), '/versionen/1.0.0/dateien/notiz.txt'),
        'x',
        'application/xml',
        'PUT'
      )
    )
    await refused(415, 'upload.unsupportedMediaType', () =>
      upload(url, '<definitions/>', 'image/svg+xml', 'PUT')
    )
  })

  it('refuses multipart on a JSON-only route', async () => {
    const form = multipartBody([{ name: 'a.json', content: '{}' }])
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { ...analyst.headers, ...form.headers },
      payload: form.payload,
    })
    expect(response.statusCode).toBe(415)
  })

  it('refuses files that are not UTF-8 and folder names in JSON uploads', async () => {
    await refused(400, 'upload.notUtf8', () =>
      upload(
        '/api/bausteine',
        zipOf({ 'a.bpmn': new Uint8Array([0x3c, 0xe4, 0x3e]) }),
        'application/zip'
      )
    )
    await refused(400, 'upload.badFileName', () =>
      upload(
        '/api/bausteine',
        JSON.stringify({ files: { '../a.bpmn': '<x/>' } }),
        'application/json'
      )
    )
  })
})
