/**
 * A test double of the network boundary for component tests: a `fetch` that answers from a route
 * table with canned responses (built from the real reference models), and records every request
 * so tests can check what the UI sent (query, body, CSRF header, language). The real server is
 * exercised by the server's own tests and the end-to-end suite.
 */
import { ApiClient } from '../api/apiClient'
import { BauplanApi } from '../api/bauplanApi'

export interface FakeRequest {
  method: string
  path: string
  query: URLSearchParams
  params: Record<string, string>
  headers: Headers
  body: unknown
}

export type FakeAnswer =
  { status?: number; json?: unknown; text?: string; headers?: Record<string, string> } | Response

type Handler = (request: FakeRequest) => FakeAnswer | Promise<FakeAnswer>

interface Route {
  method: string
  pattern: RegExp
  names: string[]
  handler: Handler
}

export class FakeServer {
  readonly requests: FakeRequest[] = []
  private readonly routes: Route[] = []

  /** `path` may contain `:name` segments; they match one URL-encoded segment, decoded. */
  on(method: string, path: string, handler: Handler | FakeAnswer): this {
    const names: string[] = []
    const source = path
      .split('/')
      .map((segment) => {
        if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        names.push(segment.slice(1))
        return '([^/]+)'
      })
      .join('/')
    this.routes.push({
      method,
      pattern: new RegExp(`^${source}$`),
      names,
      handler: typeof handler === 'function' ? handler : () => handler,
    })
    return this
  }

  /** The requests to one method and path (without query). */
  requestsTo(method: string, path: string): FakeRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path)
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), 'http://bauplan.test')
    const method = (init.method ?? 'GET').toUpperCase()
    const headers = new Headers(init.headers)
    const body = await readBody(init.body, headers)
    // The newest matching route wins, so a test can override a default answer.
    for (const route of [...this.routes].reverse()) {
      if (route.method !== method) continue
      const match = route.pattern.exec(url.pathname)
      if (!match) continue
      const params = Object.fromEntries(
        route.names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')])
      )
      const request = { method, path: url.pathname, query: url.searchParams, params, headers, body }
      this.requests.push(request)
      return toResponse(await route.handler(request))
    }
    this.requests.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      params: {},
      headers,
      body,
    })
    return problemResponse(404, 'test.noRoute', `No fake route for ${method} ${url.pathname}`)
  }

  api(): BauplanApi {
    return new BauplanApi(new ApiClient({ fetch: this.fetch }))
  }
}

/** An RFC 9457 answer as the real server sends it. */
export function problemResponse(
  status: number,
  code: string,
  detail: string,
  problems: unknown[] = []
): Response {
  return new Response(
    JSON.stringify({
      type: `urn:bauplan:problem:${code}`,
      title: detail,
      status,
      detail,
      instance: '/api',
      code,
      problems,
    }),
    { status, headers: { 'content-type': 'application/problem+json' } }
  )
}

function toResponse(answer: FakeAnswer): Response {
  if (answer instanceof Response) return answer
  const status = answer.status ?? 200
  if (answer.json !== undefined) {
    return new Response(JSON.stringify(answer.json), {
      status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    })
  }
  return new Response(status === 204 ? null : (answer.text ?? ''), {
    status,
    headers: answer.headers,
  })
}

async function readBody(body: BodyInit | null | undefined, headers: Headers): Promise<unknown> {
  if (body === undefined || body === null) return undefined
  if (body instanceof FormData) return body
  if (body instanceof Blob) return body.text()
  if (typeof body === 'string' && headers.get('content-type') === 'application/json') {
    return JSON.parse(body)
  }
  return body
}
