import { describe, expect, it } from 'vitest'
import { UsageError } from '../errors'
import { normalizeServerUrl, readGlobalSettings, resolveLang } from './globalSettings'
import { GLOBAL_OPTIONS, type OptionSpecs } from './optionSpec'
import { parseOptions } from './parseOptions'
import { splitCommand } from './splitCommand'

const specs: OptionSpecs = {
  ...GLOBAL_OPTIONS,
  output: { type: 'string', short: 'o', description: { de: '', en: '' } },
  force: { type: 'boolean', short: 'f', description: { de: '', en: '' } },
  status: { type: 'string', multiple: true, description: { de: '', en: '' } },
}

describe('splitCommand', () => {
  it('finds the command after global options and their values', () => {
    expect(splitCommand(['--server', 'http://x', '--json', 'search', 'foo'])).toEqual({
      command: 'search',
      rest: ['--server', 'http://x', '--json', 'foo'],
    })
    expect(splitCommand(['--lang=en', 'pull', '-o', 'dir'])).toEqual({
      command: 'pull',
      rest: ['--lang=en', '-o', 'dir'],
    })
    expect(splitCommand(['--help'])).toEqual({ command: undefined, rest: ['--help'] })
  })
})

describe('parseOptions', () => {
  it('collects repeatable options, short aliases and positionals in order', () => {
    const parsed = parseOptions(
      [
        'a',
        '--status',
        'entwurf',
        '-fo',
        'dir',
        '--status=in_pruefung',
        'b',
        '--',
        '--not-an-option',
      ],
      specs,
      'x'
    )
    expect(parsed.values).toEqual({
      status: ['entwurf', 'in_pruefung'],
      force: true,
      output: 'dir',
    })
    expect(parsed.positionals).toEqual(['a', 'b', '--not-an-option'])
  })

  it('suggests the nearest long option and stays silent when nothing is near', () => {
    const near = () => parseOptions(['--outptu', 'x'], specs, 'pull')
    expect(near).toThrow(UsageError)
    expect(near).toThrow(/Did you mean --output\?/)
    expect(() => parseOptions(['--zzzzzz'], specs, 'pull')).toThrow(
      /^Unknown option --zzzzzz for "bauplan pull"\.$/
    )
  })

  it('refuses an empty short option value and a value for a switch', () => {
    expect(() => parseOptions(['-o'], specs, 'pull')).toThrow(/The option -o needs a value/)
    expect(() => parseOptions(['--force=yes'], specs, 'pull')).toThrow(
      /is a switch and takes no value/
    )
  })
})

describe('resolveLang', () => {
  it.each([
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LC_MESSAGES: 'en', LANG: 'de_DE' }, 'en'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'de_AT.UTF-8' }, 'de'],
    [{ LANG: 'C.UTF-8' }, 'de'],
    [{ LANG: 'eng' }, 'de'],
    [{}, 'de'],
  ])('%j → %s', (env, lang) => {
    expect(resolveLang(undefined, env)).toBe(lang)
  })

  it('lets --lang win over the environment', () => {
    expect(resolveLang('de', { LC_ALL: 'en_US' })).toBe('de')
  })
})

describe('server URL', () => {
  it('normalises so one server has one key', () => {
    expect(normalizeServerUrl('HTTP://Example.org:80/', '--server')).toBe('http://example.org')
    expect(normalizeServerUrl('https://example.org/bauplan///', '--server')).toBe(
      'https://example.org/bauplan'
    )
  })

  it.each(['ftp://x', 'http://user:pw@x', 'http://x/?a=1', 'not a url'])('refuses %s', (url) => {
    expect(() => normalizeServerUrl(url, '--server')).toThrow(UsageError)
  })

  it('takes --server before BAUPLAN_SERVER before the default', () => {
    const settings = (values: Record<string, string>, env: Record<string, string>) =>
      readGlobalSettings({ values, positionals: [] }, env).server
    expect(settings({ server: 'http://a:1' }, { BAUPLAN_SERVER: 'http://b:2' })).toBe('http://a:1')
    expect(settings({}, { BAUPLAN_SERVER: 'http://b:2' })).toBe('http://b:2')
    expect(settings({}, { BAUPLAN_SERVER: '  ' })).toBe('http://localhost:8080')
  })
})
