import type { Role } from '../model/vocabulary'

/**
 * Who performs an operation. The caller (server, CLI, seeding) resolves it from a session, an API
 * token or its own identity; the service trusts it and never looks the memberships up again, so one
 * request sees one consistent set of rights.
 */
export interface Actor {
  /** A user id, or null for the system itself (seeding, migrations). */
  userId: string | null
  memberships: readonly ActorMembership[]
}

export interface ActorMembership {
  organisationId: string
  role: Role
}

/**
 * The system actor: seeding and bootstrap act as it. It holds no memberships — operations that
 * accept it check for it explicitly rather than through roles, so it cannot slip through a rights
 * check by accident.
 */
export const SYSTEM_ACTOR: Actor = Object.freeze({ userId: null, memberships: Object.freeze([]) })

export function isSystemActor(actor: Actor): boolean {
  return actor.userId === null
}

export function hasRole(actor: Actor, role: Role, organisationId?: string): boolean {
  return actor.memberships.some(
    (m) => m.role === role && (organisationId === undefined || m.organisationId === organisationId)
  )
}

/**
 * Admins manage the whole installation, so an admin role in any organisation counts everywhere
 * (the issue gives admins no organisation-bound duties).
 */
export function isAdmin(actor: Actor): boolean {
  return hasRole(actor, 'admin')
}
