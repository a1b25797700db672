/**
 * The web app's view of the REST API. The shapes of the server's answers live in
 * @bauplan/api-types, shared with the CLI, so the two clients cannot drift apart; this file
 * re-exports them for the app's importers and keeps only what is the web client's own: the
 * parameters of its request methods and the folder upload form.
 */
import type { SearchFacet, SearchSort, VersionState } from '@bauplan/api-types'

export { VERSION_STATES, ROLES, SEARCH_FACETS, SEARCH_SORTS } from '@bauplan/api-types'
export type {
  ApiToken,
  ApproveResult,
  AuditEntry,
  AuditPage,
  AvailableUpdates,
  Block,
  BlockOverview,
  CreatedApiToken,
  DependencyInfo,
  DependentInfo,
  DraftResult,
  FacetCount,
  FileInfo,
  Membership,
  MySubmission,
  NotificationFeed,
  NotificationItem,
  NotificationKind,
  Organisation,
  OrganisationKind,
  OrganisationPage,
  OriginInfo,
  Reference,
  ReviewEvent,
  ReviewEventKind,
  ReviewEventView,
  Role,
  SearchFacet,
  SearchHit,
  SearchResult,
  SearchSort,
  SessionInfo,
  SubmissionStatus,
  User,
  VariantInfo,
  Version,
  VersionDetail,
  VersionState,
  VersionSummary,
} from '@bauplan/api-types'

export interface SearchParams {
  q?: string
  filters?: Partial<Record<SearchFacet, readonly string[]>>
  states?: readonly VersionState[]
  sort?: SearchSort
  page?: number
  limit?: number
}

export interface AuditParams {
  order?: 'asc' | 'desc'
  limit?: number
  cursor?: string
}

/** A whole block folder as text files (file name → content), the JSON upload form. */
export type FolderFiles = Record<string, string>
