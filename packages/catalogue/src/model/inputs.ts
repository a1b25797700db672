import type { TokenHash } from '../tokenHash'
import type { JsonObject } from './json'
import type {
  OrganisationKind,
  RelationPredicate,
  ReviewEventKind,
  Role,
  VersionState,
} from './vocabulary'

// What callers pass in. Ids of actors (`createdBy`, `actorId`) are user ids or null for the system.

export interface NewOrganisation {
  id: string
  name: string
  kind: OrganisationKind
  bundesland?: string | null
}

export interface NewUser {
  displayName: string
  email?: string | null
}

export interface NewLocalAccount {
  userId: string
  username: string
  passwordHash: string
}

export interface MembershipKey {
  userId: string
  organisationId: string
  role: Role
}

export interface NewSession {
  idHash: TokenHash
  userId: string
  csrfTokenHash: TokenHash
  expiresAt: string
}

export interface NewApiToken {
  userId: string
  name: string
  tokenHash: TokenHash
  expiresAt?: string | null
}

export interface NewBlock {
  id: string
  organisationId: string
  createdBy?: string | null
}

export interface FileInput {
  name: string
  mediaType: string
  bytes: Uint8Array
}

export interface VersionKey {
  blockId: string
  version: string
}

export interface NewDraft extends VersionKey {
  metadata: JsonObject
  files: readonly FileInput[]
  createdBy?: string | null
}

export interface DraftUpdate extends VersionKey {
  /** When given, the update only succeeds if the draft still has this revision. */
  expectedRevision?: number
  metadata?: JsonObject
  /** When given, replaces the complete set of files. */
  files?: readonly FileInput[]
}

export interface DraftDeletion extends VersionKey {
  /** When given, the draft is only removed if it still has this revision. */
  expectedRevision?: number
}

export interface StateChange extends VersionKey {
  /** The state the caller saw; the change only happens if the version is still in it. */
  expected: VersionState
  next: VersionState
  kind: ReviewEventKind
  actorId?: string | null
  /** Why; required when `kind` is `zurueckgewiesen`. */
  reason?: string | null
  /** When given, the change also requires this revision (the content the reviewer saw). */
  expectedRevision?: number
}

export interface NewReference {
  targetBlockId: string
  /** Semver range, e.g. `^1.2.0`. */
  range: string
}

export interface ReferenceResolution {
  targetBlockId: string
  resolvedVersion: string
}

export interface NewRelation {
  blockId: string
  predicate: RelationPredicate
  targetBlockId: string
  targetVersion?: string | null
}

export interface NewAuditEntry {
  actorId?: string | null
  action: string
  blockId?: string | null
  version?: string | null
  details?: JsonObject
}

export interface AuditQuery {
  /** Only entries about this block. */
  blockId?: string
  /** `desc` (default) gives the newest entries first. */
  order?: 'asc' | 'desc'
  limit?: number
  cursor?: string
}
