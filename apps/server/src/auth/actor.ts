/**
 * Who is making a request: the user with their role memberships, read fresh for every request so a
 * revoked role or a disabled account takes effect at once, not at the next login.
 */
import type { Membership, Role, TokenHash, User } from '@bauplan/catalogue'
import type { FastifyRequest } from 'fastify'
import { adminRequired, unauthenticated } from '../http/httpProblem'

export interface Actor {
  user: User
  memberships: Membership[]
  via: 'session' | 'token'
  /** The API token used, when `via` is `token`. */
  tokenId?: string
  /** Hash of the session id, when `via` is `session`. */
  sessionIdHash?: TokenHash
  /** Hash of the session's CSRF token, when `via` is `session`. */
  csrfTokenHash?: string
}

export function hasRole(actor: Actor, role: Role, organisationId?: string): boolean {
  return actor.memberships.some(
    (m) => m.role === role && (organisationId === undefined || m.organisationId === organisationId)
  )
}

/** Admins of any organisation administer the installation (users, organisations, the audit log). */
export function isAdmin(actor: Actor): boolean {
  return hasRole(actor, 'admin')
}

export function requireActor(request: FastifyRequest): Actor {
  if (request.actor === null) throw unauthenticated()
  return request.actor
}

export function requireAdmin(request: FastifyRequest): Actor {
  const actor = requireActor(request)
  if (!isAdmin(actor)) throw adminRequired()
  return actor
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null
  }
}
