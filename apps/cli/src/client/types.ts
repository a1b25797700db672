/**
 * The shapes of the server's answers that the CLI reads (see docs/api.md and the OpenAPI document
 * at /api/openapi.json). Only the fields the CLI uses are typed; the rest passes through to --json.
 */
import type { Problem } from '@bauplan/domain'

export type VersionState = 'entwurf' | 'in_pruefung' | 'veroeffentlicht' | 'abgekuendigt'

export const VERSION_STATES: readonly VersionState[] = [
  'entwurf',
  'in_pruefung',
  'veroeffentlicht',
  'abgekuendigt',
]

/** Search facets the server filters by (`GET /api/bausteine?bausteinart=…`). */
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

export interface Membership {
  organisationId: string
  role: string
}

export interface UserInfo {
  id: string
  displayName: string
  email?: string | null
  memberships?: Membership[]
}

export interface SessionInfo {
  user: UserInfo
  via: 'session' | 'token'
  csrfToken?: string
}

export interface ApiToken {
  id: string
  name: string
  createdAt: string
  expiresAt: string | null
  lastUsedAt: string | null
  revokedAt: string | null
}

export interface CreatedToken {
  token: ApiToken
  secret: string
}

export interface SearchHit {
  blockId: string
  version: string
  state: VersionState
  organisationId: string
  name: string
  bezeichnung: string | null
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

export interface ReviewEvent {
  kind: string
  fromState: VersionState
  toState: VersionState
  reason: string | null
  actorId: string | null
  at: string
}

export interface VersionSummary {
  version: string
  state: VersionState
  revision: number
  contentHash: string | null
  createdAt: string
  createdBy: string | null
  stateChangedAt: string
  publishedAt: string | null
  history: ReviewEvent[]
  successor?: { id: string; version: string }
}

export interface BlockOverview {
  block: { id: string; organisationId: string; createdAt: string; createdBy: string | null }
  organisation: { id: string; name: string } | null
  versions: VersionSummary[]
  latestPublished: string | null
  shownVersion: string | null
  dependencies: Array<{
    targetBlockId: string
    range: string
    resolvedVersion: string | null
    wouldResolveTo?: string
    targetState: VersionState | null
    updates: { withinRange?: string; newerMajor?: string }
  }>
  whereUsed: Array<{
    blockId: string
    version: string
    state: VersionState
    range: string
    resolvedVersion: string | null
  }>
  variants: Array<{ blockId: string; organisationId: string | null; derivedFrom: string | null }>
  origin: {
    blockId: string
    basedOn: string | null
    latestPublished: string | null
    upstreamChanged: boolean
    newerVersions: string[]
  } | null
}

export interface StoredVersion {
  blockId: string
  version: string
  state: VersionState
  revision: number
  metadata: Record<string, unknown>
  contentHash: string | null
  createdAt: string
  updatedAt: string
  publishedAt: string | null
}

export interface FileInfo {
  name: string
  mediaType: string
  size: number
  sha256: string
}

export interface VersionDetail {
  version: StoredVersion
  files: FileInfo[]
  history: ReviewEvent[]
  references: Array<{ targetBlockId: string; range: string; resolvedVersion: string | null }>
}

export interface DraftResult {
  version: StoredVersion
  problems: Problem[]
}

interface ElementRef {
  id: string
  type: string
  name?: string
}

interface DecisionRef {
  id: string
  name?: string
  file: string
}

interface RuleCells {
  id: string
  index: number
  cells: Array<{ kind: string; column: string; label: string; value?: string }>
}

export interface VersionDiff {
  blockId: string
  fromVersion: string
  toVersion: string
  files: { added: string[]; removed: string[]; changed: string[] }
  metadata: Array<{
    pointer: string
    kind: 'added' | 'removed' | 'changed'
    oldValue?: unknown
    newValue?: unknown
  }>
  bpmn: {
    added: ElementRef[]
    removed: ElementRef[]
    changed: Array<
      ElementRef & {
        attributes: Array<{ attribute: string; oldValue: unknown; newValue: unknown }>
      }
    >
    layoutChanged: ElementRef[]
  } | null
  dmn: {
    decisionsAdded: DecisionRef[]
    decisionsRemoved: DecisionRef[]
    decisionsChanged: Array<
      DecisionRef & {
        hitPolicy?: { oldValue: string; newValue: string }
        aggregation?: { oldValue: string | null; newValue: string | null }
        columnsAdded: Array<{ kind: string; id: string; label: string }>
        columnsRemoved: Array<{ kind: string; id: string; label: string }>
        rulesAdded: RuleCells[]
        rulesRemoved: RuleCells[]
        rulesChanged: Array<{
          id: string
          index: number
          cells: Array<{
            kind: string
            column: string
            label: string
            oldValue: string
            newValue: string
          }>
        }>
      }
    >
  }
  problems: Problem[]
}
