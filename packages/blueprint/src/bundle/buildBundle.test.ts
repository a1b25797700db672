import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { manifestSchemaProblems } from '../manifest/manifestSchema'
import { readBundleZip } from '../zip/readZip'
import { buildBundle } from './buildBundle'
import { PROCEDURE_SLUGS, procedureId, referenceBundle, referenceSource } from './testSupport'
import { resolveProcedure } from '../resolve/resolveProcedure'
import { createChromiumRenderer, isChromiumAvailable } from '../parts/index'
import { verifyBundle } from '../verify/verifyBundle'

const GOLDEN_DIR = new URL('./__golden__/', import.meta.url)

/**
 * The golden manifest (compared as JSON, so formatting tools may touch the file). It is written
 * only when missing or with UPDATE_GOLDEN=1 — after a deliberate change, reviewed in the diff.
 */
async function golden(name: string, actual: unknown): Promise<unknown> {
  const file = new URL(name, GOLDEN_DIR)
  if (process.env.UPDATE_GOLDEN === '1') {
    await mkdir(GOLDEN_DIR, { recursive: true })
    await writeFile(file, `${JSON.stringify(actual, null, 2)}\n`)
  }
  return JSON.parse(await readFile(file, 'utf8')) as unknown
}

describe('buildBundle', { timeout: 30_000 }, () => {
  it.each(PROCEDURE_SLUGS)('golden: file list and manifest of %s', async (slug) => {
    const bundle = await referenceBundle(slug)
    expect(manifestSchemaProblems(bundle.manifest)).toEqual([])
    expect(
      bundle.manifest,
      'After a deliberate change of an exporter: UPDATE_GOLDEN=1 pnpm --filter @bauplan/blueprint exec vitest run src/bundle/buildBundle.test.ts, then review the diff of __golden__/'
    ).toEqual(await golden(`${slug}.blueprint.json`, bundle.manifest))
    expect(bundle.files.map((f) => f.path)).toEqual(
      ['blueprint.json', ...bundle.manifest.files.map((f) => f.path)].sort()
    )
  })

  it('is deterministic: two exports are byte-identical', async () => {
    const first = await referenceBundle('baugenehmigung-beantragen')
    const second = await referenceBundle('baugenehmigung-beantragen')
    expect(first.zip.length).toBeGreaterThan(1000)
    expect(Buffer.from(second.zip).equals(Buffer.from(first.zip))).toBe(true)
  })

  it('does not depend on the order the source lists files and keys in', async () => {
    const base = await referenceSource()
    const shuffled = {
      ...base,
      async load(id: string, version: string) {
        const block = await base.load(id, version)
        if (block === null) return null
        const files = Object.fromEntries(Object.entries(block.files).reverse())
        const metadata = Object.fromEntries(
          Object.entries(block.metadata as Record<string, unknown>).reverse()
        )
        return { ...block, files, metadata }
      },
    }
    const original = await referenceBundle('hundesteuer-anmelden')
    const reordered = await referenceBundle('hundesteuer-anmelden', { part: 'all' }, shuffled)
    expect(Buffer.from(reordered.zip).equals(Buffer.from(original.zip))).toBe(true)
  })

  it('carries every block folder with its decision tests, readable back from the zip', async () => {
    const bundle = await referenceBundle('hundesteuer-anmelden')
    const files = readBundleZip(bundle.zip)
    expect([...files.keys()]).toContain(
      'bausteine/bauplan.baustein.sn.hundesteuer-anmelden@1.0.0/entscheidungstests.json'
    )
    expect(bundle.manifest.provenance).toMatchObject({
      blockId: procedureId('hundesteuer-anmelden'),
      version: '1.0.0',
      origin: { name: 'models/', url: null },
      publishedAt: null,
    })
    expect(bundle.manifest.lock.length).toBeGreaterThan(3)
  })

  it('records the parts and flavour asked for, and reports progress to the end', async () => {
    const resolution = await resolveProcedure(
      await referenceSource(),
      procedureId('gewerbe-anmelden'),
      '1.0.0'
    )
    const steps: string[] = []
    const bundle = await buildBundle(resolution, {
      part: 'back-office',
      flavour: 'camunda8',
      onProgress: (done, total, step) => steps.push(`${done}/${total} ${step}`),
    })
    expect(bundle.manifest.export).toEqual({
      parts: ['back-office'],
      flavour: 'camunda8',
      locale: 'de',
      handbook: false,
    })
    expect(steps.at(-1)).toBe(`${steps.length}/${steps.length} zip`)
  })

  it.skipIf(!isChromiumAvailable())(
    'renders the handbook with a real browser, lists it in the manifest, and the bundle verifies',
    { timeout: 180_000 },
    async () => {
      const renderer = createChromiumRenderer()
      try {
        const resolution = await resolveProcedure(
          await referenceSource(),
          procedureId('meldebescheinigung-beantragen'),
          '1.0.0'
        )
        const request = { part: 'all' as const, handbook: true, locale: 'en' as const, renderer }
        const first = await buildBundle(resolution, request)
        expect(first.manifest.export).toMatchObject({ handbook: true, locale: 'en' })
        expect(first.manifest.files.map((f) => f.path)).toContain('handbuch/handbuch.en.html')
        expect((await verifyBundle(first.zip)).problems).toEqual([])
      } finally {
        await renderer.close()
      }
    }
  )
})
