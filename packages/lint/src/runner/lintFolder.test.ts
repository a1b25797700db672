import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkBausteinFolder, type Problem, type PublishedVersionsLookup } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import type { LintConfigInput } from '../config/lintConfig'
import { lintFolder } from './lintFolder'

const MODELS_DIR = fileURLToPath(new URL('../../../../models', import.meta.url))
const hasModels = existsSync(MODELS_DIR)

function readModel(collection: string, slug: string): Record<string, string> {
  const dir = join(MODELS_DIR, collection, slug)
  return Object.fromEntries(
    readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')])
  )
}

async function lintModel(
  files: Record<string, string>,
  config: LintConfigInput,
  lookup?: PublishedVersionsLookup
): Promise<Problem[]> {
  return lintFolder(files, await checkBausteinFolder(files), config, lookup)
}

const CALL = 'urn:bauplan:baustein:sn:identitaet-pruefen'

describe.skipIf(!hasModels)('lintFolder on reference folders', () => {
  it('reports the loop back into a task at its default level, warning, with file and element', async () => {
    const problems = await lintModel(readModel('bausteine', 'register-abfragen'), {})
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'bauplan/no-implicit-join',
        severity: 'warning',
        file: 'register-abfragen.bpmn',
        elementId: 'Activity_ErgebnisKlaeren',
      })
    )
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it('raises a finding to an error when the configuration says so', async () => {
    const problems = await lintModel(readModel('bausteine', 'register-abfragen'), {
      rules: { 'bauplan/no-implicit-join': 'error' },
    })
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'bauplan/no-implicit-join', severity: 'error' })
    )
  })

  it('finds an unnamed task in the BPMN file the metadata names', async () => {
    const files = readModel('bausteine', 'register-abfragen')
    files['register-abfragen.bpmn'] = (files['register-abfragen.bpmn'] ?? '').replace(
      'name="Ergebnis klären"',
      'name=""'
    )
    const problems = await lintModel(files, {})
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'bauplan/named-flow-nodes',
        severity: 'error',
        file: 'register-abfragen.bpmn',
        elementId: 'Activity_ErgebnisKlaeren',
      })
    )
  })

  it('checks only the form of calls without a lookup, and resolves them with one', async () => {
    const files = readModel('verfahren', 'gewerbe-anmelden')
    const unknown = (problems: Problem[]) =>
      problems.filter((p) => p.code === 'bauplan/call-activity-reference')
    expect(unknown(await lintModel(files, {}))).toEqual([])

    const withoutIdentitaet = await lintModel(files, {}, (id) =>
      id === CALL ? undefined : ['1.0.0']
    )
    expect(unknown(withoutIdentitaet)).toEqual([
      expect.objectContaining({
        elementId: 'Activity_IdentitaetPruefen',
        message: expect.objectContaining({ en: expect.stringContaining(CALL) }),
      }),
    ])

    const tooOld = await lintModel(files, {}, () => ['0.9.0'])
    expect(unknown(tooOld).length).toBeGreaterThan(1)
    expect(unknown(await lintModel(files, {}, () => ['1.2.0']))).toEqual([])
  })

  it('leaves BPMN rules out when the model does not parse (the folder check reports that)', async () => {
    const files = readModel('bausteine', 'register-abfragen')
    files['register-abfragen.bpmn'] = '<definitions'
    const problems = await lintModel(files, { rules: { 'bauplan/named-flow-nodes': 'error' } })
    expect(problems.filter((p) => p.file === 'register-abfragen.bpmn')).toEqual([])
  })
})
