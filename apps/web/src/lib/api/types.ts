/**
 * The shapes the Bauplan server answers with (apps/server/src/schemas). The web app cannot import
 * @bauplan/catalogue (it opens databases), so the wire types are restated here; the server's JSON
 * schemas and OpenAPI document are the source of truth.
 */
import type { Baustein, Problem } from '@bauplan/domain'

export const VERSION_STATES = ['entwurf', 'in_pruefung', 'veroeffentlicht', 'abgekuendigt'] as const
export type VersionState = (typeof VERSION_STATES)[number]

export const ROLES = ['modellierer', 'kurator', 'it_dienstleister', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const SEARCH_FACETS = [
  'bundesland',
  'organisation',
  'bausteinart',
  'einsatzbereich',
  'themenfeld',
] as const
export type SearchFacet = (typeof SEARCH_FACETS)[number]

export const SEARCH_SORTS = ['relevance', 'name', 'lastChange'] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

export type ReviewEventKind =
  | 'eingereicht'
  | 'zurueckgezogen'
  | 'zurueckgewiesen'
  | 'veroeffentlicht'
  | 'abgekuendigt'
  | 'importiert'

export type OrganisationKind = 'land' | 'kommune' | 'it_dienstleister' | 'koordinierungsstelle'

export interface Membership {
  organisationId: string
  role: Role
  grantedAt: string
}

export interface User {
  id: string
  displayName: string
  email: string | null
  createdAt: string
  disabledAt: string | null
  memberships: Membership[]
}

export interface SessionInfo {
  user: User
  via: 'session' | 'token'
  /** Only in the login answer. */
  csrfToken?: string
}

export interface Organisation {
  id: string
  name: string
  kind: OrganisationKind
  bundesland: string | null
  createdAt: string
}

export interface OrganisationPage {
  items: Organisation[]
  total: number
  limit: number
  offset: number
}

export interface ApiToken {
  id: string
  name: string
  createdAt: string
  expiresAt: string | null
  lastUsedAt: string | null
  revokedAt: string | null
}

export interface CreatedApiToken {
  token: ApiToken
  /** `bpl_…`, shown exactly once. */
  secret: string
}

export interface SearchHit {
  blockId: string
  version: string
  state: VersionState
  organisationId: string
  organisationName: string
  name: string
  bezeichnung: string | null
  bausteinart: string | null
  /** Leistungsschlüssel of the version's leistungen, sorted. */
  leistungsschluessel: string[]
  /** Main BPMN file (artefakte.bpmn.datei); null: the version has no diagram. */
  bpmnDatei: string | null
  updatedAt: string
  score: number
}

export interface FacetCount {
  value: string
  count: number
}

export interface SearchResult {
  hits: SearchHit[]
  total: number
  limit: number
  offset: number
  page: number
  facets: Record<SearchFacet, FacetCount[]>
}

export interface SearchParams {
  q?: string
  filters?: Partial<Record<SearchFacet, readonly string[]>>
  states?: readonly VersionState[]
  sort?: SearchSort
  page?: number
  limit?: number
}

export interface Block {
  id: string
  organisationId: string
  createdAt: string
  createdBy: string | null
}

/** A version as stored; `metadata` is the baustein.json of that version. */
export interface Version {
  blockId: string
  version: string
  state: VersionState
  revision: number
  metadata: Baustein
  contentHash: string | null
  createdAt: string
  createdBy: string | null
  updatedAt: string
  stateChangedAt: string
  publishedAt: string | null
}

export interface FileInfo {
  name: string
  mediaType: string
  size: number
  sha256: string
}

export interface ReviewEvent {
  id: number
  blockId: string
  version: string
  kind: ReviewEventKind
  fromState: VersionState
  toState: VersionState
  /** Submission note, comment, rejection reason or successor. */
  reason: string | null
  actorId: string | null
  at: string
}

/** A review event in a block's overview, with the display name of who did it. */
export interface ReviewEventView extends ReviewEvent {
  actorName: string | null
}

export interface Reference {
  targetBlockId: string
  range: string
  resolvedVersion: string | null
}

export interface VersionDetail {
  version: Version
  files: FileInfo[]
  history: ReviewEvent[]
  references: Reference[]
}

export interface VersionSummary {
  version: string
  state: VersionState
  revision: number
  contentHash: string | null
  createdAt: string
  createdBy: string | null
  createdByName: string | null
  stateChangedAt: string
  publishedAt: string | null
  history: ReviewEventView[]
  successor?: { id: string; version: string }
}

export interface AvailableUpdates {
  /** A newer published version inside the range. */
  withinRange?: string
  /** A newer major line outside the range. */
  newerMajor?: string
}

export interface DependencyInfo {
  targetBlockId: string
  targetName: string | null
  range: string
  resolvedVersion: string | null
  wouldResolveTo?: string
  targetState: VersionState | null
  updates: AvailableUpdates
}

export interface DependentInfo {
  blockId: string
  name: string | null
  version: string
  state: VersionState
  range: string
  resolvedVersion: string | null
}

export interface VariantInfo {
  blockId: string
  name: string | null
  organisationId: string | null
  organisationName: string | null
  derivedFrom: string | null
}

export interface OriginInfo {
  blockId: string
  name: string | null
  organisationId: string | null
  organisationName: string | null
  basedOn: string | null
  latestPublished: string | null
  upstreamChanged: boolean
  newerVersions: string[]
}

export interface BlockOverview {
  block: Block
  organisation: Organisation | null
  versions: VersionSummary[]
  latestPublished: string | null
  shownVersion: string | null
  dependencies: DependencyInfo[]
  whereUsed: DependentInfo[]
  variants: VariantInfo[]
  origin: OriginInfo | null
}

export interface DraftResult {
  version: Version
  problems: Problem[]
}

export interface ApproveResult extends DraftResult {
  resolutions: { targetBlockId: string; resolvedVersion: string }[]
  flaggedVariants: string[]
}

export interface AuditEntry {
  id: number
  at: string
  actorId: string | null
  /** Display name of the actor (null: the system, or unknown). */
  actorName?: string | null
  blockName?: string | null
  action: string
  blockId: string | null
  version: string | null
  details: Record<string, unknown>
}

export interface AuditPage {
  items: AuditEntry[]
  nextCursor: string | null
}

export interface AuditParams {
  order?: 'asc' | 'desc'
  limit?: number
  cursor?: string
}

/** A whole block folder as text files (file name → content), the JSON upload form. */
export type FolderFiles = Record<string, string>

export type NotificationKind =
  'reviewRequested' | 'decision' | 'upstreamChanged' | 'updateAvailable'

/** One entry of GET /api/benachrichtigungen. */
export interface NotificationItem {
  id: number
  at: string
  kind: NotificationKind
  action: string
  blockId: string
  blockName: string | null
  version: string | null
  actorId: string | null
  actorName: string | null
  text: string | null
  origin: { blockId: string; name: string | null; version: string | null } | null
  unread: boolean
}

export interface NotificationFeed {
  items: NotificationItem[]
  nextCursor: string | null
  readUpTo: number
  unread: number
}

export type SubmissionStatus = 'inReview' | 'published' | 'rejected' | 'withdrawn' | 'deprecated'

/** One entry of GET /api/benachrichtigungen/einreichungen. */
export interface MySubmission {
  blockId: string
  blockName: string | null
  version: string
  status: SubmissionStatus
  state: VersionState
  submittedAt: string
  note: string | null
  decision: {
    kind: ReviewEventKind
    at: string
    actorId: string | null
    actorName: string | null
    reason: string | null
  } | null
}
