import type { AvailableUpdates } from '@bauplan/domain'
import type { Block, Organisation, ReviewEvent } from '../model/records'
import type { VersionState } from '../model/vocabulary'

/** A review event with the display name of who did it (null: unknown, deleted or the system). */
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
  /** Display name of `createdBy`. */
  createdByName: string | null
  stateChangedAt: string
  publishedAt: string | null
  /** Every state change with who, when and why (submission note, rejection reason, …). */
  history: ReviewEventView[]
  /** For a deprecated version: what to use instead. */
  successor?: { id: string; version: string }
}

export interface DependencyInfo {
  targetBlockId: string
  /** The target's name (from its highest published version, else its highest visible one). */
  targetName: string | null
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
  /** The origin version the variant was derived from. */
  derivedFrom: string | null
}

export interface OriginInfo {
  blockId: string
  name: string | null
  organisationId: string | null
  organisationName: string | null
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
