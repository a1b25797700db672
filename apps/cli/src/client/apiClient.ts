/**
 * The one place the CLI speaks HTTP: builds URLs, sends the token and the language, and turns every
 * failure into a CliError with the right exit code — the server's RFC 9457 problem documents keep
 * their code, detail and problems; an unreachable server or a timeout says so.
 */
import type { Locale, Problem } from '@bauplan/domain'
import { CliError } from '../errors'
import { EXIT, exitCodeForStatus } from '../exitCodes'
import { CLI_VERSION } from '../version'

/** Generous for a 25 MiB zip on a slow line, short enough that a hung server does not hang scripts. */
export const REQUEST_TIMEOUT_MS = 60_000

export type QueryValue = string | number | readonly string[] | undefined

export type RequestBody = { json: unknown } | { bytes: Uint8Array; contentType: string }

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Path below the server URL, with ids already encoded, e.g. `/api/bausteine/urn%3A…`. */
  path: string
  query?: Readonly<Record<string, QueryValue>>
  body?: RequestBody
  headers?: Readonly<Record<string, string>>
  /** Called while the answer's body arrives (downloads): bytes so far, and Content-Length if sent. */
  onProgress?: (received: number, total: number | null) => void
}

export interface ApiResponse {
  status: number
  headers: Headers
  body: Uint8Array
}

export interface ApiClientOptions {
  server: string
  token?: string
  lang: Locale
  timeoutMs?: number
}

export class ApiClient {
  constructor(readonly options: ApiClientOptions) {}

  get server(): string {
    return this.options.server
  }

  async send(request: ApiRequest): Promise<ApiResponse> {
    const url = this.url(request)
    const headers: Record<string, string> = {
      accept: 'application/json, application/problem+json;q=0.9, */*;q=0.5',
      'accept-language': this.options.lang,
      'user-agent': `bauplan-cli/${CLI_VERSION}`,
      ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
      ...request.headers,
    }
    let body: Uint8Array | string | undefined
    if (request.body && 'json' in request.body) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(request.body.json)
    } else if (request.body) {
      headers['content-type'] = request.body.contentType
      body = request.body.bytes
    }
    let response: Response
    try {
      response = await fetch(url, {
        method: request.method,
        headers,
        ...(body !== undefined ? { body } : {}),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? REQUEST_TIMEOUT_MS),
      })
    } catch (error) {
      throw unreachable(this.options.server, error)
    }
    let bytes: Uint8Array
    try {
      bytes = await readBody(response, request.onProgress)
    } catch (error) {
      throw unreachable(this.options.server, error)
    }
    if (response.status >= 400) throw errorFromResponse(response, bytes)
    return { status: response.status, headers: response.headers, body: bytes }
  }

  async json<T>(request: ApiRequest): Promise<T> {
    const response = await this.send(request)
    if (response.status === 204) return undefined as T
    try {
      return JSON.parse(new TextDecoder().decode(response.body)) as T
    } catch (error) {
      throw new CliError(
        EXIT.failure,
        'server.unexpectedAnswer',
        {
          de: `Der Server antwortete auf ${request.method} ${request.path} nicht mit JSON. Ist ${this.options.server} ein Bauplan-Server?`,
          en: `The server did not answer ${request.method} ${request.path} with JSON. Is ${this.options.server} a Bauplan server?`,
        },
        { cause: error }
      )
    }
  }

  private url(request: ApiRequest): string {
    const url = new URL(`${this.options.server}${request.path}`)
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value === undefined) continue
      const values = typeof value === 'string' || typeof value === 'number' ? [value] : value
      for (const item of values) url.searchParams.append(name, String(item))
    }
    return url.toString()
  }
}

/** The whole body; with `onProgress`, read chunk by chunk so a progress bar can follow it. */
async function readBody(
  response: Response,
  onProgress: ApiRequest['onProgress']
): Promise<Uint8Array> {
  if (onProgress === undefined || response.body === null) {
    return new Uint8Array(await response.arrayBuffer())
  }
  const length = Number(response.headers.get('content-length'))
  const total = Number.isFinite(length) && length > 0 ? length : null
  const chunks: Uint8Array[] = []
  let received = 0
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    chunks.push(chunk)
    received += chunk.length
    onProgress(received, total)
  }
  return new Uint8Array(Buffer.concat(chunks))
}

interface ProblemDocument {
  code?: unknown
  title?: unknown
  detail?: unknown
  problems?: unknown
}

function errorFromResponse(response: Response, bytes: Uint8Array): CliError {
  let document: ProblemDocument = {}
  try {
    document = JSON.parse(new TextDecoder().decode(bytes)) as ProblemDocument
  } catch {
    // Not a problem document (a proxy's HTML page, say): the status alone must do.
  }
  const status = response.status
  const detail =
    typeof document.detail === 'string' && document.detail !== ''
      ? document.detail
      : typeof document.title === 'string'
        ? document.title
        : `HTTP ${status} ${response.statusText}`
  const code = typeof document.code === 'string' ? document.code : `http.${status}`
  const problems = Array.isArray(document.problems) ? (document.problems as Problem[]) : []
  // The server wrote `detail` in the language we asked for; it stands for both.
  return new CliError(
    exitCodeForStatus(status),
    code,
    { de: detail, en: detail },
    {
      status,
      problems,
      ...(status === 401
        ? {
            hint: {
              de: 'Melden Sie sich mit „bauplan login“ an oder setzen Sie BAUPLAN_TOKEN.',
              en: 'Log in with "bauplan login" or set BAUPLAN_TOKEN.',
            },
          }
        : {}),
    }
  )
}

function unreachable(server: string, error: unknown): CliError {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const name = (error as { name?: string }).name
  const reason =
    name === 'TimeoutError'
      ? 'timeout'
      : (cause?.code ?? cause?.message ?? (error as Error).message ?? String(error))
  return new CliError(
    EXIT.failure,
    name === 'TimeoutError' ? 'server.timeout' : 'server.unreachable',
    {
      de: `Der Server ${server} ist nicht erreichbar (${reason}).`,
      en: `The server ${server} cannot be reached (${reason}).`,
    },
    {
      cause: error,
      hint: {
        de: 'Läuft der Server? Prüfen Sie --server bzw. BAUPLAN_SERVER.',
        en: 'Is the server running? Check --server or BAUPLAN_SERVER.',
      },
    }
  )
}
