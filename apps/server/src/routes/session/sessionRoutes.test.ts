import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOGIN_MAX_FAILURES_PER_USERNAME, LOGIN_WINDOW_MS } from '../../auth/loginRateLimiter'
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../auth/sessionCookies'
import { startTestApp, storageCounts, TEST_PASSWORD, type TestApp } from '../../testing/testApp'

let t: TestApp

beforeEach(async () => {
  t = await startTestApp()
  await t.addUser('anna', [{ organisationId: 'land-sn', role: 'modellierer' }])
})
afterEach(async () => t.close())

function login(username: string, password: string, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { username, password },
    headers,
  })
}

interface SetCookie {
  name: string
  value: string
  httpOnly?: boolean
  sameSite?: string
  secure?: boolean
  path?: string
  maxAge?: number
}

describe('POST /api/session (login)', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and a readable CSRF cookie', async () => {
    const response = await login('anna', TEST_PASSWORD)
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body.user.displayName).toBe('anna')
    expect(body.user.memberships).toEqual([
      expect.objectContaining({ organisationId: 'land-sn', role: 'modellierer' }),
    ])
    expect(body.user).not.toHaveProperty('passwordHash')
    const cookies = response.cookies as SetCookie[]
    const session = cookies.find((c) => c.name === 'bauplan_session')
    const csrf = cookies.find((c) => c.name === 'bauplan_csrf')
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expect(session?.secure).toBeFalsy()
    expect(session?.value).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(csrf?.httpOnly).toBeFalsy()
    expect(csrf?.value).toBe(body.csrfToken)
    // Only the hash is stored: the cookie value itself is nowhere in the database.
    expect(await t.store.findSession(session?.value as never)).toBeNull()
  })

  it('marks cookies Secure with BAUPLAN_SECURE_COOKIES=1', async () => {
    const secure = await startTestApp({ env: { BAUPLAN_SECURE_COOKIES: '1' } })
    try {
      await secure.addUser('bert', [{ organisationId: 'land-sn', role: 'kurator' }])
      const response = await secure.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'bert', password: TEST_PASSWORD },
      })
      for (const cookie of response.cookies as SetCookie[]) expect(cookie.secure).toBe(true)
    } finally {
      await secure.close()
    }
  })

  it('accepts the user name in any case', async () => {
    expect((await login('ANNA', TEST_PASSWORD)).statusCode).toBe(200)
  })

  it('answers the same 401 for a wrong password and an unknown user, in German or English', async () => {
    const wrong = await login('anna', 'falsches-passwort')
    const unknown = await login('niemand', 'falsches-passwort')
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(wrong.json().code).toBe('auth.invalidCredentials')
    expect(wrong.json().detail).toBe(unknown.json().detail)
    expect(wrong.json().detail).toMatch(/Passwort ist falsch/)
    const english = await login('anna', 'nope', { 'accept-language': 'en-GB,en;q=0.9' })
    expect(english.json().detail).toMatch(/password is wrong/)
    expect(english.headers['content-language']).toBe('en')
  })

  it('rate-limits failed logins: 429 with Retry-After, even for the right password', async () => {
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_USERNAME; i++) {
      expect((await login('anna', `falsch-${i}`)).statusCode).toBe(401)
    }
    const limited = await login('anna', TEST_PASSWORD)
    expect(limited.statusCode).toBe(429)
    expect(limited.json().code).toBe('auth.rateLimited')
    const retryAfter = Number(limited.headers['retry-after'])
    expect(retryAfter).toBe(LOGIN_WINDOW_MS / 1000)
    expect(limited.json().detail).toContain(String(retryAfter))
    t.clock.advance(retryAfter * 1000)
    expect((await login('anna', TEST_PASSWORD)).statusCode).toBe(200)
  })

  it('accepts the e-mail address in any case instead of the user name', async () => {
    const response = await login('Anna@TEST.example', TEST_PASSWORD)
    expect(response.statusCode).toBe(200)
    expect(response.json().user).toMatchObject({
      displayName: 'anna',
      email: 'anna@test.example',
    })
    // A user name wins over an e-mail address that happens to be spelled the same.
    await t.addUser('bert@test.example', [])
    const bert = await login('bert@test.example', TEST_PASSWORD)
    expect(bert.json().user.displayName).toBe('bert@test.example')
  })

  it('answers an unknown e-mail address exactly like a wrong password', async () => {
    const wrong = await login('anna@test.example', 'falsches-passwort')
    const unknown = await login('niemand@test.example', 'falsches-passwort')
    const noAccount = await t.store.createUser({
      displayName: 'Ohne Konto',
      email: 'ohne-konto@test.example',
    })
    const withoutAccount = await login('ohne-konto@test.example', 'falsches-passwort')
    for (const response of [wrong, unknown, withoutAccount]) {
      expect(response.statusCode).toBe(401)
      expect(response.json().code).toBe('auth.invalidCredentials')
      expect(response.json().detail).toBe(wrong.json().detail)
    }
    expect(await t.store.findLocalAccountByUserId(noAccount.id)).toBeNull()
  })

  it('rate-limits unknown user names and e-mail addresses like known ones', async () => {
    for (const name of ['niemand', 'niemand@test.example', 'anna@test.example']) {
      for (let i = 0; i < LOGIN_MAX_FAILURES_PER_USERNAME; i++) {
        expect((await login(name, `falsch-${i}`)).statusCode).toBe(401)
      }
      const limited = await login(name, TEST_PASSWORD)
      expect(limited.statusCode, name).toBe(429)
      expect(limited.headers['retry-after']).toBe(String(LOGIN_WINDOW_MS / 1000))
    }
  })

  it('checks a password hash for unknown names too, so they take as long as a wrong password', async () => {
    // Timing with a wide margin: a hash check (scrypt) costs tens of milliseconds, a lookup without
    // one about a millisecond, so skipping the check for unknown names shows clearly.
    const elapsed = async (name: string) => {
      const start = performance.now()
      expect((await login(name, 'falsches-passwort')).statusCode).toBe(401)
      return performance.now() - start
    }
    await elapsed('aufwaermen') // the first unknown name also creates the stand-in hash
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 3; i++) {
      known.push(await elapsed('anna'))
      unknown.push(await elapsed(`niemand-${i}`))
      unknown.push(await elapsed(`niemand-${i}@test.example`))
    }
    expect(Math.min(...unknown)).toBeGreaterThan(Math.min(...known) * 0.3)
  })

  it('refuses a body without a password, naming the field in both languages', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/session?lang=en',
      payload: { username: 'anna' },
    })
    expect(response.statusCode).toBe(400)
    const problem = response.json()
    expect(problem.detail).toBe('request body, field "password": required but missing.')
    expect(problem.problems[0]).toMatchObject({
      code: 'request.required',
      pointer: '/password',
      message: { de: 'Anfragekörper, Feld „password“: Pflichtangabe fehlt.' },
    })
  })
})

