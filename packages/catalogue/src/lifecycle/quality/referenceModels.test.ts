import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkBausteinFolder } from '@bauplan/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedFromModels, type SeedFolder } from '../../seed/seedFromModels'
import type { CatalogueStore } from '../../store'
import { sqlite } from '../testing/backends'
import { SLOW } from '../testing/slow'
import { runQualityChecks } from './qualityChecks'

const modelsDir = fileURLToPath(new URL('../../../../../models', import.meta.url))

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

const folders = readModelFolders()

/**
 * Every reference model passes the quality gates with the default rule levels, in a catalogue that
 * holds the others (as after the first start): no rule finding at level error, every decision test
 * passes. Seeding runs the whole publishing gate; this names each model's findings when it fails.
 */
describe('the reference models under the default rules', { timeout: SLOW }, () => {
  let store: CatalogueStore
  beforeAll(async () => {
    store = await sqlite.open()
    await seedFromModels(store, folders)
  }, SLOW)
  afterAll(() => store.close())

  it('are all there', () => {
    expect(folders.length).toBeGreaterThanOrEqual(21)
  })

  it.each(folders.map((f) => [f.name, f] as const))('%s', async (_name, folder) => {
    const check = await checkBausteinFolder(folder.files)
    const quality = await runQualityChecks(store, folder.files, check)
    expect(quality.lintConfigRevision).toBe(0)
    expect(quality.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(quality.decisionTests?.failed).toBe(0)
    if (check.metadata?.artefakte.entscheidungstests) {
      expect(quality.decisionTests?.passed).toBeGreaterThan(0)
    }
  })
})
