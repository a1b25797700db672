import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CliError } from '../errors'
import type { InputStream } from '../io'
import {
  configDir,
  credentialsPath,
  findCredential,
  removeCredential,
  saveCredential,
  type StoredCredential,
} from './credentialsStore'
import { readAll, readHidden } from './prompt'

const credential = (token: string): StoredCredential => ({
  token,
  tokenId: `id-${token}`,
  user: 'analyst@koordinierung.example',
  createdAt: '2026-11-27T00:00:00.000Z',
  expiresAt: '2027-02-25T00:00:00.000Z',
})

let base: string
beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'bauplan-cli-credentials-'))
})
afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('credentials store', () => {
  it('keeps one token per server, readable only by the owner', async () => {
    const dir = path.join(base, 'nested', 'bauplan')
    await saveCredential(dir, 'http://a:1', credential('one'))
    await saveCredential(dir, 'https://b', credential('two'))
    await saveCredential(dir, 'http://a:1', credential('three'))
    expect((await findCredential(dir, 'http://a:1'))?.token).toBe('three')
    expect((await findCredential(dir, 'https://b'))?.token).toBe('two')
    expect((await stat(credentialsPath(dir))).mode & 0o777).toBe(0o600)
    expect((await stat(dir)).mode & 0o777).toBe(0o700)
  })

  it('tightens a file that was made readable to others when it is written again', async () => {
    await saveCredential(base, 'http://a:1', credential('one'))
    await chmod(credentialsPath(base), 0o644)
    await saveCredential(base, 'http://a:1', credential('two'))
    expect((await stat(credentialsPath(base))).mode & 0o777).toBe(0o600)
  })

  it('removes a server and reports what was removed', async () => {
    await saveCredential(base, 'http://a:1', credential('one'))
    expect((await removeCredential(base, 'http://a:1'))?.token).toBe('one')
    expect(await removeCredential(base, 'http://a:1')).toBeUndefined()
    expect(JSON.parse(await readFile(credentialsPath(base), 'utf8'))).toEqual({
      version: 1,
      servers: {},
    })
  })

  it('says which file is broken instead of overwriting it', async () => {
    await writeFile(credentialsPath(base), '{ not json')
    await expect(findCredential(base, 'http://a:1')).rejects.toThrow(CliError)
    await expect(saveCredential(base, 'http://a:1', credential('x'))).rejects.toThrow(
      credentialsPath(base)
    )
    expect(await readFile(credentialsPath(base), 'utf8')).toBe('{ not json')
  })

  it('finds its folder from BAUPLAN_CONFIG_DIR, XDG_CONFIG_HOME or HOME', () => {
    expect(configDir({ BAUPLAN_CONFIG_DIR: '/x/y', XDG_CONFIG_HOME: '/c' })).toBe('/x/y')
    expect(configDir({ XDG_CONFIG_HOME: '/c', HOME: '/h' })).toBe('/c/bauplan')
    expect(configDir({ HOME: '/h' })).toBe('/h/.config/bauplan')
  })
})

/** A terminal stand-in: a real stream that records the raw mode the prompt switches. */
function fakeTerminal() {
  const input = new PassThrough() as PassThrough & InputStream & { rawModes: boolean[] }
  input.rawModes = []
  Object.assign(input, { isTTY: true, setRawMode: (mode: boolean) => input.rawModes.push(mode) })
  let written = ''
  return { input, output: { write: (s: string) => (written += s) }, written: () => written }
}

describe('password prompt', () => {
  it('reads without echo, honours Backspace by character, and restores the terminal', async () => {
    const terminal = fakeTerminal()
    const answer = readHidden(terminal.input, terminal.output, 'Passwort: ')
    terminal.input.write('gehe')
    terminal.input.write('imä\u007f\u007fX')
    terminal.input.write('\r')
    await expect(answer).resolves.toBe('geheiX')
    expect(terminal.written()).toBe('Passwort: \n')
    expect(terminal.input.rawModes).toEqual([true, false])
  })

  it('aborts on Ctrl-C', async () => {
    const terminal = fakeTerminal()
    const answer = readHidden(terminal.input, terminal.output, 'Passwort: ')
    terminal.input.write('abc\u0003')
    await expect(answer).rejects.toMatchObject({ code: 'login.aborted' })
    expect(terminal.input.rawModes).toEqual([true, false])
  })

  it('reads a piped password without the final line break only', async () => {
    const input = new PassThrough() as PassThrough & InputStream
    input.end(' geheim mit Leerzeichen \n')
    expect(await readAll(input)).toBe(' geheim mit Leerzeichen ')
  })
})