describe('GET and DELETE /api/session', () => {
  it('answers 401 without credentials and the user with a cookie', async () => {
    expect((await t.app.inject({ url: '/api/session' })).statusCode).toBe(401)
    const { headers } = await t.login('anna')
    const me = await t.app.inject({ url: '/api/session', headers: { cookie: headers.cookie } })
    expect(me.statusCode).toBe(200)
    expect(me.json()).toMatchObject({ via: 'session', user: { displayName: 'anna' } })
  })

  it('logs out: the session ends and the cookies are cleared', async () => {
    const { headers } = await t.login('anna')
    const out = await t.app.inject({ method: 'DELETE', url: '/api/session', headers })
    expect(out.statusCode).toBe(204)
    const cleared = out.cookies as SetCookie[]
    expect(cleared.find((c) => c.name === 'bauplan_session')?.value).toBe('')
    const after = await t.app.inject({ url: '/api/session', headers: { cookie: headers.cookie } })
    expect(after.statusCode).toBe(401)
  })

  it('expires after 8 idle hours, slides with activity, and ends after 7 days regardless', async () => {
    const { headers } = await t.login('anna')
    const me = () => t.app.inject({ url: '/api/session', headers: { cookie: headers.cookie } })
    // Active every 7 hours: the session slides along…
    for (let elapsed = 0; elapsed + 7 * 3600_000 < SESSION_ABSOLUTE_MS; elapsed += 7 * 3600_000) {
      t.clock.advance(7 * 3600_000)
      expect((await me()).statusCode).toBe(200)
    }
    // …until the absolute limit of 7 days.
    t.clock.advance(7 * 3600_000)
    expect((await me()).statusCode).toBe(401)

    const second = await t.login('anna')
    t.clock.advance(SESSION_IDLE_MS + 1000)
    const idle = await t.app.inject({ url: '/api/session', headers: { cookie: second.cookie } })
    expect(idle.statusCode).toBe(401)
  })

  it('ends sessions of a disabled user at once', async () => {
    const { headers } = await t.login('anna')
    const anna = await t.store.findLocalAccount('anna')
    await t.store.setUserDisabled(anna?.userId ?? '', true)
    const me = await t.app.inject({ url: '/api/session', headers: { cookie: headers.cookie } })
    expect(me.statusCode).toBe(401)
    expect((await login('anna', TEST_PASSWORD)).statusCode).toBe(401)
  })
})

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated change without X-CSRF-Token, storing nothing', async () => {
    const { cookie } = await t.login('anna')
    const before = await storageCounts(t.store)
    const tokensBefore = await t.app.inject({ url: '/api/tokens', headers: { cookie } })
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie },
      payload: { name: 'ohne CSRF' },
    })
    expect(response.statusCode).toBe(403)
    expect(response.json().code).toBe('auth.csrf')
    expect(response.json().detail).toMatch(/X-CSRF-Token/)
    const tokensAfter = await t.app.inject({ url: '/api/tokens', headers: { cookie } })
    expect(tokensAfter.json()).toEqual(tokensBefore.json())
    expect(await storageCounts(t.store)).toEqual(before)
  })

  it('refuses a wrong token and a token of another session', async () => {
    const first = await t.login('anna')
    const second = await t.login('anna')
    for (const token of ['falsch', second.csrf]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: { cookie: first.cookie, 'x-csrf-token': token },
        payload: { name: 'x' },
      })
      expect(response.statusCode).toBe(403)
    }
  })

  it('accepts the matching token, and needs none with a bearer API token', async () => {
    const { headers } = await t.login('anna')
    const withCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers,
      payload: { name: 'mit CSRF' },
    })
    expect(withCsrf.statusCode).toBe(201)
    const authorization = `Bearer ${withCsrf.json().secret}`
    const withToken = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { authorization },
      payload: { name: 'per Token' },
    })
    expect(withToken.statusCode).toBe(201)
  })
})
