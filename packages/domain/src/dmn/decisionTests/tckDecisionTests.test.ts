import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { scanXmlText } from '../../xml/scanner'
import { readDmnFacts } from '../dmnFacts'
import { parseDmn } from '../parseDmn'
import type { DecisionTest } from './decisionTestsFile'
import { validateDecisionTests } from './validateDecisionTests'

// <repo>/packages/domain/src/dmn/decisionTests → <repo>/../shared
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../..')
const level2 = join(repo, '..', 'shared', 'corpora', 'dmn-tck', 'compliance-level-2')

interface TckCase {
  inputs: string[]
  results: Array<{ decisionName: string; components: string[] }>
}

/** Input node names, result node names and the first-level components of each expected result. */
function readTckTestFile(xml: string): TckCase[] {
  const cases: TckCase[] = []
  let resultDepth = -1
  scanXmlText(xml, {
    onStartTag: (tag) => {
      const name = tag.attributes.find((attribute) => attribute.name === 'name')?.value ?? ''
      if (tag.name === 'testCase') cases.push({ inputs: [], results: [] })
      const current = cases[cases.length - 1]
      if (!current) return
      if (tag.name === 'inputNode') current.inputs.push(name)
      if (tag.name === 'resultNode') {
        current.results.push({ decisionName: name, components: [] })
        resultDepth = tag.depth
      }
      // resultNode > expected > component
      if (tag.name === 'component' && tag.depth === resultDepth + 2) {
        current.results[current.results.length - 1]?.components.push(name)
      }
    },
  })
  return cases
}

function caseFolders(): string[] {
  if (!existsSync(level2)) return []
  return readdirSync(level2, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

describe.skipIf(!existsSync(level2))(
  'TCK level-2 test cases as decision tests (skipped when ../shared/corpora is absent)',
  () => {
    // The TCK's own test files, converted to our format, must pass validation: a real check of
    // which input keys and result keys the validation accepts for real models.
    it.each(caseFolders())('%s', async (folder) => {
      const files = readdirSync(join(level2, folder))
      const model = files.find((file) => file.endsWith('.dmn'))
      if (!model) throw new Error(`no model in ${folder}`)
      const { definitions } = await parseDmn(readFileSync(join(level2, folder, model), 'utf8'))
      if (!definitions) throw new Error('not parsed')
      const facts = readDmnFacts(definitions)
      const tests: DecisionTest[] = []
      for (const file of files.filter((name) => /-test-\d+\.xml$/.test(name))) {
        for (const tckCase of readTckTestFile(readFileSync(join(level2, folder, file), 'utf8'))) {
          for (const result of tckCase.results) {
            const decision = facts.decisions.find(
              (candidate) => candidate.name === result.decisionName
            )
            const keys = result.components.length > 0 ? result.components : [result.decisionName]
            tests.push({
              name: `${file} ${result.decisionName}`,
              decisionId: decision?.id ?? `(no decision named ${result.decisionName})`,
              eingaben: Object.fromEntries(tckCase.inputs.map((input) => [input, null])),
              erwartet: Object.fromEntries(keys.map((key) => [key, null])),
            })
          }
        }
      }
      expect(tests.length).toBeGreaterThan(0)
      expect(validateDecisionTests(tests, [facts])).toEqual([])
    })
  }
)
