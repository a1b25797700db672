/**
 * The server's routes the CLI uses, one typed method each (docs/api.md). Route paths and body shapes
 * live only here, so a change on the server is a change in this file.
 */
import type {
  BlockOverview,
  CreatedApiToken,
  DraftResult,
  SearchFacet,
  SearchResult,
  SearchSort,
  SessionInfo,
  VersionDetail,
  VersionDiff,
  VersionState,
  VersionSummary,
  ApiToken,
} from '@bauplan/api-types'
import { zipSync } from 'fflate'
import type { ApiClient, RequestBody } from './apiClient'

/** The server's JSON body limit; larger folders go as a zip (limit 25 MiB). */
export const JSON_UPLOAD_MAX_BYTES = 2 * 1024 * 1024

export interface SearchParams {
  q?: string
  filters: Partial<Record<SearchFacet, string[]>>
  status?: VersionState[]
  sort?: SearchSort
  page: number
  limit: number
}

/** What a browser session needs for the one request that turns it into an API token. */
export interface BrowserSession {
  cookie: string
  csrfToken: string
  info: SessionInfo
}

const blockPath = (id: string) => `/api/bausteine/${encodeURIComponent(id)}`
const versionPath = (id: string, version: string) =>
  `${blockPath(id)}/versionen/${encodeURIComponent(version)}`

export class CatalogueApi {
  constructor(readonly http: ApiClient) {}

  /** Logs in with a password; the session only lives until the token is created. */
  async login(username: string, password: string): Promise<BrowserSession> {
    const response = await this.http.send({
      method: 'POST',
      path: '/api/session',
      body: { json: { username, password } },
    })
    const info = JSON.parse(new TextDecoder().decode(response.body)) as SessionInfo
    const cookie = response.headers
      .getSetCookie()
      .map((header) => header.split(';', 1)[0]?.trim() ?? '')
      .filter((pair) => pair !== '')
      .join('; ')
    return { cookie, csrfToken: info.csrfToken ?? '', info }
  }

  createToken(
    session: BrowserSession,
    name: string,
    expiresInDays: number
  ): Promise<CreatedApiToken> {
    return this.http.json<CreatedApiToken>({
      method: 'POST',
      path: '/api/tokens',
      headers: sessionHeaders(session),
      body: { json: { name, expiresInDays } },
    })
  }

  async endSession(session: BrowserSession): Promise<void> {
    await this.http.send({
      method: 'DELETE',
      path: '/api/session',
      headers: sessionHeaders(session),
    })
  }

  revokeToken(tokenId: string): Promise<ApiToken> {
    return this.http.json<ApiToken>({
      method: 'DELETE',
      path: `/api/tokens/${encodeURIComponent(tokenId)}`,
    })
  }

  whoAmI(): Promise<SessionInfo> {
    return this.http.json<SessionInfo>({ method: 'GET', path: '/api/session' })
  }

  search(params: SearchParams): Promise<SearchResult> {
    return this.http.json<SearchResult>({
      method: 'GET',
      path: '/api/bausteine',
      query: {
        ...(params.q ? { q: params.q } : {}),
        ...params.filters,
        status: params.status,
        sort: params.sort,
        page: params.page,
        limit: params.limit,
      },
    })
  }

  overview(id: string, version?: string): Promise<BlockOverview> {
    return this.http.json<BlockOverview>({
      method: 'GET',
      path: blockPath(id),
      query: { version },
    })
  }

  async versions(id: string): Promise<VersionSummary[]> {
    const answer = await this.http.json<{ items: VersionSummary[] }>({
      method: 'GET',
      path: `${blockPath(id)}/versionen`,
    })
    return answer.items
  }

  versionDetail(id: string, version: string): Promise<VersionDetail> {
    return this.http.json<VersionDetail>({ method: 'GET', path: versionPath(id, version) })
  }

  async file(id: string, version: string, name: string): Promise<Uint8Array> {
    const response = await this.http.send({
      method: 'GET',
      path: `${versionPath(id, version)}/dateien/${encodeURIComponent(name)}`,
    })
    return response.body
  }

  diff(id: string, from: string, to: string): Promise<VersionDiff> {
    return this.http.json<VersionDiff>({
      method: 'GET',
      path: `${blockPath(id)}/diff`,
      query: { von: from, bis: to },
    })
  }

  createBlock(
    files: Readonly<Record<string, string>>,
    organisation?: string
  ): Promise<DraftResult> {
    return this.http.json<DraftResult>({
      method: 'POST',
      path: '/api/bausteine',
      query: { organisation },
      body: folderBody(files),
    })
  }

  createDraft(id: string): Promise<DraftResult> {
    return this.http.json<DraftResult>({ method: 'POST', path: `${blockPath(id)}/entwuerfe` })
  }

  replaceDraft(
    id: string,
    version: string,
    files: Readonly<Record<string, string>>,
    revision?: number
  ): Promise<DraftResult> {
    return this.http.json<DraftResult>({
      method: 'PUT',
      path: versionPath(id, version),
      query: { revision },
      body: folderBody(files),
    })
  }
}

function sessionHeaders(session: BrowserSession): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken }
}

/** JSON while it fits the server's JSON limit (readable in logs), a zip beyond. */
export function folderBody(files: Readonly<Record<string, string>>): RequestBody {
  const json = { files }
  if (Buffer.byteLength(JSON.stringify(json), 'utf8') <= JSON_UPLOAD_MAX_BYTES) return { json }
  const entries = Object.fromEntries(
    Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)])
  )
  return { bytes: zipSync(entries, { level: 6 }), contentType: 'application/zip' }
}
