import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from './commands/registry'
import { EXIT } from './exitCodes'
import { runInProcess } from './testSupport/runInProcess'
import { CLI_VERSION } from './version'

// No server runs here: every case must be decided before any request is made. The server address
// points at a closed port so that an accidental request would fail with exit 6, not hang.
const env = {
  LANG: 'de_DE.UTF-8',
  BAUPLAN_SERVER: 'http://127.0.0.1:9',
  BAUPLAN_CONFIG_DIR: tmpdir(),
}
const run = (...argv: string[]) => runInProcess(argv, { cwd: tmpdir(), env })

describe('usage errors end with exit 2 and a helpful message on stderr', () => {
  it.each([
    [
      ['valdate', 'x'],
      /Unbekannter Befehl „valdate“\. Meinten Sie „validate“\?/,
      'usage.unknownCommand',
    ],
    [
      ['search', '--limt', '5'],
      /Unbekannte Option --limt .*Meinten Sie --limit\?/,
      'usage.unknownOption',
    ],
    [['search', '--limit'], /Die Option --limit braucht einen Wert \(N\)/, 'usage.missingValue'],
    [['search', '--limit', '--page', '2'], /--limit braucht einen Wert/, 'usage.missingValue'],
    [
      ['search', '--limit', '500'],
      /--limit muss eine ganze Zahl von 1 bis 100 sein, nicht „500“/,
      'usage.invalidNumber',
    ],
    [
      ['search', '--status', 'fertig'],
      /--status „fertig“ gibt es nicht; möglich: entwurf/,
      'usage.invalidStatus',
    ],
    [['search', '--json=yes'], /--json ist ein Schalter/, 'usage.unexpectedValue'],
    [['show'], /„bauplan show“ braucht: <id>\[@version\]/, 'usage.missingArgument'],
    [
      ['show', 'identitaet-pruefen'],
      /keine Baustein-ID\. Eine ID ist eine URN/,
      'usage.invalidBlockId',
    ],
    [
      ['show', 'urn:bauplan:baustein:sn:x@1.0'],
      /„1\.0“ ist keine Versionsnummer/,
      'usage.invalidVersion',
    ],
    [
      ['diff', 'urn:bauplan:baustein:sn:x', '1.0.0'],
      /braucht: <id> <von> <bis>/,
      'usage.missingArgument',
    ],
    [
      ['versions', 'urn:bauplan:baustein:sn:x', 'extra'],
      /Zu viele Argumente .*extra/,
      'usage.extraArgument',
    ],
    [['validate'], /„bauplan validate“ braucht: DIR…/, 'usage.missingArgument'],
    [['search', '--lang', 'fr'], /--lang muss „de“ oder „en“ sein/, 'usage.invalidLang'],
    [
      ['search', '--server', 'ftp://x'],
      /--server: „ftp:\/\/x“ ist keine Server-Adresse/,
      'usage.invalidServer',
    ],
    [['login'], /Ohne Terminal .*--user NAME und --password-stdin/, 'login.noTerminal'],
    [[], /Welcher Befehl\?/, 'usage.noCommand'],
  ])('%j', async (argv, message, code) => {
    const result = await run(...argv)
    expect(result.code).toBe(EXIT.usage)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toContain(`[${code}]`)
    expect(result.stderr).toMatch(/Hilfe: bauplan( \w+)? --help/)
  })

  it('speaks English with --lang en, even when the error comes first', async () => {
    const result = await run('search', '--limt', '5', '--lang', 'en')
    expect(result.stderr).toContain(
      'Unknown option --limt for "bauplan search". Did you mean --limit?'
    )
    expect(result.stderr).toContain('Help: bauplan search --help')
  })

  it('answers with one JSON error document on stdout with --json', async () => {
    const result = await run('show', 'kein-urn', '--json')
    expect(result.code).toBe(EXIT.usage)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({
      exitCode: EXIT.usage,
      error: {
        code: 'usage.invalidBlockId',
        message: expect.stringContaining('„kein-urn“ ist keine Baustein-ID'),
        problems: [],
      },
    })
  })

  it('rejects BAUPLAN_SERVER values that are not http(s) URLs, naming the variable', async () => {
    const result = await runInProcess(['search'], {
      cwd: tmpdir(),
      env: { ...env, BAUPLAN_SERVER: 'localhost:8080' },
    })
    expect(result.code).toBe(EXIT.usage)
    expect(result.stderr).toContain('BAUPLAN_SERVER: „localhost:8080“ ist keine Server-Adresse')
  })
})

describe('help and version', () => {
  it('prints the version', async () => {
    const result = await run('--version')
    expect(result).toEqual({ code: 0, stdout: `${CLI_VERSION}\n`, stderr: '' })
  })

  it('lists every command and the exit codes in the overview', async () => {
    const result = await run('--help')
    expect(result.code).toBe(EXIT.ok)
    for (const command of COMMANDS)
      expect(result.stdout).toMatch(new RegExp(`^  ${command.name} `, 'm'))
    expect(result.stdout).toMatch(/^ {2}3 {2}nicht angemeldet oder nicht erlaubt$/m)
  })

  it.each(COMMANDS.map((c) => c.name))(
    'has a help page for %s, in both languages',
    async (name) => {
      const german = await run(name, '--help')
      const english = await run('help', name, '--lang', 'en')
      expect(german.code).toBe(EXIT.ok)
      expect(english.code).toBe(EXIT.ok)
      expect(german.stdout.split('\n')[0]).toMatch(new RegExp(`^bauplan ${name}`))
      expect(german.stdout).toContain('Beispiele:')
      expect(english.stdout).toContain('Examples:')
      expect(german.stdout).not.toBe(english.stdout)
    }
  )
})

describe('server errors without a server', () => {
  it('reports an unreachable server with exit 6 and says what to check', async () => {
    const result = await run('search', 'x')
    expect(result.code).toBe(EXIT.failure)
    expect(result.stderr).toContain('Der Server http://127.0.0.1:9 ist nicht erreichbar')
    expect(result.stderr).toContain('Prüfen Sie --server bzw. BAUPLAN_SERVER')
  })
})

describe('options without a command', () => {
  it('names plain "bauplan" and points to the overview', async () => {
    const result = await run('--verbose')
    expect(result.code).toBe(EXIT.usage)
    expect(result.stderr).toContain('Unbekannte Option --verbose für „bauplan“.')
    expect(result.stderr).toContain('Hilfe: bauplan --help')
  })
})
