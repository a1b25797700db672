import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkBausteinFolder } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { runFolderDecisionTests } from './runFolderDecisionTests'

const FOLDER = fileURLToPath(
  new URL('../../../../models/verfahren/gewerbe-anmelden', import.meta.url)
)
const TESTS = 'entscheidungstests.json'

function readFolder(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(FOLDER).map((name) => [name, readFileSync(join(FOLDER, name), 'utf8')])
  )
}

type TestsFile = { tests: Array<{ name: string; erwartet: Record<string, unknown> }> }

function editTests(files: Record<string, string>, change: (tests: TestsFile) => void) {
  const value = JSON.parse(files[TESTS] ?? '') as TestsFile
  change(value)
  files[TESTS] = JSON.stringify(value)
}

async function run(files: Record<string, string>) {
  return runFolderDecisionTests(files, await checkBausteinFolder(files))
}

describe.skipIf(!existsSync(FOLDER))('runFolderDecisionTests on a reference procedure', () => {
  it('passes every test of the folder and reports the matched rules', async () => {
    const { report, problems } = await run(readFolder())
    expect(problems).toEqual([])
    expect(report?.failed).toBe(0)
    expect(report?.passed).toBeGreaterThan(3)
    expect(report?.results[0]).toMatchObject({
      decisionId: 'Decision_Anzeigepflicht',
      passed: true,
      outputs: [{ name: 'anzeigepflichtig', expected: true, actual: true, passed: true }],
      matchedRules: [{ decisionId: 'Decision_Anzeigepflicht', rules: [expect.any(Number)] }],
    })
  })

  it('reports a failing test with expected and computed value, in German and English', async () => {
    const files = readFolder()
    editTests(files, (value) => {
      const first = value.tests[0]
      if (first) first.erwartet = { anzeigepflichtig: false }
    })
    const { report, problems } = await run(files)
    expect(report?.failed).toBe(1)
    expect(problems).toEqual([
      {
        code: 'decisionTest.failed',
        severity: 'error',
        file: TESTS,
        pointer: '/tests/0',
        message: {
          de: expect.stringContaining('anzeigepflichtig: erwartet false, berechnet true'),
          en: expect.stringContaining('anzeigepflichtig: expected false, got true'),
        },
      },
    ])
  })

  it('reports FEEL that does not compile, naming the DMN file', async () => {
    const files = readFolder()
    const dmn = Object.keys(files).find((name) => name.endsWith('.dmn')) as string
    files[dmn] = (files[dmn] ?? '').replace(
      /<inputEntry( [^>]*)?>\s*<text>([^<]*)<\/text>/,
      '<inputEntry$1><text>$2 +</text>'
    )
    const { problems } = await run(files)
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'dmn.feelSyntax', file: dmn, severity: 'error' })
    )
  })

  it('gives no report, rather than "no tests", when the tests file is broken', async () => {
    const files = readFolder()
    files[TESTS] = '{ "tests": ['
    const { report } = await run(files)
    expect(report).toBeUndefined()
  })

  it('reports a folder without a tests file as zero tests', async () => {
    const files = readFolder()
    const metadata = JSON.parse(files['baustein.json'] ?? '') as {
      artefakte: Record<string, unknown>
    }
    delete metadata.artefakte.entscheidungstests
    files['baustein.json'] = JSON.stringify(metadata)
    delete files[TESTS]
    const { report } = await run(files)
    expect(report).toEqual({ passed: 0, failed: 0, results: [] })
  })
})
