import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../testing/testApp'

let t: TestApp | undefined
let webDir: string | undefined

afterEach(async () => {
  await t?.close()
  if (webDir) await rm(webDir, { recursive: true, force: true })
  t = undefined
  webDir = undefined
})

async function publish(app: TestApp, slug: string, name: string): Promise<void> {
  await app.addOrganisation('test-land')
  const blockId = `urn:bauplan:baustein:test-land:${slug}`
  await app.store.createBlock({ id: blockId, organisationId: 'test-land' })
  await app.store.createDraft({
    blockId,
    version: '1.0.0',
    metadata: { id: blockId, name },
    files: [],
  })
  await app.store.setVersionState({
    blockId,
    version: '1.0.0',
    expected: 'entwurf',
    next: 'veroeffentlicht',
    kind: 'importiert',
  })
}

describe('start page without the web app', () => {
  it('is a small accessible German page that lists the published blocks, escaped', async () => {
    t = await startTestApp()
    await publish(t, 'identitaet-pruefen', 'Identität prüfen')
    await publish(t, 'boese', '<script>alert(1)</script>')
    const response = await t.app.inject({ url: '/' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    const html = response.body
    expect(html).toMatch(/<html lang="de">/)
    expect(html).toMatch(/<title>[^<]+<\/title>/)
    expect(html).toMatch(/<h1>Bauplan<\/h1>/)
    expect(html).toMatch(/<a href="\/api\/docs">/)
    expect(html).toMatch(/Oberfläche folgt/)
    expect(html).toContain('Identität prüfen')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>')
    expect(html).toMatch(/Veröffentlichte Bausteine \(2\)/)
  })
})

describe('with the built web app', () => {
  it('serves its files, falls back to index.html for app routes, and keeps API 404s', async () => {
    webDir = await mkdtemp(path.join(tmpdir(), 'bauplan-web-'))
    await mkdir(path.join(webDir, 'assets'))
    await writeFile(path.join(webDir, 'index.html'), '<!doctype html><title>Werkbank</title>')
    await writeFile(path.join(webDir, 'assets', 'app.js'), 'console.log("werkbank")')
    t = await startTestApp({ webDistDir: webDir })
    const index = await t.app.inject({ url: '/' })
    expect(index.body).toContain('<title>Werkbank</title>')
    const asset = await t.app.inject({ url: '/assets/app.js' })
    expect(asset.headers['content-type']).toMatch(/javascript/)
    const appRoute = await t.app.inject({ url: '/bausteine/urn%3Abauplan%3Abaustein%3Asn%3Ax' })
    expect(appRoute.statusCode).toBe(200)
    expect(appRoute.body).toContain('<title>Werkbank</title>')
    const api = await t.app.inject({ url: '/api/gibt-es-nicht' })
    expect(api.statusCode).toBe(404)
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/)
  })
})
