import path from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  isChromiumAvailable,
  folderBlockSource,
  buildBundle,
  resolveProcedure,
  verifyBundle,
  type BlueprintManifest,
} from '@bauplan/blueprint'
import { MODELS_DIR, readAllModelFolders } from '@bauplan/models'
import { startTestApp, storageCounts, type TestApp } from '../../testing/testApp'

const PROCEDURE = 'urn:bauplan:baustein:sn:gewerbe-anmelden'
const url = (id: string, version: string, query = '') =>
  `/api/bausteine/${encodeURIComponent(id)}/versionen/${version}/blueprint${query}`

let origin: TestApp
let target: TestApp
let reader: { authorization: string }
let curator: { authorization: string }
let exported: Buffer

/** Two catalogues with their own names: the reference catalogue, and an empty one that imports. */
beforeAll(async () => {
  origin = await startTestApp({
    env: {
      BAUPLAN_CATALOGUE_NAME: 'Bauplan Sachsen',
      BAUPLAN_PUBLIC_URL: 'https://bauplan.sachsen.example',
    },
    startup: { seedModels: true, print: () => undefined },
  })
  target = await startTestApp({
    env: {
      BAUPLAN_CATALOGUE_NAME: 'Bauplan Bayern',
      BAUPLAN_PUBLIC_URL: 'https://bauplan.bayern.example',
    },
    startup: { seedModels: false, print: () => undefined },
  })
  await origin.addUser('it', [{ organisationId: 'itd', role: 'it_dienstleister' }])
  reader = await origin.token('it')
  await target.addUser('kurator', [{ organisationId: 'by', role: 'kurator' }])
  await target.addUser('it', [{ organisationId: 'itd', role: 'it_dienstleister' }])
  curator = await target.token('kurator')
}, 120_000)
afterAll(async () => {
  await origin?.close()
  await target?.close()
})

function manifestOf(zip: Uint8Array): BlueprintManifest {
  return JSON.parse(new TextDecoder().decode(unzipSync(zip)['blueprint.json'])) as BlueprintManifest
}

