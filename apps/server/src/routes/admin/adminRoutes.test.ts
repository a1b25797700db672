import { hashToken } from '@bauplan/catalogue'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomSecret } from '../../auth/secrets'
import { CSRF_COOKIE, SESSION_COOKIE } from '../../auth/sessionCookies'
import { startTestApp, storageCounts, type CookieLogin, type TestApp } from '../../testing/testApp'

let t: TestApp
let admin: CookieLogin
let analyst: CookieLogin
let adminId: string

beforeAll(async () => {
  t = await startTestApp()
  adminId = await t.addUser('ada', [{ organisationId: 'land-sn', role: 'admin' }])
  await t.addUser('anna', [{ organisationId: 'land-sn', role: 'modellierer' }])
  admin = await t.login('ada')
  analyst = await t.login('anna')
})
afterAll(async () => t.close())

function post(login: CookieLogin, url: string, payload: object) {
  return t.app.inject({ method: 'POST', url, headers: login.headers, payload })
}

describe('organisations', () => {
  it('admins create them; everyone signed in lists them', async () => {
    const created = await post(admin, '/api/organisations', {
      id: 'lk-leipzig',
      name: 'Landkreis Leipzig',
      kind: 'kommune',
      bundesland: '14',
    })
    expect(created.statusCode).toBe(201)
    expect(created.json()).toMatchObject({ id: 'lk-leipzig', kind: 'kommune', bundesland: '14' })
    const list = await t.app.inject({
      url: '/api/organisations',
      headers: { cookie: analyst.cookie },
    })
    expect(list.json().items.map((o: { id: string }) => o.id)).toContain('lk-leipzig')
  })

  it('refuses analysts (403 with the reason) and duplicates (409), changing nothing', async () => {
    const before = await storageCounts(t.store)
    const forbidden = await post(analyst, '/api/organisations', {
      id: 'x-org',
      name: 'X',
      kind: 'kommune',
    })
    expect(forbidden.statusCode).toBe(403)
    expect(forbidden.json().detail).toMatch(/Rolle Admin/)
    const duplicate = await post(admin, '/api/organisations', {
      id: 'land-sn',
      name: 'Doppelt',
      kind: 'land',
    })
    expect(duplicate.statusCode).toBe(409)
    expect(await storageCounts(t.store)).toEqual(before)
    expect(await t.store.getOrganisation('x-org')).toBeNull()
  })

  it('explains a malformed id and an unknown kind field by field', async () => {
    const response = await post(admin, '/api/organisations?lang=en', {
      id: 'Mit Leerzeichen',
      name: 'X',
      kind: 'kommune',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().problems[0]).toMatchObject({ pointer: '/id', code: 'request.pattern' })
    expect(response.json().detail).toMatch(/field "id"/)
  })
})

describe('users', () => {
  it('creates a user with a generated one-time password that works for login', async () => {
    const response = await post(admin, '/api/users', {
      username: 'Carla',
      displayName: 'Carla Kuratorin',
      email: 'carla@test.example',
      roles: [{ organisationId: 'land-sn', role: 'kurator' }],
    })
    expect(response.statusCode).toBe(201)
    const { user, initialPassword } = response.json()
    expect(user.memberships).toEqual([expect.objectContaining({ role: 'kurator' })])
    expect(initialPassword).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect((await t.login('carla', initialPassword)).csrf).toBeTruthy()
    const list = await t.app.inject({ url: '/api/users', headers: { cookie: admin.cookie } })
    expect(list.json().items.map((u: { displayName: string }) => u.displayName)).toContain(
      'Carla Kuratorin'
    )
  })

  it('lists all users, also those without any role, in pages with a total', async () => {
    const created = await post(admin, '/api/users', {
      username: 'nora',
      displayName: 'Nora Ohne-Rolle',
      email: 'nora@test.example',
      password: 'noras-langes-passwort',
    })
    expect(created.statusCode).toBe(201)
    const list = (query: string) =>
      t.app.inject({ url: `/api/users${query}`, headers: { cookie: admin.cookie } })
    const all = (await list('?limit=100')).json()
    expect(all.total).toBe(all.items.length)
    const nora = all.items.find((u: { displayName: string }) => u.displayName === 'Nora Ohne-Rolle')
    expect(nora).toMatchObject({ email: 'nora@test.example', memberships: [] })
    expect(nora).not.toHaveProperty('passwordHash')
    const ada = all.items.find((u: { id: string }) => u.id === adminId)
    expect(ada.memberships).toEqual([expect.objectContaining({ role: 'admin' })])

    const pages = []
    for (let offset = 0; offset < all.total; offset += 2) {
      const page = (await list(`?limit=2&offset=${offset}`)).json()
      expect(page).toMatchObject({ total: all.total, limit: 2, offset })
      pages.push(...page.items)
    }
    expect(pages).toEqual(all.items)

    const found = (await list('?q=OHNE-rolle')).json()
    expect(found.total).toBe(1)
    expect(found.items.map((u: { id: string }) => u.id)).toEqual([nora.id])
    const withTestAddress = all.items.filter((u: { email: string | null }) =>
      u.email?.endsWith('@test.example')
    )
    expect(withTestAddress.length).toBeGreaterThan(1)
    expect((await list('?q=@TEST.example&limit=1')).json().total).toBe(withTestAddress.length)
  })

  it('refuses page sizes above 100 and unknown query fields', async () => {
    for (const query of ['?limit=101', '?limit=0', '?offset=-1', '?organisation=land-sn']) {
      const response = await t.app.inject({
        url: `/api/users${query}`,
        headers: { cookie: admin.cookie },
      })
      expect(response.statusCode, query).toBe(400)
    }
  })

  it('refuses too short passwords and unknown organisations, creating nobody', async () => {
    const before = await storageCounts(t.store)
    const short = await post(admin, '/api/users', {
      username: 'dora',
      displayName: 'Dora',
      password: 'kurz',
    })
    expect(short.statusCode).toBe(400)
    expect(short.json().problems[0].pointer).toBe('/password')
    const unknownOrg = await post(admin, '/api/users', {
      username: 'dora',
      displayName: 'Dora',
      roles: [{ organisationId: 'gibt-es-nicht', role: 'kurator' }],
    })
    expect(unknownOrg.statusCode).toBe(404)
    expect(await t.store.findLocalAccount('dora')).toBeNull()
    expect(await storageCounts(t.store)).toEqual(before)
  })

  it('grants and revokes roles with effect on the very next request', async () => {
    const created = await post(admin, '/api/users', {
      username: 'emil',
      displayName: 'Emil',
      password: 'emils-langes-passwort',
    })
    const emilId = created.json().user.id
    const emil = await t.login('emil', 'emils-langes-passwort')
    const listUsers = () => t.app.inject({ url: '/api/users', headers: { cookie: emil.cookie } })
    expect((await listUsers()).statusCode).toBe(403)
    const grant = await post(admin, `/api/users/${emilId}/roles`, {
      organisationId: 'land-sn',
      role: 'admin',
    })
    expect(grant.statusCode).toBe(200)
    expect((await listUsers()).statusCode).toBe(200)
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/users/${emilId}/roles`,
      headers: admin.headers,
      payload: { organisationId: 'land-sn', role: 'admin' },
    })
    expect(revoke.statusCode).toBe(200)
    expect(revoke.json().memberships).toEqual([])
    expect((await listUsers()).statusCode).toBe(403)
  })

  it('disables a user: sessions end and tokens stop at once', async () => {
    await post(admin, '/api/users', {
      username: 'fritz',
      displayName: 'Fritz',
      password: 'fritz-langes-passwort',
      roles: [{ organisationId: 'land-sn', role: 'modellierer' }],
    })
    const fritz = await t.login('fritz', 'fritz-langes-passwort')
    const token = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: fritz.headers,
      payload: { name: 'fritz' },
    })
    const account = await t.store.findLocalAccount('fritz')
    const disable = await post(admin, `/api/users/${account?.userId}/disable`, {})
    expect(disable.statusCode).toBe(200)
    expect(disable.json().disabledAt).not.toBeNull()
    expect(
      (await t.app.inject({ url: '/api/session', headers: { cookie: fritz.cookie } })).statusCode
    ).toBe(401)
    const byToken = await t.app.inject({
      url: '/api/session',
      headers: { authorization: `Bearer ${token.json().secret}` },
    })
    expect(byToken.statusCode).toBe(401)
    expect(byToken.json().code).toBe('auth.userDisabled')
  })

  it('keeps the last admin: no self-disabling, no revoking the last admin role', async () => {
    const self = await post(admin, `/api/users/${adminId}/disable`, {})
    expect(self.statusCode).toBe(409)
    const last = await t.app.inject({
      method: 'DELETE',
      url: `/api/users/${adminId}/roles`,
      headers: admin.headers,
      payload: { organisationId: 'land-sn', role: 'admin' },
    })
    expect(last.statusCode).toBe(409)
    expect(last.json().code).toBe('admin.lastAdmin')
    const me = await t.app.inject({ url: '/api/session', headers: { cookie: admin.cookie } })
    expect(me.json().user.memberships).toEqual([expect.objectContaining({ role: 'admin' })])
  })

  it('lets users change their own password; old sessions end', async () => {
    await post(admin, '/api/users', {
      username: 'gerda',
      displayName: 'Gerda',
      password: 'gerdas-altes-passwort',
    })
    const gerda = await t.login('gerda', 'gerdas-altes-passwort')
    const wrong = await post(gerda, '/api/session/password', {
      username: 'gerda',
      currentPassword: 'falsch-falsch-falsch',
      newPassword: 'gerdas-neues-passwort',
    })
    expect(wrong.statusCode).toBe(403)
    const changed = await post(gerda, '/api/session/password', {
      username: 'gerda',
      currentPassword: 'gerdas-altes-passwort',
      newPassword: 'gerdas-neues-passwort',
    })
    expect(changed.statusCode).toBe(204)
    expect(
      (await t.app.inject({ url: '/api/session', headers: { cookie: gerda.cookie } })).statusCode
    ).toBe(401)
    expect((await t.login('gerda', 'gerdas-neues-passwort')).csrf).toBeTruthy()
  })

  it('changes the password of the signed-in user without asking for the user name', async () => {
    await post(admin, '/api/users', {
      username: 'hanna',
      displayName: 'Hanna',
      email: 'hanna@test.example',
      password: 'hannas-altes-passwort',
    })
    const hanna = await t.login('hanna', 'hannas-altes-passwort')
    const change = (payload: object) => post(hanna, '/api/session/password', payload)
    // The legacy field must name the signed-in user: another user's name is refused.
    const other = await change({
      username: 'anna',
      currentPassword: 'hannas-altes-passwort',
      newPassword: 'hannas-neues-passwort',
    })
    expect(other.statusCode).toBe(403)
    expect(other.json().code).toBe('auth.invalidCredentials')
    const wrong = await change({
      currentPassword: 'falsch-falsch-falsch',
      newPassword: 'hannas-neues-passwort',
    })
    expect(wrong.statusCode).toBe(403)
    const changed = await change({
      currentPassword: 'hannas-altes-passwort',
      newPassword: 'hannas-neues-passwort',
    })
    expect(changed.statusCode).toBe(204)
    const again = await t.login('hanna@test.example', 'hannas-neues-passwort')
    // The legacy field also accepts the own e-mail address (the web form asks for either).
    const byEmail = await post(again, '/api/session/password', {
      username: 'Hanna@Test.Example',
      currentPassword: 'hannas-neues-passwort',
      newPassword: 'hannas-drittes-passwort',
    })
    expect(byEmail.statusCode).toBe(204)
    expect((await t.login('hanna', 'hannas-drittes-passwort')).csrf).toBeTruthy()
  })

  it('refuses a password change for a user without a local account', async () => {
    const user = await t.store.createUser({ displayName: 'Ohne Konto' })
    await t.store.grantRole({ userId: user.id, organisationId: 'land-sn', role: 'modellierer' })
    // Such a user cannot log in by password, so the session is put into the store directly.
    const sessionId = randomSecret()
    const csrf = randomSecret()
    await t.store.createSession({
      idHash: hashToken(sessionId),
      userId: user.id,
      csrfTokenHash: hashToken(csrf),
      expiresAt: new Date(t.clock.now().getTime() + 3600_000).toISOString(),
    })
    const cookie = `${SESSION_COOKIE}=${sessionId}; ${CSRF_COOKIE}=${csrf}`
    const login = { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } }
    expect((await t.app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(200)
    const response = await post(login, '/api/session/password', {
      currentPassword: 'irgendein-passwort',
      newPassword: 'ein-neues-passwort',
    })
    expect(response.statusCode).toBe(403)
  })
})
