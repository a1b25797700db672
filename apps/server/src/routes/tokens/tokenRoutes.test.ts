import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type CookieLogin, type TestApp } from '../../testing/testApp'

let t: TestApp
let anna: CookieLogin

beforeAll(async () => {
  t = await startTestApp()
  await t.addUser('anna', [{ organisationId: 'land-sn', role: 'modellierer' }])
  await t.addUser('bert', [{ organisationId: 'land-sn', role: 'kurator' }])
  anna = await t.login('anna')
})
afterAll(async () => t.close())

async function createToken(name: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/tokens',
    headers: anna.headers,
    payload: { name },
  })
  expect(response.statusCode).toBe(201)
  return response.json<{ token: { id: string; expiresAt: string }; secret: string }>()
}

describe('personal API tokens', () => {
  it('shows the secret once, at creation; the list never contains it', async () => {
    const created = await createToken('CLI')
    expect(created.secret).toMatch(/^bpl_[A-Za-z0-9_-]{43}$/)
    // Default lifetime: 90 days from the (test) clock.
    expect(created.token.expiresAt).toBe(
      new Date(t.clock.now().getTime() + 90 * 86_400_000).toISOString()
    )
    const list = await t.app.inject({ url: '/api/tokens', headers: { cookie: anna.cookie } })
    expect(list.statusCode).toBe(200)
    expect(list.body).not.toContain(created.secret)
    expect(list.body).not.toContain('tokenHash')
    expect(list.json().items.map((i: { name: string }) => i.name)).toContain('CLI')
  })

  it('authenticates with the token and records its last use', async () => {
    const { token, secret } = await createToken('Automation')
    t.clock.advance(60_000)
    const me = await t.app.inject({
      url: '/api/session',
      headers: { authorization: `Bearer ${secret}` },
    })
    expect(me.statusCode).toBe(200)
    expect(me.json()).toMatchObject({ via: 'token', user: { displayName: 'anna' } })
    const list = await t.app.inject({ url: '/api/tokens', headers: { cookie: anna.cookie } })
    const listed = list.json().items.find((i: { id: string }) => i.id === token.id)
    expect(listed.lastUsedAt).toBe(t.clock.now().toISOString())
  })

  it('stops working as soon as it is revoked', async () => {
    const { token, secret } = await createToken('kurzlebig')
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${token.id}`,
      headers: anna.headers,
    })
    expect(revoke.statusCode).toBe(200)
    expect(revoke.json().revokedAt).not.toBeNull()
    const me = await t.app.inject({
      url: '/api/session',
      headers: { authorization: `Bearer ${secret}` },
    })
    expect(me.statusCode).toBe(401)
    expect(me.json().code).toBe('auth.invalidToken')
  })

  it("cannot revoke another user's token (404, as if it did not exist)", async () => {
    const { token } = await createToken('privat')
    const bert = await t.login('bert')
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${token.id}`,
      headers: bert.headers,
    })
    expect(response.statusCode).toBe(404)
    expect(response.json().code).toBe('auth.tokenNotFound')
  })

  it('answers 401 for malformed or unknown bearer tokens, even on public-looking paths', async () => {
    for (const authorization of [
      'Bearer nope',
      'Basic YWJjOmRlZg==',
      `Bearer bpl_${'A'.repeat(43)}`,
    ]) {
      const response = await t.app.inject({ url: '/api/tokens', headers: { authorization } })
      expect(response.statusCode).toBe(401)
      expect(['auth.malformedAuthorization', 'auth.invalidToken']).toContain(response.json().code)
    }
  })

  it('answers 401 without any credentials', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'x' },
    })
    expect(response.statusCode).toBe(401)
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/)
  })
})
