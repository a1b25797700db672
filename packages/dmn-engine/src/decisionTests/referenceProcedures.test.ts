import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseDecisionTests, parseDmn } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { compileDmn } from '../compile/compileDmn'
import { runDecisionTests } from './runDecisionTests'

// The reference procedures' own decision tests (models/verfahren/*/entscheidungstests.json).
const verfahren = fileURLToPath(new URL('../../../../models/verfahren/', import.meta.url))

const procedures = existsSync(verfahren)
  ? readdirSync(verfahren, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .filter((name) => existsSync(`${verfahren}${name}/entscheidungstests.json`))
      .sort()
  : []

/**
 * Reference tests that fail because of the model, not the engine, with the reason. Each must
 * still fail for exactly that reason: when the model is corrected, remove the entry.
 */
const KNOWN_MODEL_ISSUES: Record<string, { test: string; code: string }[]> = {}

describe('decision tests of the reference procedures', () => {
  it('finds the reference procedures with decision tests', () => {
    expect(procedures).toEqual(expect.arrayContaining(['gewerbe-anmelden', 'hundesteuer-anmelden']))
  })

  describe.each(procedures)('%s', (procedure) => {
    const folder = `${verfahren}${procedure}/`
    const dmnFile = readdirSync(folder).find((file) => file.endsWith('.dmn'))

    it('has a DMN model that compiles without problems', async () => {
      expect(dmnFile).toBeDefined()
      const xml = readFileSync(`${folder}${dmnFile}`, 'utf8')
      const { definitions } = await parseDmn(xml)
      expect(definitions).toBeDefined()
      expect(compileDmn(definitions!, { source: xml }).problems).toEqual([])
    })

    it('passes its decision tests', async () => {
      const xml = readFileSync(`${folder}${dmnFile}`, 'utf8')
      const { definitions } = await parseDmn(xml)
      const model = compileDmn(definitions!, { source: xml })
      const parsed = parseDecisionTests(readFileSync(`${folder}entscheidungstests.json`, 'utf8'))
      expect(parsed.problems).toEqual([])
      const run = runDecisionTests(model, parsed.tests ?? [])
      expect(run.results.length).toBeGreaterThan(0)
      const known = KNOWN_MODEL_ISSUES[procedure] ?? []
      for (const result of run.results) {
        const issue = known.find((entry) => entry.test === result.name)
        if (issue) {
          expect(
            result.passed,
            `${result.name} now passes: remove it from KNOWN_MODEL_ISSUES`
          ).toBe(false)
          expect(result.errors.map((error) => error.code)).toEqual([issue.code])
        } else {
          expect({
            name: result.name,
            passed: result.passed,
            outputs: result.outputs,
            errors: result.errors,
          }).toMatchObject({
            passed: true,
            errors: [],
          })
        }
      }
    })
  })
})
