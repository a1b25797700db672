/** Request helpers for tests that act as several signed-in people against one test app. */
import { expect } from 'vitest'
import { storageCounts, type CookieLogin, type TestApp } from './testApp'

export function requestsFor(t: TestApp) {
  function send(
    login: CookieLogin,
    method: 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {}
  ) {
    return t.app.inject({
      method,
      url,
      headers: { ...login.headers, ...headers },
      ...(payload === undefined ? {} : { payload: payload as string }),
    })
  }

  function get(login: CookieLogin, url: string, headers: Record<string, string> = {}) {
    return t.app.inject({ url, headers: { cookie: login.cookie, ...headers } })
  }

  /** Runs a request that must be refused with `status` and checks that storage did not change. */
  async function refused(status: number, run: () => ReturnType<typeof get>) {
    const before = await storageCounts(t.store)
    const response = await run()
    expect(response.statusCode, response.body).toBe(status)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(await storageCounts(t.store)).toEqual(before)
    return response.json()
  }

  return { send, get, refused }
}