describe('blueprint export and federation import over HTTP', { timeout: 120_000 }, () => {
  it('exports a published procedure as a verified, deterministic bundle', async () => {
    const first = await origin.app.inject({ url: url(PROCEDURE, '1.0.0'), headers: reader })
    expect(first.statusCode, first.body).toBe(200)
    expect(first.headers['content-type']).toBe('application/zip')
    expect(first.headers['content-disposition']).toContain('gewerbe-anmelden-1.0.0-all.zip')
    exported = first.rawPayload
    const second = await origin.app.inject({ url: url(PROCEDURE, '1.0.0'), headers: reader })
    expect(second.rawPayload.equals(exported)).toBe(true)

    const report = await verifyBundle(exported)
    expect(report.problems).toEqual([])
    const manifest = manifestOf(exported)
    const stored = await origin.store.getVersion({ blockId: PROCEDURE, version: '1.0.0' })
    expect(manifest.provenance).toMatchObject({
      contentHash: stored?.contentHash,
      origin: { name: 'Bauplan Sachsen', url: 'https://bauplan.sachsen.example' },
      publishedAt: stored?.publishedAt,
    })
    for (const entry of manifest.lock) {
      const references = await origin.store.listReferences({ blockId: PROCEDURE, version: '1.0.0' })
      expect(references.find((r) => r.targetBlockId === entry.blockId)?.resolvedVersion).toBe(
        entry.version
      )
    }
  })

  it('names the same content hashes as an export from the models folder (no server)', async () => {
    const folders = (await readAllModelFolders()).map((f) => ({
      name: path.relative(MODELS_DIR, f.dir),
      files: f.files,
    }))
    const resolution = await resolveProcedure(folderBlockSource(folders), PROCEDURE, '1.0.0')
    const offline = (await buildBundle(resolution, { part: 'all' })).manifest
    const online = manifestOf(exported)
    const hashes = (m: BlueprintManifest) =>
      [m.provenance, ...m.lock].map((b) => `${b.blockId}@${b.version} ${b.contentHash}`)
    expect(hashes(offline)).toEqual(hashes(online))
    expect(offline.files.map((f) => `${f.path} ${f.sha256}`)).toEqual(
      online.files.map((f) => `${f.path} ${f.sha256}`)
    )
  })

  it('answers 404 for versions that do not exist and 400 for unknown parts', async () => {
    expect(
      (await origin.app.inject({ url: url(PROCEDURE, '7.0.0'), headers: reader })).statusCode
    ).toBe(404)
    expect(
      (await origin.app.inject({ url: url(PROCEDURE, '1.0.0', '?teil=middle'), headers: reader }))
        .statusCode
    ).toBe(400)
  })

  it.skipIf(!isChromiumAvailable())(
    'adds the handbook in the language asked for, byte-identical on every export',
    async () => {
      const handbookUrl = url(
        'urn:bauplan:baustein:sn:meldebescheinigung-beantragen',
        '1.0.0',
        '?handbuch=en'
      )
      const response = await origin.app.inject({ url: handbookUrl, headers: reader })
      expect(response.statusCode, response.body).toBe(200)
      expect(response.headers['content-disposition']).toContain('-all-handbuch-en.zip')
      const manifest = manifestOf(response.rawPayload)
      expect(manifest.export).toMatchObject({ handbook: true, locale: 'en' })
      expect(manifest.files.map((f) => f.path)).toContain('handbuch/handbuch.en.html')
      // The diagrams are drawn again for the second export; their ids must not change the bytes.
      const again = await origin.app.inject({ url: handbookUrl, headers: reader })
      expect(again.rawPayload.equals(response.rawPayload)).toBe(true)
    }
  )

  it('imports the bundle into another catalogue, keeps provenance, and exports the same bytes', async () => {
    const response = await target.app.inject({
      method: 'POST',
      url: '/api/blueprints/import',
      headers: { ...curator, 'content-type': 'application/zip' },
      payload: exported,
    })
    expect(response.statusCode, response.body).toBe(200)
    const manifest = manifestOf(exported)
    const report = response.json<{ created: unknown[]; checks: object; origin: object }>()
    expect(report.created).toHaveLength(manifest.lock.length + 1)
    // The verify report travels with the result, so the workbench can show every check.
    expect(report.checks).toEqual({
      archive: 'passed',
      manifest: 'passed',
      schema: 'passed',
      integrity: 'passed',
      blocks: 'passed',
      references: 'passed',
      models: 'passed',
    })
    expect(report.origin).toEqual({
      blockId: PROCEDURE,
      version: '1.0.0',
      catalogue: { name: 'Bauplan Sachsen', url: 'https://bauplan.sachsen.example' },
    })
    expect((await target.store.getBlock(PROCEDURE))?.organisationId).toBe('by')

    const reexport = await target.app.inject({ url: url(PROCEDURE, '1.0.0'), headers: curator })
    expect(reexport.statusCode, reexport.body).toBe(200)
    expect(reexport.rawPayload.equals(exported)).toBe(true)

    const again = await target.app.inject({
      method: 'POST',
      url: '/api/blueprints/import',
      headers: { ...curator, 'content-type': 'application/zip' },
      payload: exported,
    })
    expect(again.json()).toMatchObject({ created: [], unchanged: expect.any(Array) })
  })

  it('refuses tampered bundles, zip bombs, non-zips and readers, importing nothing', async () => {
    const entries = unzipSync(exported)
    const dmn = Object.keys(entries).find((name) => name.endsWith('.dmn')) as string
    entries[dmn] = strToU8('<tampered/>')
    const cases: [number, Uint8Array, Record<string, string>][] = [
      [422, zipSync(entries), curator],
      [413, zipSync({ 'bomb.txt': [new Uint8Array(4 * 1024 * 1024), { level: 9 }] }), curator],
      [400, strToU8('not a zip'), curator],
      [403, exported, await target.token('it')],
    ]
    for (const [status, payload, headers] of cases) {
      const before = await storageCounts(target.store)
      const response = await target.app.inject({
        method: 'POST',
        url: '/api/blueprints/import?organisation=by',
        headers: { ...headers, 'content-type': 'application/zip' },
        payload: Buffer.from(payload),
      })
      expect(response.statusCode, response.body).toBe(status)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(await storageCounts(target.store)).toEqual(before)
    }
  })

  it('names the checks of a refused bundle: passed up to the failed one, the rest not run', async () => {
    const entries = unzipSync(exported)
    const dmn = Object.keys(entries).find((name) => name.endsWith('.dmn')) as string
    entries[dmn] = strToU8('<tampered/>')
    const response = await target.app.inject({
      method: 'POST',
      url: '/api/blueprints/import?organisation=by&lang=en',
      headers: { ...curator, 'content-type': 'application/zip' },
      payload: Buffer.from(zipSync(entries)),
    })
    expect(response.statusCode, response.body).toBe(422)
    const problem = response.json<{ code: string; checks: Record<string, string> }>()
    expect(problem.code).toBe('blueprint.hashMismatch')
    expect(problem.checks).toEqual({
      archive: 'passed',
      manifest: 'passed',
      schema: 'passed',
      integrity: 'failed',
      blocks: 'skipped',
      references: 'skipped',
      models: 'skipped',
    })
  })
})
