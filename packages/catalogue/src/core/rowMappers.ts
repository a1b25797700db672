import type { JsonObject } from '../model/json'
import type {
  ApiToken,
  AppliedMigration,
  AuditEntry,
  Block,
  BlockRelation,
  BlockVersion,
  LocalAccount,
  Membership,
  Organisation,
  ReviewEvent,
  Session,
  User,
  VersionFile,
  VersionFileInfo,
  VersionReference,
} from '../model/records'
import type {
  OrganisationKind,
  RelationPredicate,
  ReviewEventKind,
  Role,
  VersionState,
} from '../model/vocabulary'
import type { SqlRow } from './sqlExecutor'

// Rows → records. Both drivers hand back slightly different types (PostgreSQL: Date, parsed jsonb,
// bigint as string; SQLite: ISO text, JSON text, numbers); these helpers make them one shape.

export function toIso(value: unknown): string {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string') return new Date(value).toISOString()
  throw new TypeError(`expected a timestamp, got ${typeof value}`)
}

export function toIsoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : toIso(value)
}

export function toInt(value: unknown): number {
  if (typeof value === 'number') return value
  if (typeof value === 'string' || typeof value === 'bigint') return Number(value)
  throw new TypeError(`expected an integer, got ${typeof value}`)
}

export function toJsonObject(value: unknown): JsonObject {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TypeError('expected a JSON object')
  }
  return parsed as JsonObject
}

function str(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`expected text, got ${typeof value}`)
  return value
}

function strOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : str(value)
}

function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) {
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
  }
  throw new TypeError('expected bytes')
}

export function organisationOf(row: SqlRow): Organisation {
  return {
    id: str(row.id),
    name: str(row.name),
    kind: str(row.kind) as OrganisationKind,
    bundesland: strOrNull(row.bundesland),
    createdAt: toIso(row.created_at),
  }
}

export function userOf(row: SqlRow): User {
  return {
    id: str(row.id),
    displayName: str(row.display_name),
    email: strOrNull(row.email),
    createdAt: toIso(row.created_at),
    disabledAt: toIsoOrNull(row.disabled_at),
  }
}

export function localAccountOf(row: SqlRow): LocalAccount {
  return {
    userId: str(row.user_id),
    username: str(row.username),
    passwordHash: str(row.password_hash),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  }
}

export function membershipOf(row: SqlRow): Membership {
  return {
    userId: str(row.user_id),
    organisationId: str(row.organisation_id),
    role: str(row.role) as Role,
    grantedAt: toIso(row.granted_at),
  }
}

export function sessionOf(row: SqlRow): Session {
  return {
    idHash: str(row.id_hash),
    userId: str(row.user_id),
    csrfTokenHash: str(row.csrf_token_hash),
    createdAt: toIso(row.created_at),
    expiresAt: toIso(row.expires_at),
  }
}

export function apiTokenOf(row: SqlRow): ApiToken {
  return {
    id: str(row.id),
    userId: str(row.user_id),
    name: str(row.name),
    tokenHash: str(row.token_hash),
    createdAt: toIso(row.created_at),
    expiresAt: toIsoOrNull(row.expires_at),
    lastUsedAt: toIsoOrNull(row.last_used_at),
    revokedAt: toIsoOrNull(row.revoked_at),
  }
}

export function blockOf(row: SqlRow): Block {
  return {
    id: str(row.id),
    organisationId: str(row.organisation_id),
    createdAt: toIso(row.created_at),
    createdBy: strOrNull(row.created_by),
  }
}

export function blockVersionOf(row: SqlRow): BlockVersion {
  return {
    blockId: str(row.block_id),
    version: str(row.version),
    state: str(row.state) as VersionState,
    revision: toInt(row.revision),
    metadata: toJsonObject(row.metadata),
    contentHash: strOrNull(row.content_hash),
    createdAt: toIso(row.created_at),
    createdBy: strOrNull(row.created_by),
    updatedAt: toIso(row.updated_at),
    stateChangedAt: toIso(row.state_changed_at),
    publishedAt: toIsoOrNull(row.published_at),
  }
}

export function fileInfoOf(row: SqlRow): VersionFileInfo {
  return {
    name: str(row.name),
    mediaType: str(row.media_type),
    size: toInt(row.size),
    sha256: str(row.sha256),
  }
}

export function fileOf(row: SqlRow): VersionFile {
  return { ...fileInfoOf(row), bytes: toBytes(row.bytes) }
}

export function reviewEventOf(row: SqlRow): ReviewEvent {
  return {
    id: toInt(row.id),
    blockId: str(row.block_id),
    version: str(row.version),
    kind: str(row.kind) as ReviewEventKind,
    fromState: str(row.from_state) as VersionState,
    toState: str(row.to_state) as VersionState,
    reason: strOrNull(row.reason),
    actorId: strOrNull(row.actor_id),
    at: toIso(row.at),
  }
}

export function referenceOf(row: SqlRow): VersionReference {
  return {
    blockId: str(row.block_id),
    version: str(row.version),
    targetBlockId: str(row.target_block_id),
    range: str(row.range),
    resolvedVersion: strOrNull(row.resolved_version),
  }
}

export function relationOf(row: SqlRow): BlockRelation {
  return {
    blockId: str(row.block_id),
    predicate: str(row.predicate) as RelationPredicate,
    targetBlockId: str(row.target_block_id),
    targetVersion: strOrNull(row.target_version),
    createdAt: toIso(row.created_at),
  }
}

export function auditEntryOf(row: SqlRow): AuditEntry {
  return {
    id: toInt(row.id),
    at: toIso(row.at),
    actorId: strOrNull(row.actor_id),
    action: str(row.action),
    blockId: strOrNull(row.block_id),
    version: strOrNull(row.version),
    details: toJsonObject(row.details),
  }
}

export function appliedMigrationOf(row: SqlRow): AppliedMigration {
  return {
    version: toInt(row.version),
    name: str(row.name),
    checksum: str(row.checksum),
    appliedAt: toIso(row.applied_at),
  }
}
