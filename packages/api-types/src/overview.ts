/** A block's overview: versions, dependencies, where-used, variants (apps/server/src/schemas/overview.ts). */
import type { Organisation } from './accounts'
import type { Block, ReviewEvent } from './catalogue'
import type { VersionState } from './vocabulary'

/** A review event in a block's overview, with the display name of who did it. */
export interface ReviewEventView extends ReviewEvent {
  actorName: string | null
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
  /** Optional because the server sends it only for a deprecated version that names its successor. */
  successor?: { id: string; version: string }
}

/** Both optional: the server names only the updates that exist. */
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
  /** Optional: sent only when the reference is not resolved yet and a published version fits. */
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
