import type { AvailableUpdates } from '@bauplan/domain'
import type { Block, Organisation, ReviewEvent } from '../model/records'
import type { VersionState } from '../model/vocabulary'

export interface VersionSummary {
  version: string
  state: VersionState
  revision: number
  contentHash: string | null
  createdAt: string
  createdBy: string | null
  stateChangedAt: string
  publishedAt: string | null
  /** Every state change with who, when and why (submission note, rejection reason, …). */
  history: ReviewEvent[]
  /** For a deprecated version: what to use instead. */
  successor?: { id: string; version: string }
}

export interface DependencyInfo {
  targetBlockId: string
  range: string
  /** The exact version pinned at publication; null for a draft's reference. */
  resolvedVersion: string | null
  /** For a draft: the version the range would resolve to today. */
  wouldResolveTo?: string
  /** State of the pinned (or would-be) version; null if nothing resolves. */
  targetState: VersionState | null
  /** Newer published versions in range, or of a newer major line (domain `updatesAvailable`). */
  updates: AvailableUpdates
}

export interface DependentInfo {
  blockId: string
  version: string
  state: VersionState
  range: string
  resolvedVersion: string | null
}

export interface VariantInfo {
  blockId: string
  organisationId: string | null
  /** The origin version the variant was derived from. */
  derivedFrom: string | null
}

export interface OriginInfo {
  blockId: string
  /** The origin version the variant is based on (its metadata's ABL relation, else the derivation). */
  basedOn: string | null
  latestPublished: string | null
  /** True when the origin has published a version newer than `basedOn`. */
  upstreamChanged: boolean
  /** The origin's published versions newer than `basedOn`, highest first. */
  newerVersions: string[]
}

export interface BlockOverview {
  block: Block
  organisation: Organisation | null
  /** Highest first; IT providers see published and deprecated versions only. */
  versions: VersionSummary[]
  latestPublished: string | null
  /** The version whose dependencies are listed. */
  shownVersion: string | null
  dependencies: DependencyInfo[]
  /** Versions of other blocks that reference this block. */
  whereUsed: DependentInfo[]
  /** Blocks derived from this one (relation ABL). */
  variants: VariantInfo[]
  /** Set when this block is a variant of another. */
  origin: OriginInfo | null
}
