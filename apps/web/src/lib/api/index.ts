// The API layer's door for features: client, typed endpoints, errors, loading hooks, wire types.
export { ApiClient, CSRF_COOKIE, CSRF_HEADER, queryString } from './apiClient'
export type { ApiClientOptions, Query, QueryValue, RequestOptions } from './apiClient'
export { ApiProblem, isApiProblem } from './apiProblem'
export type { ProblemDocument } from './apiProblem'
export { BauplanApi } from './bauplanApi'
export { ApiProvider, useApi } from './ApiContext'
export { apiPaths } from './paths'
export { useResource } from './useResource'
export type { Resource, ResourceStatus } from './useResource'
export { loadVersionCached } from './versionCache'
export { useBlockNames, shortName } from './useBlockNames'
export type { BlockRef } from './useBlockNames'
export { VERSION_STATES, ROLES, SEARCH_FACETS, SEARCH_SORTS } from './types'
export type {
  ApiToken,
  ApproveResult,
  AuditEntry,
  AuditPage,
  AuditParams,
  AvailableUpdates,
  Block,
  BlockOverview,
  CreatedApiToken,
  DependencyInfo,
  DependentInfo,
  DraftResult,
  FacetCount,
  FileInfo,
  FolderFiles,
  Membership,
  Organisation,
  OrganisationKind,
  OrganisationPage,
  OriginInfo,
  Reference,
  ReviewEvent,
  ReviewEventKind,
  Role,
  SearchFacet,
  SearchHit,
  SearchParams,
  SearchResult,
  SearchSort,
  SessionInfo,
  User,
  VariantInfo,
  Version,
  VersionDetail,
  VersionState,
  VersionSummary,
} from './types'
