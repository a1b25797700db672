import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError } from '../lifecycle/errors'
import { sqlite } from '../lifecycle/testing/backends'
import { storageSnapshot } from '../lifecycle/testing/snapshot'
import type { CatalogueStore } from '../store'
import { MODELS_SEEDED_KEY, seedFromModels, type SeedFolder } from './seedFromModels'
import { SEED_ORGANISATION } from './seedOrganisation'
import { SLOW } from '../lifecycle/testing/slow'

const modelsDir = fileURLToPath(new URL('../../../../models', import.meta.url))

/** Every block folder under models/bausteine and models/verfahren, read as the server would. */
function readModelFolders(): SeedFolder[] {
  const folders: SeedFolder[] = []
  for (const group of ['bausteine', 'verfahren']) {
    const groupDir = join(modelsDir, group)
    if (!existsSync(groupDir)) continue
    for (const name of readdirSync(groupDir).sort()) {
      const dir = join(groupDir, name)
      if (!statSync(dir).isDirectory()) continue
      const files: Record<string, string> = {}
      for (const file of readdirSync(dir)) files[file] = readFileSync(join(dir, file), 'utf8')
      folders.push({ name: `${group}/${name}`, files })
    }
  }
  return folders
}

describe('seedFromModels', { timeout: SLOW }, () => {
  let store: CatalogueStore
  beforeEach(async () => {
    store = await sqlite.open()
  })
  afterEach(() => store.close())

  it('publishes the reference catalogue once, blocks before the procedures that call them', async () => {
    const folders = readModelFolders()
    expect(folders.length).toBeGreaterThan(0)
    const first = await seedFromModels(store, folders)
    if (!first.seeded) throw new Error('the first run must seed')
    expect(first.published).toHaveLength(folders.length)
    expect(first.skipped).toEqual([])

    const blocks = await store.listBlocks({ limit: 100 })
    expect(blocks.total).toBe(folders.length)
    for (const block of blocks.items) {
      expect(block.organisationId).toBe(SEED_ORGANISATION.id)
      const versions = await store.listVersions(block.id)
      expect(versions.map((v) => v.state)).toEqual(['veroeffentlicht'])
      const [version] = versions
      if (!version) continue
      expect((await store.listReviewEvents(version)).map((e) => e.kind)).toEqual(['importiert'])
      // Every reference is pinned to a published version inside its range.
      for (const reference of await store.listReferences(version)) {
        expect(reference.resolvedVersion, `${block.id} → ${reference.targetBlockId}`).not.toBeNull()
        const target = await store.getVersion({
          blockId: reference.targetBlockId,
          version: reference.resolvedVersion ?? '',
        })
        expect(target?.state).toBe('veroeffentlicht')
      }
    }
    // Procedures call blocks: at least one reference exists, and callers come after callees.
    const order = first.published.map((label) => label.slice(0, label.lastIndexOf('@')))
    let references = 0
    for (const id of order) {
      for (const ref of await store.listReferences({
        blockId: id,
        version: (await store.listVersions(id))[0]?.version ?? '',
      })) {
        references += 1
        expect(order.indexOf(ref.targetBlockId)).toBeLessThan(order.indexOf(id))
      }
    }
    expect(references).toBeGreaterThan(0)
    const audit = await store.listAudit({ limit: 100 })
    expect(audit.items.filter((e) => e.action === 'version.imported')).toHaveLength(folders.length)
    expect(audit.items.every((e) => e.actorId === null)).toBe(true)

    // A restart: nothing is duplicated or overwritten.
    const before = await storageSnapshot(store)
    expect(await seedFromModels(store, folders)).toEqual({ seeded: false })
    expect(await storageSnapshot(store)).toEqual(before)
    expect(await store.getMeta(MODELS_SEEDED_KEY)).not.toBeNull()
  })

  it('imports nothing when one folder is invalid, naming the folder', async () => {
    const folders = readModelFolders()
    const broken = folders.map((f, i) =>
      i === 0 ? { ...f, files: { ...f.files, 'baustein.json': '{ "id": 1 }' } } : f
    )
    const before = await storageSnapshot(store)
    const error = await seedFromModels(store, broken).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).problems[0]?.file).toContain(folders[0]?.name)
    expect(await storageSnapshot(store)).toEqual(before)
  })

  it('refuses folders whose references cannot resolve within the set', async () => {
    const procedures = readModelFolders().filter((f) => f.name.startsWith('verfahren/'))
    const error = await seedFromModels(store, procedures).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).problems.map((p) => p.code)).toContain('ref.unknownBlock')
    expect((await store.listBlocks()).total).toBe(0)
    expect(await store.getMeta(MODELS_SEEDED_KEY)).toBeNull()
  })
})
