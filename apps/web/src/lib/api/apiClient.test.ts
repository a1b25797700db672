import { afterEach, describe, expect, it } from 'vitest'
import { FakeServer, problemResponse } from '../testing/fakeServer'
import { ApiClient, queryString } from './apiClient'
import { ApiProblem } from './apiProblem'
import { BauplanApi } from './bauplanApi'

const URN = 'urn:bauplan:baustein:sn:identitaet-pruefen'

afterEach(() => {
  document.cookie = 'bauplan_csrf=; path=/; max-age=0'
})

describe('ApiClient', () => {
  it('asks for error messages in the UI language', async () => {
    const server = new FakeServer().on('GET', '/api/session', {
      json: { user: {}, via: 'session' },
    })
    const client = new ApiClient({ fetch: server.fetch, locale: 'en' })
    await client.get('/api/session')
    expect(server.requests[0]?.headers.get('Accept-Language')).toBe('en')
    client.locale = 'de'
    await client.get('/api/session')
    expect(server.requests[1]?.headers.get('Accept-Language')).toBe('de')
  })

  it('echoes the CSRF cookie on unsafe methods only', async () => {
    document.cookie = 'bauplan_csrf=token%2Fwith-slash; path=/'
    const server = new FakeServer()
      .on('GET', '/api/tokens', { json: { items: [] } })
      .on('POST', '/api/tokens', { status: 201, json: {} })
    const client = new ApiClient({ fetch: server.fetch })
    await client.get('/api/tokens')
    await client.post('/api/tokens', { body: { name: 'CLI' } })
    expect(server.requests[0]?.headers.has('X-CSRF-Token')).toBe(false)
    expect(server.requests[1]?.headers.get('X-CSRF-Token')).toBe('token/with-slash')
    expect(server.requests[1]?.headers.get('Content-Type')).toBe('application/json')
    expect(server.requests[1]?.body).toEqual({ name: 'CLI' })
  })

  it('falls back to the token from the login answer when no cookie is readable', async () => {
    const server = new FakeServer()
      .on('POST', '/api/session', { json: { user: {}, via: 'session', csrfToken: 'from-login' } })
      .on('DELETE', '/api/session', { status: 204 })
    const api = new BauplanApi(new ApiClient({ fetch: server.fetch }))
    await api.login('analyst', 'secret')
    await api.logout()
    expect(server.requestsTo('DELETE', '/api/session')[0]?.headers.get('X-CSRF-Token')).toBe(
      'from-login'
    )
  })

  it('turns problem+json into an ApiProblem with every finding', async () => {
    const finding = {
      code: 'schema.pattern',
      severity: 'error',
      message: { de: 'Leistungsschlüssel ungültig', en: 'Leistungsschlüssel invalid' },
      pointer: '/leistungen/0/leistungsschluessel',
    }
    const server = new FakeServer().on('POST', '/api/bausteine', () =>
      problemResponse(422, 'lifecycle.invalidDraft', 'Der Entwurf ist ungültig.', [finding])
    )
    const client = new ApiClient({ fetch: server.fetch })
    const error = await client.post('/api/bausteine', { body: {} }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiProblem)
    const problem = error as ApiProblem
    expect(problem.status).toBe(422)
    expect(problem.code).toBe('lifecycle.invalidDraft')
    expect(problem.detail).toBe('Der Entwurf ist ungültig.')
    expect(problem.problems).toEqual([finding])
  })

  it('reads Retry-After of a rate-limited login', async () => {
    const server = new FakeServer().on('POST', '/api/session', () => {
      const response = problemResponse(429, 'auth.rateLimited', 'Zu viele Versuche.')
      response.headers.set('retry-after', '900')
      return response
    })
    const error = (await new ApiClient({ fetch: server.fetch })
      .post('/api/session', { body: {} })
      .catch((e: unknown) => e)) as ApiProblem
    expect(error.retryAfter).toBe(900)
  })

  it('reports an unreachable server and an answer without problem document in the UI language', async () => {
    const down = new ApiClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      locale: 'en',
    })
    const unreachable = (await down.get('/api/session').catch((e: unknown) => e)) as ApiProblem
    expect(unreachable.code).toBe('network.unreachable')
    expect(unreachable.detail).toMatch(/does not answer/)
    const proxy = new ApiClient({
      fetch: async () => new Response('<h1>Bad Gateway</h1>', { status: 502 }),
    })
    const bad = (await proxy.get('/api/session').catch((e: unknown) => e)) as ApiProblem
    expect(bad.status).toBe(502)
    expect(bad.detail).toBe('Der Server hat mit Status 502 ohne Fehlerbeschreibung geantwortet.')
  })

  it('tells listeners about a 401 so the session can end', async () => {
    const server = new FakeServer().on('GET', '/api/bausteine', () =>
      problemResponse(401, 'auth.required', 'Anmeldung nötig')
    )
    const client = new ApiClient({ fetch: server.fetch })
    const seen: string[] = []
    const stop = client.onUnauthorized((problem) => seen.push(problem.code))
    await client.get('/api/bausteine').catch(() => undefined)
    stop()
    await client.get('/api/bausteine').catch(() => undefined)
    expect(seen).toEqual(['auth.required'])
  })

  it('passes an abort through instead of reporting the server as unreachable', async () => {
    const controller = new AbortController()
    const client = new ApiClient({
      fetch: (_input, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError'))
          )
        ),
    })
    const pending = client.get('/api/bausteine', { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('BauplanApi paths', () => {
  it('puts URNs into one path segment, encoded, and repeats list parameters', async () => {
    const server = new FakeServer()
      .on('GET', '/api/bausteine/:id/versionen/:version', (request) => ({
        json: { seen: request.params, raw: request.path },
      }))
      .on('GET', '/api/bausteine', (request) => ({ json: { query: request.query.toString() } }))
    const api = new BauplanApi(new ApiClient({ fetch: server.fetch }))
    const detail = (await api.getVersion(URN, '1.0.0')) as unknown as {
      seen: Record<string, string>
      raw: string
    }
    expect(detail.raw).toBe(`/api/bausteine/${encodeURIComponent(URN)}/versionen/1.0.0`)
    expect(detail.seen).toEqual({ id: URN, version: '1.0.0' })
    const search = (await api.search({
      q: '  Gewerbe ',
      filters: { bausteinart: ['prozessbaustein', 'musterprozess'] },
      states: ['entwurf', 'veroeffentlicht'],
      page: 2,
    })) as unknown as { query: string }
    expect(search.query).toBe(
      'q=Gewerbe&bausteinart=prozessbaustein&bausteinart=musterprozess&status=entwurf&status=veroeffentlicht&page=2'
    )
  })

  it('uploads one file of a draft with its XML media type', async () => {
    const server = new FakeServer().on(
      'PUT',
      '/api/bausteine/:id/versionen/:version/dateien/:name',
      {
        json: { version: {}, problems: [] },
      }
    )
    const api = new BauplanApi(new ApiClient({ fetch: server.fetch }))
    await api.putFile(URN, '1.0.1', 'identitaet-pruefen.bpmn', '<definitions/>', 3)
    const request = server.requests[0]
    expect(request?.headers.get('Content-Type')).toBe('application/xml')
    expect(request?.body).toBe('<definitions/>')
    expect(request?.query.get('revision')).toBe('3')
  })

  it('leaves empty query values out', () => {
    expect(queryString({ a: undefined, b: '', c: null, d: 0, e: [] })).toBe('?d=0')
    expect(queryString(undefined)).toBe('')
  })
})
