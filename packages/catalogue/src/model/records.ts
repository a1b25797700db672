import type { JsonObject } from './json'
import type {
  OrganisationKind,
  RelationPredicate,
  ReviewEventKind,
  Role,
  VersionState,
} from './vocabulary'

// Records as the store returns them. Timestamps are ISO 8601 strings in UTC with milliseconds
// ("2026-01-31T12:00:00.000Z"), the same from both adapters.

export interface Organisation {
  /** Stable key chosen at creation, e.g. `sn` or `lk-leipzig`. */
  id: string
  name: string
  kind: OrganisationKind
  /** Two-digit Land code (e.g. "14" for Sachsen), where the organisation belongs to one. */
  bundesland: string | null
  createdAt: string
}

export interface User {
  id: string
  displayName: string
  /** Stored lower-cased; unique when present. */
  email: string | null
  createdAt: string
  disabledAt: string | null
}

/** A login with name and password. The password hash is produced (and checked) by the caller. */
export interface LocalAccount {
  userId: string
  /** Stored lower-cased; unique. */
  username: string
  passwordHash: string
  createdAt: string
  updatedAt: string
}

export interface Membership {
  userId: string
  organisationId: string
  role: Role
  grantedAt: string
}

/** A browser session. Only hashes of the session id and CSRF token are stored. */
export interface Session {
  idHash: string
  userId: string
  csrfTokenHash: string
  createdAt: string
  expiresAt: string
}

/** A personal API token. Only the hash of the secret is stored. */
export interface ApiToken {
  id: string
  userId: string
  name: string
  tokenHash: string
  createdAt: string
  expiresAt: string | null
  lastUsedAt: string | null
  revokedAt: string | null
}

/** A building block: the stable identity that versions belong to. */
export interface Block {
  /** URN, e.g. `urn:bauplan:baustein:sn:identitaet-pruefen`. */
  id: string
  organisationId: string
  createdAt: string
  createdBy: string | null
}

export interface BlockVersion {
  blockId: string
  /** Semantic version `X.Y.Z`. */
  version: string
  state: VersionState
  /** Counts content changes of a draft; starts at 1. Used for optimistic concurrency. */
  revision: number
  /** The baustein.json metadata. */
  metadata: JsonObject
  /** sha256 (hex) over the canonical form of metadata and files; set when first published. */
  contentHash: string | null
  createdAt: string
  createdBy: string | null
  updatedAt: string
  stateChangedAt: string
  publishedAt: string | null
}

export interface VersionFileInfo {
  name: string
  mediaType: string
  size: number
  /** sha256 (hex) of the bytes, computed by the store. */
  sha256: string
}

export interface VersionFile extends VersionFileInfo {
  bytes: Uint8Array
}

/** One entry of a version's review history (every state change writes one). */
export interface ReviewEvent {
  id: number
  blockId: string
  version: string
  kind: ReviewEventKind
  fromState: VersionState
  toState: VersionState
  /** Required for `zurueckgewiesen`. */
  reason: string | null
  actorId: string | null
  at: string
}

/** A version's dependency on another block, as a semver range, plus the version chosen at publish. */
export interface VersionReference {
  blockId: string
  version: string
  targetBlockId: string
  range: string
  resolvedVersion: string | null
}

/** A relation from one block to another, e.g. a variant derived (`ABL`) from origin id@version. */
export interface BlockRelation {
  blockId: string
  predicate: RelationPredicate
  targetBlockId: string
  targetVersion: string | null
  createdAt: string
}

export interface AuditEntry {
  /** Increases with every append; gives the order of events. */
  id: number
  at: string
  actorId: string | null
  /** What happened, as a stable code such as `version.published`. */
  action: string
  blockId: string | null
  version: string | null
  details: JsonObject
}

export interface AppliedMigration {
  version: number
  name: string
  checksum: string
  appliedAt: string
}
