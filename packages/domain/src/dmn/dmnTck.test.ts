import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { hasErrors } from '../problem'
import { checkDmn } from './checkDmn'
import { readDmnFacts } from './dmnFacts'
import { parseDmn } from './parseDmn'
import { serializeDmn } from './serializeDmn'

// <repo>/packages/domain/src/dmn → <repo>/../shared
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..')
const tck = join(repo, '..', 'shared', 'corpora', 'dmn-tck')
const level2 = join(tck, 'compliance-level-2')
const level3 = join(tck, 'compliance-level-3')

function tckModels(folder: string): Array<[string, string]> {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(folder, entry.name))
        .filter((file) => file.endsWith('.dmn'))
        .map((file): [string, string] => [file, join(folder, entry.name, file)])
    )
    .sort(([a], [b]) => a.localeCompare(b))
}

describe.skipIf(!existsSync(level2))(
  'DMN TCK compliance level 2 (skipped when ../shared/corpora is absent)',
  () => {
    const models = tckModels(level2)

    it('has the full level-2 corpus', () => {
      expect(models.length).toBeGreaterThanOrEqual(28)
    })

    it.each(models)('%s parses, checks without errors and round-trips', async (_, path) => {
      const xml = readFileSync(path, 'utf8')
      const { definitions, problems } = await parseDmn(xml, { file: path })
      // The corpus is DMN 1.5, read as 1.3: that warning and nothing else.
      expect(problems.map((p) => p.code)).toEqual(['dmn.versionConverted'])
      if (!definitions) throw new Error('no definitions')
      const checked = checkDmn(definitions, xml)
      expect(checked.filter((p) => p.severity === 'error')).toEqual([])
      expect(hasErrors(checked)).toBe(false)

      const facts = readDmnFacts(definitions)
      expect(facts.decisions.length).toBeGreaterThan(0)

      // Saving and reading again keeps every decision, its logic and its table shape.
      const again = await parseDmn(await serializeDmn(definitions))
      expect(again.problems).toEqual([])
      expect(again.definitions && readDmnFacts(again.definitions)).toEqual(facts)
    })
  }
)

describe.skipIf(!existsSync(level3))(
  'DMN TCK compliance level 3 subset (skipped when ../shared/corpora is absent)',
  () => {
    // Level 3 uses DMN 1.4/1.5 boxed expressions (conditional, for, every) that DMN 1.3 lacks:
    // those are warnings (reported, lost on save), never errors, and no check may call a TCK model wrong.
    it.each(tckModels(level3))('%s parses and checks without errors', async (_, path) => {
      const xml = readFileSync(path, 'utf8')
      const { definitions, problems } = await parseDmn(xml)
      expect(problems.filter((p) => p.severity === 'error')).toEqual([])
      if (!definitions) throw new Error('no definitions')
      expect(checkDmn(definitions, xml).filter((p) => p.severity === 'error')).toEqual([])
    })
  }
)
