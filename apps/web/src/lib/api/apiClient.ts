/**
 * The one HTTP client of the web app. Same origin (the server serves the app and the API), the
 * session cookie travels by itself; unsafe methods echo the CSRF token from the `bauplan_csrf`
 * cookie in `X-CSRF-Token` (double submit); every request says which language error messages
 * should be in. `fetch` is injected so component tests can answer at the network boundary.
 */
import type { Locale } from '@bauplan/domain'
import {
  ApiProblem,
  isProblemDocument,
  unexpectedAnswerProblem,
  unreachableProblem,
} from './apiProblem'
import { readCookie } from './cookies'

export const CSRF_COOKIE = 'bauplan_csrf'
export const CSRF_HEADER = 'X-CSRF-Token'

export type QueryValue = string | number | boolean | undefined | null | readonly string[]
export type Query = Record<string, QueryValue>

export interface RequestOptions {
  query?: Query
  /** A plain object is sent as JSON; FormData and Blob are sent as they are. */
  body?: unknown
  /** Media type for a Blob or string body (e.g. application/xml for one BPMN file). */
  contentType?: string
  signal?: AbortSignal
}

export interface ApiClientOptions {
  fetch?: typeof fetch
  /** Prefix of every path; '' means the page's own origin. */
  baseUrl?: string
  locale?: Locale
}

type UnauthorizedListener = (problem: ApiProblem) => void

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export class ApiClient {
  /** The UI language; the API shell keeps it in step with the locale switch. */
  locale: Locale
  private readonly fetchImpl: typeof fetch
  private readonly baseUrl: string
  /** The token from the login answer, used when the cookie cannot be read (it normally can). */
  private csrfToken: string | undefined
  private readonly unauthorizedListeners = new Set<UnauthorizedListener>()

  constructor(options: ApiClientOptions = {}) {
    // Bound, because window.fetch throws "Illegal invocation" when called as a method of another object.
    this.fetchImpl = options.fetch ?? window.fetch.bind(window)
    this.baseUrl = options.baseUrl ?? ''
    this.locale = options.locale ?? 'de'
  }

  setCsrfToken(token: string | undefined): void {
    this.csrfToken = token
  }

  /** Called for every 401, so the session can end and the login page appear. */
  onUnauthorized(listener: UnauthorizedListener): () => void {
    this.unauthorizedListeners.add(listener)
    return () => this.unauthorizedListeners.delete(listener)
  }

  get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.json<T>('GET', path, options)
  }

  post<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.json<T>('POST', path, options)
  }

  put<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.json<T>('PUT', path, options)
  }

  delete<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.json<T>('DELETE', path, options)
  }

  /** A raw file as text (BPMN, DMN, JSON files of a version). */
  async text(path: string, options: RequestOptions = {}): Promise<string> {
    const response = await this.send('GET', path, options)
    return response.text()
  }

  /** The answer to a GET as a Response, for downloads read as a stream (progress); errors as above. */
  stream(path: string, options: RequestOptions = {}): Promise<Response> {
    return this.send('GET', path, options)
  }

  /** The URL of a path, for links the browser follows itself (downloads). */
  url(path: string, query?: Query): string {
    return `${this.baseUrl}${path}${queryString(query)}`
  }

  private async json<T>(method: string, path: string, options: RequestOptions): Promise<T> {
    const response = await this.send(method, path, options)
    if (response.status === 204) return undefined as T
    const text = await response.text()
    if (text === '') return undefined as T
    try {
      return JSON.parse(text) as T
    } catch {
      throw unexpectedAnswerProblem(this.locale, response.status, path, true)
    }
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const headers = new Headers({ Accept: 'application/json', 'Accept-Language': this.locale })
    if (UNSAFE_METHODS.has(method)) {
      const token = readCookie(CSRF_COOKIE) ?? this.csrfToken
      if (token) headers.set(CSRF_HEADER, token)
    }
    const body = encodeBody(options, headers)
    let response: Response
    try {
      response = await this.fetchImpl(this.url(path, options.query), {
        method,
        headers,
        body,
        credentials: 'same-origin',
        signal: options.signal,
      })
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error
      throw unreachableProblem(this.locale, path)
    }
    if (!response.ok) throw await this.problemOf(response, path)
    return response
  }

  private async problemOf(response: Response, path: string): Promise<ApiProblem> {
    let problem: ApiProblem
    try {
      const document: unknown = await response.json()
      const retryAfter = Number(response.headers.get('retry-after'))
      problem = isProblemDocument(document)
        ? new ApiProblem(
            document,
            Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined
          )
        : unexpectedAnswerProblem(this.locale, response.status, path)
    } catch {
      problem = unexpectedAnswerProblem(this.locale, response.status, path)
    }
    if (problem.status === 401) {
      for (const listener of this.unauthorizedListeners) listener(problem)
    }
    return problem
  }
}

function encodeBody(options: RequestOptions, headers: Headers): BodyInit | undefined {
  const { body, contentType } = options
  if (body === undefined) return undefined
  if (body instanceof FormData) return body
  if (body instanceof Blob || typeof body === 'string') {
    if (contentType) headers.set('Content-Type', contentType)
    return body
  }
  headers.set('Content-Type', 'application/json')
  return JSON.stringify(body)
}

/** `?a=1&b=x&b=y` — arrays repeat their key, which the server reads as a list. */
export function queryString(query: Query | undefined): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) {
      for (const item of value as readonly string[]) params.append(key, item)
    } else {
      params.append(key, String(value))
    }
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}
