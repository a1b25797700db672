import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HttpProblem } from '../http/httpProblem'
import { startTestApp, type TestApp } from '../testing/testApp'

let t: TestApp

beforeAll(async () => {
  t = await startTestApp()
  // A route that fails the way a bug would, with internals in its message.
  t.app.get('/api/test/kaputt', { config: { auth: 'public' } }, async () => {
    throw new Error('SQLITE_CORRUPT at /var/lib/bauplan/catalogue.sqlite')
  })
  // A route that documents an extension member, and one that tries to overwrite a standard one.
  t.app.get('/api/test/erweitert', { config: { auth: 'public' } }, async () => {
    throw new HttpProblem(
      422,
      'test.extended',
      { de: 'Mit Erweiterung.', en: 'With an extension.' },
      { extensions: { checks: { archive: 'passed', manifest: 'failed' }, status: 200 } }
    )
  })
})
afterAll(async () => t.close())

describe('problem details (RFC 9457)', () => {
  it('answers unknown API paths with a German problem document by default', async () => {
    const response = await t.app.inject({ url: '/api/gibt-es-nicht' })
    expect(response.statusCode).toBe(404)
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
    expect(response.headers['content-language']).toBe('de')
    expect(response.json()).toEqual({
      type: 'urn:bauplan:problem:request.notFound',
      title: 'Nicht gefunden',
      status: 404,
      detail:
        'Unter GET /api/gibt-es-nicht gibt es nichts. Die API-Referenz steht unter /api/docs.',
      instance: '/api/gibt-es-nicht',
      code: 'request.notFound',
      problems: [],
    })
  })

  it('adds the extension members of a route without letting them replace the standard members', async () => {
    const response = await t.app.inject({ url: '/api/test/erweitert' })
    expect(response.statusCode).toBe(422)
    expect(response.json()).toMatchObject({
      status: 422,
      code: 'test.extended',
      detail: 'Mit Erweiterung.',
      checks: { archive: 'passed', manifest: 'failed' },
    })
  })

  it('speaks English for Accept-Language: en and for ?lang=en', async () => {
    const byHeader = await t.app.inject({
      url: '/api/nope',
      headers: { 'accept-language': 'en-US' },
    })
    expect(byHeader.json().title).toBe('Not found')
    const byQuery = await t.app.inject({
      url: '/api/nope?lang=en',
      headers: { 'accept-language': 'de' },
    })
    expect(byQuery.json().title).toBe('Not found')
    expect(byQuery.json().instance).toBe('/api/nope')
  })

  it('hides internals of unexpected errors: 500 with a generic text, no stack, no message', async () => {
    const response = await t.app.inject({ url: '/api/test/kaputt' })
    expect(response.statusCode).toBe(500)
    expect(response.json().code).toBe('server.internal')
    expect(response.body).not.toMatch(/SQLITE|var\/lib|at .*\.ts/)
  })

  it('translates schema validation errors: which field, why, in both languages', async () => {
    const t2 = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'x', password: 'y', merken: true },
      headers: { 'accept-language': 'en' },
    })
    expect(t2.statusCode).toBe(400)
    const problem = t2.json().problems[0]
    expect(problem).toMatchObject({
      code: 'request.additionalProperties',
      pointer: '/merken',
      message: {
        de: 'Anfragekörper, Feld „merken“: unbekanntes Feld; es ist hier nicht vorgesehen.',
        en: 'request body, field "merken": unknown field; it is not expected here.',
      },
    })
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      // (Fastify coerces scalars, e.g. 42 to "42"; an object cannot become a text.)
      payload: { username: 'x', password: { geheim: true } },
    })
    expect(wrongType.json().detail).toBe('Anfragekörper, Feld „password“: muss ein Text sein.')
    const query = await t.app.inject({ url: '/api/organisations?limit=1000&lang=en' })
    // Authentication comes first: without a login the query is not even looked at.
    expect(query.statusCode).toBe(401)
  })

  it('refuses malformed JSON (400), other media types (415) and oversized bodies (413)', async () => {
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: '{"username": ',
      headers: { 'content-type': 'application/json' },
    })
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().code).toBe('request.invalidJson')

    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: 'username=x',
      headers: { 'content-type': 'text/plain' },
    })
    expect(plain.statusCode).toBe(415)
    expect(plain.json().detail).toMatch(/text\/plain.*application\/json/)

    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/session?lang=en',
      payload: JSON.stringify({ username: 'x'.repeat(2 * 1024 * 1024), password: 'y' }),
      headers: { 'content-type': 'application/json' },
    })
    expect(huge.statusCode).toBe(413)
    expect(huge.json()).toMatchObject({ code: 'upload.bodyTooLarge', title: 'Content too large' })
    expect(huge.json().detail).toMatch(/2 MiB/)
  })
})
