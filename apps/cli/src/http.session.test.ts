import { stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { credentialsPath } from './credentials/credentialsStore'
import { EXIT } from './exitCodes'
import {
  ANALYST,
  createHttpFixture,
  SERVER_PRESENT,
  type HttpFixture,
} from './testSupport/httpFixture'
import { HAS_PSEUDO_TERMINAL, runOnTerminal } from './testSupport/terminalSession'

const BIN = fileURLToPath(new URL('../bin/bauplan.mjs', import.meta.url))

const SEARCH = ['search', 'identität']

describe.skipIf(!SERVER_PRESENT)('login, tokens and logout against the real server', () => {
  let http: HttpFixture
  beforeAll(async () => {
    http = await createHttpFixture()
  })
  afterAll(async () => {
    await http?.close()
  })

  it('without a token the server refuses: exit 3 and a hint to log in', async () => {
    const result = await http.cli(ANALYST, SEARCH)
    expect(result.code).toBe(EXIT.auth)
    expect(result.stderr).toContain('[auth.required]')
    expect(result.stderr).toContain('Melden Sie sich mit „bauplan login“ an')
  })

  it('a wrong password is exit 3 with the server’s reason, and nothing is stored', async () => {
    const result = await http.login(ANALYST, 'falsch')
    expect(result.code).toBe(EXIT.auth)
    expect(result.stderr).toContain('[auth.invalidCredentials]')
    await expect(stat(credentialsPath(http.configDir(ANALYST)))).rejects.toThrow()
  })

  it('logs in, stores the token for this server (0600) and uses it', async () => {
    const result = await http.cli(
      ANALYST,
      ['login', '--user', ANALYST, '--password-stdin', '--json'],
      { stdin: 'bauplan-demo\n' }
    )
    expect(result.code).toBe(EXIT.ok)
    const document = JSON.parse(result.stdout) as Record<string, unknown>
    expect(document).toMatchObject({
      server: http.server.url,
      user: { email: ANALYST, memberships: [expect.objectContaining({ role: 'modellierer' })] },
      token: { id: expect.any(String), expiresAt: expect.any(String) },
    })
    // The secret is stored, never printed.
    const token = await http.storedToken(ANALYST)
    expect(token).toMatch(/^bpl_/)
    expect(result.stdout).not.toContain(token)
    expect((await stat(credentialsPath(http.configDir(ANALYST)))).mode & 0o777).toBe(0o600)
    const search = await http.cli(ANALYST, SEARCH)
    expect(search.code).toBe(EXIT.ok)
  })

  it.skipIf(!HAS_PSEUDO_TERMINAL)(
    'asks on a terminal for user name and password, without echoing the password',
    async () => {
      const user = 'kurator@koordinierung.example'
      const password = 'bauplan-demo'
      const session = await runOnTerminal(
        [process.execPath, BIN, 'login'],
        {
          ...process.env,
          LANG: 'de_DE.UTF-8',
          BAUPLAN_SERVER: http.server.url,
          BAUPLAN_CONFIG_DIR: http.configDir(user),
          BAUPLAN_TOKEN: '',
        },
        [
          { after: 'Benutzername: ', type: `${user}\r` },
          { after: 'Passwort: ', type: `${password}\r` },
        ]
      )
      expect(session.code).toBe(EXIT.ok)
      expect(session.screen).toContain('Angemeldet als')
      expect(session.screen).not.toContain(password)
      expect(await http.storedToken(user)).toMatch(/^bpl_/)
    }
  )

  it('BAUPLAN_TOKEN wins over the stored token', async () => {
    const bogus = `bpl_${'A'.repeat(43)}`
    const result = await http.cli(ANALYST, SEARCH, { env: { BAUPLAN_TOKEN: bogus } })
    expect(result.code).toBe(EXIT.auth)
    expect(result.stderr).toContain('[auth.invalidToken]')
  })

  it('a second login replaces the token and revokes the first one', async () => {
    const first = await http.storedToken(ANALYST)
    expect((await http.login(ANALYST)).code).toBe(EXIT.ok)
    const second = await http.storedToken(ANALYST)
    expect(second).not.toBe(first)
    const withFirst = await http.cli(ANALYST, SEARCH, { env: { BAUPLAN_TOKEN: first } })
    expect(withFirst.code).toBe(EXIT.auth)
    const withSecond = await http.cli(ANALYST, SEARCH, { env: { BAUPLAN_TOKEN: second } })
    expect(withSecond.code).toBe(EXIT.ok)
  })

  it('logout revokes the token on the server and removes it locally', async () => {
    const token = await http.storedToken(ANALYST)
    const result = await http.cli(ANALYST, ['logout', '--json'])
    expect(result.code).toBe(EXIT.ok)
    expect(JSON.parse(result.stdout)).toEqual({
      server: http.server.url,
      revoked: true,
      removed: true,
    })
    await expect(http.storedToken(ANALYST)).rejects.toThrow()
    const reused = await http.cli(ANALYST, SEARCH, { env: { BAUPLAN_TOKEN: token } })
    expect(reused.code).toBe(EXIT.auth)
    const again = await http.cli(ANALYST, ['logout', '--lang', 'en'])
    expect(again.stdout).toContain(`No token is stored for ${http.server.url}.`)
  })
})
