import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { listModelFolders, MODELS_DIR } from '@bauplan/models'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXIT } from '../exitCodes'
import { runInProcess } from '../testSupport/runInProcess'

const REPO = path.resolve(MODELS_DIR, '..')
const env = { LANG: 'de_DE.UTF-8' }
let work: string

/** A copy of a real reference folder, to break one thing in it. */
async function copyOf(collection: string, slug: string, as: string): Promise<string> {
  const target = path.join(work, as)
  await cp(path.join(MODELS_DIR, collection, slug), target, { recursive: true })
  return target
}

async function editJson(file: string, change: (value: Record<string, unknown>) => void) {
  const value = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
  change(value)
  await writeFile(file, JSON.stringify(value, null, 2))
}

const validate = (args: string[], extraEnv: Record<string, string> = {}) =>
  runInProcess(['validate', ...args], { cwd: work, env: { ...env, ...extraEnv } })

// Folders several tests read: one with invalid metadata, a valid one and its twin (same id@version).
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'bauplan-cli-validate-'))
  const bad = await copyOf('bausteine', 'identitaet-pruefen', 'bad-metadata')
  await editJson(path.join(bad, 'baustein.json'), (m) => {
    m.bausteinart = 'irgendwas'
  })
  await copyOf('bausteine', 'register-abfragen', 'fine')
  await copyOf('bausteine', 'register-abfragen', 'twin')
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('bauplan validate on the reference models', () => {
  it('passes every folder of models/ checked as one set (exit 0)', async () => {
    const folders = await listModelFolders()
    expect(folders.length).toBeGreaterThan(15)
    const result = await runInProcess(['validate', ...folders.map((f) => path.relative(REPO, f))], {
      cwd: REPO,
      env,
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(EXIT.ok)
    expect(result.stdout).toContain(
      `${folders.length} Ordner geprüft: ${folders.length} ohne Fehler`
    )
    // The rules' reminders at warning level are shown, but do not fail the run.
    expect(result.stdout).toMatch(
      /^ {2}models\/bausteine\/register-abfragen\/register-abfragen\.bpmn #Activity_ErgebnisKlaeren — Warnung: .*\[bauplan\/no-implicit-join\]$/m
    )
    expect(result.stdout).toMatch(
      /^ {2}models\/bausteine\/register-abfragen\/baustein\.json \/handlungsgrundlagen — Warnung: .*\[bauplan\/handlungsgrundlage\]$/m
    )
    expect(result.stdout).not.toMatch(/— Fehler:/)
    expect(result.stdout).toMatch(/^Entscheidungstests: [1-9]\d* bestanden, 0 fehlgeschlagen\.$/m)
  })

  it('reports a procedure whose called blocks are not among the folders (exit 1), unless told to skip', async () => {
    const procedure = path.join(REPO, 'models/verfahren/gewerbe-anmelden')
    const alone = await runInProcess(['validate', procedure], { cwd: REPO, env })
    expect(alone.code).toBe(EXIT.problems)
    expect(alone.stdout).toMatch(
      /gewerbe-anmelden\.bpmn #Activity_IdentitaetPruefen — Fehler: .*urn:bauplan:baustein:sn:identitaet-pruefen.*\[ref\.unknownBlock\]/
    )
    // Reported once, by the set check; the call-activity rule does not repeat it.
    expect(alone.stdout.match(/#Activity_IdentitaetPruefen — Fehler/g)).toHaveLength(1)
    expect(alone.stdout).not.toContain('[bauplan/call-activity-reference]')
    const skipped = await runInProcess(['validate', procedure, '--skip-references'], {
      cwd: REPO,
      env,
    })
    expect(skipped.code).toBe(EXIT.ok)
  })
})

describe('bauplan validate on broken folders', () => {
  it('names the invalid metadata field in German, and in English with --lang en', async () => {
    const german = await validate(['bad-metadata'])
    expect(german.code).toBe(EXIT.problems)
    expect(german.stdout).toMatch(
      /^ {2}bad-metadata\/baustein\.json \/bausteinart — Fehler: Feld „bausteinart“.*„irgendwas“.*\[schema\.enum\]$/m
    )
    expect(german.stdout).toContain('0 ohne Fehler, 1 mit Fehlern')

    const english = await validate(['bad-metadata', '--lang', 'en'])
    expect(english.code).toBe(EXIT.problems)
    expect(english.stdout).toMatch(
      /^ {2}bad-metadata\/baustein\.json \/bausteinart — error: Field "bausteinart".*"irgendwas".*\[schema\.enum\]$/m
    )
    expect(english.stdout).toContain('Checked 1 folder: 0 without errors, 1 with errors')
  })

  it('takes the language from LANG when --lang is not given', async () => {
    const result = await validate(['bad-metadata'], { LANG: 'en_GB.UTF-8' })
    expect(result.stdout).toContain('error: Field "bausteinart"')
  })

  it('refuses hostile XML with the file, line and column', async () => {
    const dir = await copyOf('bausteine', 'identitaet-pruefen', 'hostile-xml')
    await writeFile(
      path.join(dir, 'identitaet-pruefen.bpmn'),
      '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY lol "lol">]>\n<definitions>&lol;</definitions>\n'
    )
    const result = await validate(['hostile-xml', '--lang', 'en'])
    expect(result.code).toBe(EXIT.problems)
    expect(result.stdout).toMatch(
      /^ {2}hostile-xml\/identitaet-pruefen\.bpmn:2:\d+ — error: .*\[xml\.\w+\]$/m
    )
  })

  it('reports a model file the metadata names but the folder lacks', async () => {
    const dir = await copyOf('bausteine', 'identitaet-pruefen', 'missing-file')
    await rm(path.join(dir, 'identitaet-pruefen.bpmn'))
    const result = await validate(['missing-file'])
    expect(result.code).toBe(EXIT.problems)
    expect(result.stdout).toMatch(
      /missing-file\/baustein\.json \/artefakte\/bpmn\/datei — Fehler: .*identitaet-pruefen\.bpmn.*\[folder\.missingFile\]/
    )
  })

  it('finds a reference to a block that none of the given folders holds', async () => {
    const caller = await copyOf('verfahren', 'hundesteuer-anmelden', 'caller')
    const bpmn = path.join(caller, 'hundesteuer-anmelden.bpmn')
    const text = await readFile(bpmn, 'utf8')
    const called = [...text.matchAll(/bauplan:baustein="([^"]+)"/g)].map((m) => m[1] as string)
    expect(called.length).toBeGreaterThan(1)
    // Every called block is given, except the first: exactly that one must be reported.
    const given = (await listModelFolders()).filter((dir) => dir.includes('/bausteine/'))
    const missingId = called[0] as string
    const missingSlug = missingId.split(':').pop() as string
    const folders = given.filter((dir) => path.basename(dir) !== missingSlug)
    const result = await validate([...folders, 'caller', '--json'])
    expect(result.code).toBe(EXIT.problems)
    const document = JSON.parse(result.stdout) as {
      folders: Array<{
        dir: string
        problems: Array<{ code: string; severity: string; message: { de: string } }>
      }>
    }
    const callerReport = document.folders.find((f) => f.dir === 'caller')
    const unknown = callerReport?.problems.filter((p) => p.code === 'ref.unknownBlock') ?? []
    expect(unknown.length).toBeGreaterThan(0)
    expect(unknown.every((p) => p.message.de.includes(missingId))).toBe(true)
    expect(
      document.folders
        .filter((f) => f.dir !== 'caller')
        .every((f) => f.problems.every((p) => p.severity === 'warning'))
    ).toBe(true)
  })

  it('reports a folder that does not exist beside the others instead of stopping', async () => {
    const result = await validate(['does-not-exist', 'fine'])
    expect(result.code).toBe(EXIT.problems)
    expect(result.stdout).toMatch(/^does-not-exist: 1 Fehler/m)
    expect(result.stdout).toContain('[cli.folderNotFound]')
    expect(result.stdout).toContain('2 Ordner geprüft: 1 ohne Fehler, 1 mit Fehlern')
  })

  it('reports the same block version in two folders', async () => {
    const result = await validate(['fine', 'twin', '--lang', 'en'])
    expect(result.code).toBe(EXIT.problems)
    expect(result.stdout).toMatch(
      /twin\/baustein\.json \/version — error: .*also in the folder "fine".*\[cli\.duplicateBlock\]/
    )
  })

  it('refuses a folder beyond the folder limits before reading it', async () => {
    const dir = path.join(work, 'too-many')
    await mkdir(dir)
    for (let i = 0; i < 21; i++) await writeFile(path.join(dir, `f${i}.json`), '{}')
    const result = await validate(['too-many', '--lang', 'en'])
    expect(result.code).toBe(EXIT.problems)
    expect(result.stdout).toMatch(/21 files; at most 20 are allowed.*\[folder\.tooManyFiles\]/)
  })
})

describe('bauplan validate runs the quality gates of the publishing gate', () => {
  it('fails a folder with a failing decision test, naming the test, expected and computed value', async () => {
    const dir = await copyOf('verfahren', 'gewerbe-anmelden', 'failing-test')
    await editJson(path.join(dir, 'entscheidungstests.json'), (value) => {
      const first = (value.tests as Array<Record<string, unknown>>)[0] as Record<string, unknown>
      first.erwartet = { anzeigepflichtig: false }
    })
    const german = await validate(['failing-test', '--skip-references'])
    expect(german.code).toBe(EXIT.problems)
    expect(german.stdout).toMatch(
      /^ {2}failing-test\/entscheidungstests\.json \/tests\/0 — Fehler: Entscheidungstest Nr\. 1 .*anzeigepflichtig: erwartet false, berechnet true.*\[decisionTest\.failed\]$/m
    )
    expect(german.stdout).toMatch(/^Entscheidungstests: \d+ bestanden, 1 fehlgeschlagen\.$/m)

    const json = await validate(['failing-test', '--skip-references', '--json'])
    const document = JSON.parse(json.stdout) as {
      summary: { decisionTests: { failed: number } }
      folders: Array<{ decisionTests: { results: Array<Record<string, unknown>> } }>
    }
    expect(document.summary.decisionTests.failed).toBe(1)
    expect(document.folders[0]?.decisionTests.results[0]).toMatchObject({
      decisionId: 'Decision_Anzeigepflicht',
      passed: false,
      outputs: [{ name: 'anzeigepflichtig', expected: false, actual: true, passed: false }],
    })
  })

  it('fails a folder with a rule finding at level error, naming file, element and rule', async () => {
    const dir = await copyOf('bausteine', 'register-abfragen', 'lint-error')
    const bpmn = path.join(dir, 'register-abfragen.bpmn')
    await writeFile(
      bpmn,
      (await readFile(bpmn, 'utf8')).replace('name="Ergebnis klären"', 'name=""')
    )
    const result = await validate(['lint-error', '--lang', 'en'])
    expect(result.code).toBe(EXIT.problems)
    expect(result.stdout).toMatch(
      /^ {2}lint-error\/register-abfragen\.bpmn #Activity_ErgebnisKlaeren — error: .*has no name.*\[bauplan\/named-flow-nodes\]$/m
    )
  })

  it('passes a folder whose findings are only warnings (exit 0)', async () => {
    const result = await validate(['fine'])
    expect(result.code).toBe(EXIT.ok)
    expect(result.stdout).toMatch(/^fine \(.*\): 0 Fehler, 2 Warnungen$/m)
  })

  it('runs the rules at the levels of --rules: a warning raised to error, a rule turned off', async () => {
    await writeFile(
      path.join(work, 'strict.json'),
      JSON.stringify({ version: 1, rules: { 'bauplan/no-implicit-join': 'error' } })
    )
    const strict = await validate(['fine', '--rules', 'strict.json'])
    expect(strict.code).toBe(EXIT.problems)
    expect(strict.stdout).toMatch(
      /#Activity_ErgebnisKlaeren — Fehler: .*\[bauplan\/no-implicit-join\]/
    )

    await writeFile(
      path.join(work, 'lenient.json'),
      JSON.stringify({
        version: 1,
        rules: { 'bauplan/no-implicit-join': 'off', 'bauplan/handlungsgrundlage': 'off' },
      })
    )
    const lenient = await validate(['fine', '--rules', 'lenient.json', '--json'])
    expect(lenient.code).toBe(EXIT.ok)
    expect((JSON.parse(lenient.stdout) as { summary: unknown }).summary).toMatchObject({
      errors: 0,
      warnings: 0,
    })
  })

  it('refuses a rules file with an unknown rule and an invalid level, naming both (exit 2)', async () => {
    await writeFile(
      path.join(work, 'typos.json'),
      JSON.stringify({
        version: 1,
        rules: { 'bauplan/named-flow-node': 'error', 'bauplan/no-implicit-join': 'warn' },
      })
    )
    const german = await validate(['fine', '--rules', 'typos.json'])
    expect(german.code).toBe(EXIT.usage)
    expect(german.stdout).toBe('')
    expect(german.stderr).toContain('[cli.rulesFileInvalid]')
    expect(german.stderr).toMatch(
      /typos\.json \/rules\/bauplan~1named-flow-node — Fehler: .*„bauplan\/named-flow-node“.*Meinten Sie „bauplan\/named-flow-nodes“\?.*\[lintConfig\.unknownRule\]/
    )
    expect(german.stderr).toMatch(
      /typos\.json \/rules\/bauplan~1no-implicit-join — Fehler: .*"warn".*Meinten Sie „warning“\?.*\[lintConfig\.invalidLevel\]/
    )

    const json = await validate(['fine', '--rules', 'typos.json', '--json', '--lang', 'en'])
    expect(json.code).toBe(EXIT.usage)
    const document = JSON.parse(json.stdout) as {
      error: { code: string; problems: Array<{ code: string; pointer: string; file: string }> }
    }
    expect(document.error.code).toBe('cli.rulesFileInvalid')
    expect(document.error.problems.map((p) => [p.code, p.pointer, p.file])).toEqual([
      ['lintConfig.unknownRule', '/rules/bauplan~1named-flow-node', 'typos.json'],
      ['lintConfig.invalidLevel', '/rules/bauplan~1no-implicit-join', 'typos.json'],
    ])
  })

  it('refuses a rules file that is not JSON, and one that does not exist', async () => {
    await writeFile(path.join(work, 'broken.json'), '{ "version": 1, ')
    const broken = await validate(['fine', '--rules', 'broken.json', '--lang', 'en'])
    expect(broken.code).toBe(EXIT.usage)
    expect(broken.stderr).toContain('[lintConfig.syntax]')

    const missing = await validate(['fine', '--rules', 'nowhere.json', '--lang', 'en'])
    expect(missing.code).toBe(EXIT.notFound)
    expect(missing.stderr).toContain('The rules file nowhere.json (--rules) does not exist.')
  })
})

describe('bauplan validate --json', () => {
  it('prints exactly one JSON document with a summary and every folder', async () => {
    const result = await validate(['bad-metadata', 'fine', '--json'])
    expect(result.code).toBe(EXIT.problems)
    expect(result.stderr).toBe('')
    const document = JSON.parse(result.stdout) as Record<string, unknown>
    expect(Object.keys(document).sort()).toEqual([
      'crossFolderProblems',
      'folders',
      'ok',
      'summary',
    ])
    expect(document.ok).toBe(false)
    // register-abfragen ("fine") has two reminders at warning level; they do not make it invalid.
    expect(document.summary).toEqual({
      folders: 2,
      valid: 1,
      invalid: 1,
      errors: 1,
      warnings: 2,
      decisionTests: { passed: 0, failed: 0 },
    })
    const [bad, fine] = document.folders as Array<Record<string, unknown>>
    expect(bad).toMatchObject({
      dir: 'bad-metadata',
      id: 'urn:bauplan:baustein:sn:identitaet-pruefen',
      version: '1.0.0',
      valid: false,
      errors: 1,
      warnings: 0,
    })
    expect((bad?.problems as Array<Record<string, unknown>>)[0]).toMatchObject({
      code: 'schema.enum',
      severity: 'error',
      file: 'baustein.json',
      pointer: '/bausteinart',
      message: {
        de: expect.stringContaining('bausteinart'),
        en: expect.stringContaining('bausteinart'),
      },
    })
    expect(fine).toMatchObject({ dir: 'fine', valid: true, errors: 0, warnings: 2 })
    expect(fine?.decisionTests).toEqual({ passed: 0, failed: 0, results: [] })
  })
})

describe('progress bar', () => {
  it('is drawn on a terminal stderr and cleared at the end, never on stdout', async () => {
    const result = await runInProcess(['validate', 'fine', 'twin', '--skip-references'], {
      cwd: work,
      env,
      stderrIsTTY: true,
    })
    expect(result.stderr).toContain('Prüfe')
    expect(result.stderr).toContain('2/2 twin')
    expect(result.stderr.endsWith('\r\x1b[2K')).toBe(true)
    expect(result.stdout).not.toContain('█')
  })

  it('is not drawn with --json or when stderr is not a terminal', async () => {
    const json = await runInProcess(['validate', 'fine', '--json'], {
      cwd: work,
      env,
      stderrIsTTY: true,
    })
    expect(json.stderr).toBe('')
    const piped = await runInProcess(['validate', 'fine'], { cwd: work, env })
    expect(piped.stderr).toBe('')
  })
})
