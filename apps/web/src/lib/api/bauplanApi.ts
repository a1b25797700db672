/**
 * The Bauplan REST API as typed methods (docs/api.md). Thin on purpose: each method names the
 * route and its types; transport, CSRF, language and errors are the ApiClient's job.
 */
import type { ApiClient, RequestOptions } from './apiClient'
import { apiPaths } from './paths'
import type {
  ApiToken,
  ApproveResult,
  AuditPage,
  MySubmission,
  NotificationFeed,
  AuditParams,
  BlockOverview,
  CreatedApiToken,
  DraftResult,
  FolderFiles,
  OrganisationPage,
  SearchParams,
  SearchResult,
  SessionInfo,
  Version,
  VersionDetail,
} from './types'

type Signal = Pick<RequestOptions, 'signal'>

export class BauplanApi {
  constructor(readonly client: ApiClient) {}

  // Session and account

  getSession(options: Signal = {}): Promise<SessionInfo> {
    return this.client.get(apiPaths.session, options)
  }

  async login(username: string, password: string): Promise<SessionInfo> {
    const session = await this.client.post<SessionInfo>(apiPaths.session, {
      body: { username, password },
    })
    this.client.setCsrfToken(session.csrfToken)
    return session
  }

  async logout(): Promise<void> {
    await this.client.delete<void>(apiPaths.session)
    this.client.setCsrfToken(undefined)
  }

  changePassword(username: string, currentPassword: string, newPassword: string): Promise<void> {
    return this.client.post(apiPaths.password, {
      body: { username, currentPassword, newPassword },
    })
  }

  listOrganisations(options: Signal = {}): Promise<OrganisationPage> {
    return this.client.get(apiPaths.organisations, { ...options, query: { limit: 100 } })
  }

  async listTokens(options: Signal = {}): Promise<ApiToken[]> {
    const page = await this.client.get<{ items: ApiToken[] }>(apiPaths.tokens, options)
    return page.items
  }

  createToken(name: string, expiresInDays: number): Promise<CreatedApiToken> {
    return this.client.post(apiPaths.tokens, { body: { name, expiresInDays } })
  }

  revokeToken(id: string): Promise<ApiToken> {
    return this.client.delete(apiPaths.token(id))
  }

  // Catalogue: reading

  search(params: SearchParams, options: Signal = {}): Promise<SearchResult> {
    return this.client.get(apiPaths.bausteine, {
      ...options,
      query: {
        q: params.q?.trim(),
        ...params.filters,
        status: params.states,
        sort: params.sort,
        page: params.page,
        limit: params.limit,
      },
    })
  }

  getOverview(id: string, version?: string, options: Signal = {}): Promise<BlockOverview> {
    return this.client.get(apiPaths.block(id), { ...options, query: { version } })
  }

  getVersion(id: string, version: string, options: Signal = {}): Promise<VersionDetail> {
    return this.client.get(apiPaths.version(id, version), options)
  }

  getFileText(id: string, version: string, name: string, options: Signal = {}): Promise<string> {
    return this.client.text(apiPaths.file(id, version, name), options)
  }

  fileUrl(id: string, version: string, name: string): string {
    return this.client.url(apiPaths.file(id, version, name))
  }

  zipUrl(id: string, version: string): string {
    return this.client.url(apiPaths.zip(id, version))
  }

  getDiff<T = unknown>(id: string, from: string, to: string, options: Signal = {}): Promise<T> {
    return this.client.get(apiPaths.diff(id), { ...options, query: { von: from, bis: to } })
  }

  getBlockAudit(id: string, params: AuditParams = {}, options: Signal = {}): Promise<AuditPage> {
    return this.client.get(apiPaths.blockAudit(id), { ...options, query: { ...params } })
  }

  // Notifications and my submissions

  getNotifications(
    params: { limit?: number; cursor?: string } = {},
    options: Signal = {}
  ): Promise<NotificationFeed> {
    return this.client.get(apiPaths.notifications, { ...options, query: { ...params } })
  }

  markNotificationsRead(upTo: number): Promise<{ readUpTo: number }> {
    return this.client.post(apiPaths.notificationsRead, { body: { upTo } })
  }

  getMySubmissions(options: Signal = {}): Promise<{ items: MySubmission[] }> {
    return this.client.get(apiPaths.mySubmissions, options)
  }

  // Catalogue: changing

  /** A new block from a folder: text files as JSON, or an upload (files or one zip) as FormData. */
  createBlock(files: FolderFiles | FormData, organisationId?: string): Promise<DraftResult> {
    return this.client.post(apiPaths.bausteine, {
      body: files instanceof FormData ? files : { files },
      query: { organisation: organisationId },
    })
  }

  createDraft(id: string): Promise<DraftResult> {
    return this.client.post(apiPaths.drafts(id))
  }

  replaceDraftFiles(
    id: string,
    version: string,
    files: FolderFiles,
    revision?: number
  ): Promise<DraftResult> {
    return this.client.put(apiPaths.version(id, version), { body: { files }, query: { revision } })
  }

  putFile(
    id: string,
    version: string,
    name: string,
    content: string,
    revision?: number
  ): Promise<DraftResult> {
    const contentType = name.endsWith('.json') ? 'application/json' : 'application/xml'
    return this.client.put(apiPaths.file(id, version, name), {
      body: new Blob([content], { type: contentType }),
      contentType,
      query: { revision },
    })
  }

  submit(id: string, version: string, note?: string): Promise<DraftResult> {
    return this.client.post(apiPaths.submit(id, version), { body: note ? { note } : {} })
  }

  approve(id: string, version: string, comment?: string): Promise<ApproveResult> {
    return this.client.post(apiPaths.approve(id, version), { body: comment ? { comment } : {} })
  }

  reject(id: string, version: string, reason: string): Promise<Version> {
    return this.client.post(apiPaths.reject(id, version), { body: { reason } })
  }

  deprecate(
    id: string,
    version: string,
    successor: { id: string; version: string }
  ): Promise<Version> {
    return this.client.post(apiPaths.deprecate(id, version), { body: { successor } })
  }

  deriveVariant(
    id: string,
    input: { version: string; organisationId: string; newId: string }
  ): Promise<DraftResult> {
    return this.client.post(apiPaths.variants(id), { body: input })
  }
}
