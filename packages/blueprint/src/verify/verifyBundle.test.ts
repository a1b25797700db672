import { describe, expect, it } from 'vitest'
import { referenceBundle } from '../bundle/testSupport'
import { sha256Hex } from '../source/contentHash'
import { writeDeterministicZip } from '../zip/writeZip'
import { readBundleZip } from '../zip/readZip'
import type { BlueprintManifest } from '../manifest/manifestTypes'
import { BlueprintError } from '../model/blueprintError'
import { readVerifiedBundle, verifyBundle } from './verifyBundle'

const encoder = new TextEncoder()
const SLUG = 'hundesteuer-anmelden'

/** Unpacks a good bundle, lets the test change files and manifest, and packs it again. */
async function tampered(
  change: (files: Map<string, Uint8Array>, manifest: BlueprintManifest) => void
): Promise<Uint8Array> {
  const bundle = await referenceBundle(SLUG)
  const files = new Map(readBundleZip(bundle.zip))
  const manifest = structuredClone(bundle.manifest)
  change(files, manifest)
  files.set('blueprint.json', encoder.encode(JSON.stringify(manifest)))
  return writeDeterministicZip([...files].map(([path, content]) => ({ path, content })))
}

/** Keeps the manifest's file list in step with a changed file, so only deeper checks can notice. */
function relist(manifest: BlueprintManifest, path: string, content: Uint8Array) {
  const entry = manifest.files.find((f) => f.path === path)
  if (entry === undefined) throw new Error(`no ${path}`)
  entry.sha256 = sha256Hex(content)
  entry.size = content.length
}

const rootFolder = 'bausteine/bauplan.baustein.sn.hundesteuer-anmelden@1.0.0'

describe('verifyBundle', { timeout: 30_000 }, () => {
  it('passes every check for an exported reference procedure', async () => {
    const report = await verifyBundle((await referenceBundle(SLUG)).zip)
    expect(report.problems).toEqual([])
    expect(report.ok).toBe(true)
    expect(Object.values(report.checks)).toEqual(Array(7).fill('passed'))
  })

  it('finds a tampered file by its sha256 (hash mismatch)', async () => {
    const archive = await tampered((files) => {
      files.set(`${rootFolder}/hundesteuer-anmelden.dmn`, encoder.encode('<changed/>'))
    })
    const report = await verifyBundle(archive)
    expect(report.ok).toBe(false)
    expect(report.checks.integrity).toBe('failed')
    expect(report.problems[0]).toMatchObject({
      code: 'blueprint.hashMismatch',
      file: `${rootFolder}/hundesteuer-anmelden.dmn`,
    })
  })

  it('finds a changed block even when the file list was rewritten to match', async () => {
    const archive = await tampered((files, manifest) => {
      const path = `${rootFolder}/entscheidungstests.json`
      const content = encoder.encode('{"tests":[]}\n')
      files.set(path, content)
      relist(manifest, path, content)
    })
    const report = await verifyBundle(archive)
    expect(report.checks.blocks).toBe('failed')
    expect(report.problems[0]?.code).toBe('blueprint.contentHashMismatch')
  })

  it('refuses files that are not listed, and listed files that are missing', async () => {
    const extra = await tampered((files) =>
      files.set('extra/run-me.sh', encoder.encode('rm -rf /'))
    )
    expect((await verifyBundle(extra)).problems.map((p) => p.code)).toEqual([
      'blueprint.fileNotListed',
    ])
    const missing = await tampered((files) => files.delete(`${rootFolder}/entscheidungstests.json`))
    expect((await verifyBundle(missing)).problems.map((p) => p.code)).toEqual([
      'blueprint.fileMissing',
    ])
  })

  it('refuses an unknown manifest version before looking further', async () => {
    const archive = await tampered((_files, manifest) => {
      ;(manifest as unknown as { formatVersion: number }).formatVersion = 2
    })
    const report = await verifyBundle(archive)
    expect(report.checks.manifest).toBe('failed')
    expect(report.problems[0]?.code).toBe('blueprint.unknownManifestVersion')
    expect(report.problems[0]?.message.en).toContain('version 1')
  })

  it('names the JSON pointer of a schema violation', async () => {
    const archive = await tampered((_files, manifest) => {
      manifest.provenance.contentHash = 'not-a-hash'
    })
    const report = await verifyBundle(archive)
    expect(report.checks.schema).toBe('failed')
    expect(report.problems.map((p) => p.pointer)).toContain('/provenance/contentHash')
  })

  it('refuses a lock that misses a called block (missing dependency)', async () => {
    const archive = await tampered((files, manifest) => {
      const dropped = manifest.lock.shift()
      if (dropped === undefined) throw new Error('empty lock')
      for (const path of [...files.keys()])
        if (path.startsWith(`${dropped.folder}/`)) files.delete(path)
      manifest.files = manifest.files.filter((f) => !f.path.startsWith(`${dropped.folder}/`))
    })
    const report = await verifyBundle(archive)
    expect(report.checks.references).toBe('failed')
    expect(report.problems[0]?.code).toBe('blueprint.lockIncomplete')
    expect(report.problems[0]?.message.de).toContain('fehlt im Lock')
  })

  it('refuses a lock entry that no call in the bundle explains', async () => {
    const archive = await tampered((_files, manifest) => {
      const entry = manifest.lock[0]
      if (entry === undefined) throw new Error('empty lock')
      entry.requestedBy.push({ blockId: entry.blockId, version: entry.version, range: '^9.0.0' })
    })
    const report = await verifyBundle(archive)
    expect(report.checks.references).toBe('failed')
    expect(report.problems.map((p) => p.code)).toEqual(['blueprint.lockUnexplained'])
  })

  it('runs the domain checks on the contained models', async () => {
    const archive = await tampered((files, manifest) => {
      const path = 'back-office/extra.bpmn'
      const content = encoder.encode('<?xml version="1.0"?><notbpmn/>')
      files.set(path, content)
      manifest.files.push({ path, sha256: sha256Hex(content), size: content.length })
      manifest.files.sort((a, b) => (a.path < b.path ? -1 : 1))
    })
    const report = await verifyBundle(archive)
    expect(report.checks.models).toBe('failed')
    expect(report.problems[0]?.file).toBe('back-office/extra.bpmn')
  })

  it('readVerifiedBundle throws the problems of an unsafe archive', async () => {
    const error = await readVerifiedBundle(encoder.encode('no zip')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BlueprintError)
    expect((error as BlueprintError).kind).toBe('unsafeArchive')
  })
})
