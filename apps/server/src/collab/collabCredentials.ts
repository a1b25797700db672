/**
 * Who opens a collaboration connection. A WebSocket upgrade never reaches Fastify's hooks, so the
 * session cookie or `Authorization: Bearer` token is resolved here with the same rules as the
 * auth plugin (store lookups, disabled users, the session's absolute limit). The credential is
 * kept with the connection and resolved again on every access check, so a logout, an expired
 * session, a revoked token or a disabled account ends an open connection too.
 */
import type { IncomingMessage } from 'node:http'
import { hashToken, type CatalogueStore, type TokenHash, type User } from '@bauplan/catalogue'
import type { FastifyInstance } from 'fastify'
import type { CatalogueActor } from '../plugins/catalogueService'
import { API_TOKEN_PATTERN } from '../auth/secrets'
import {
  SESSION_COOKIE,
  SESSION_EXTEND_GRANULARITY_MS,
  isPastAbsoluteLimit,
  sessionExpiry,
} from '../auth/sessionCookies'

export type Credential =
  { via: 'session'; idHash: TokenHash } | { via: 'token'; tokenHash: TokenHash }

export interface CollabIdentity {
  user: User
  actor: CatalogueActor
}

/** The credential an upgrade request carries (token before cookie, as in the auth plugin). */
export function credentialOf(
  app: FastifyInstance,
  request: IncomingMessage
): Credential | undefined {
  const authorization = request.headers.authorization
  if (authorization !== undefined) {
    const secret = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1]
    if (secret === undefined || !API_TOKEN_PATTERN.test(secret)) return undefined
    return { via: 'token', tokenHash: hashToken(secret) }
  }
  const cookieHeader = request.headers.cookie
  if (cookieHeader === undefined) return undefined
  const sessionId = app.parseCookie(cookieHeader)[SESSION_COOKIE]
  return sessionId ? { via: 'session', idHash: hashToken(sessionId) } : undefined
}

/**
 * The user and their current memberships, or undefined when the credential no longer holds.
 * `extend` slides the session's expiry like an HTTP request does (at upgrade, not on re-checks).
 */
export async function resolveCredential(
  store: CatalogueStore,
  credential: Credential,
  clock: () => Date,
  extend = false
): Promise<CollabIdentity | undefined> {
  let userId: string
  if (credential.via === 'token') {
    const token = await store.findActiveApiToken(credential.tokenHash)
    if (token === null) return undefined
    userId = token.userId
  } else {
    const session = await store.findSession(credential.idHash)
    if (session === null) return undefined
    const createdAt = new Date(session.createdAt)
    const now = clock()
    if (isPastAbsoluteLimit(createdAt, now)) return undefined
    const nextExpiry = sessionExpiry(createdAt, now)
    if (
      extend &&
      nextExpiry.getTime() - Date.parse(session.expiresAt) > SESSION_EXTEND_GRANULARITY_MS
    ) {
      await store.extendSession(credential.idHash, nextExpiry.toISOString())
    }
    userId = session.userId
  }
  const user = await store.getUser(userId)
  if (user === null || user.disabledAt !== null) return undefined
  const memberships = await store.listMemberships(user.id)
  return {
    user,
    actor: {
      userId: user.id,
      memberships: memberships.map((m) => ({ organisationId: m.organisationId, role: m.role })),
    },
  }
}

/** Equal for the same session or token (to resolve it once when many connections share it). */
export function credentialKey(credential: Credential): string {
  return credential.via === 'token'
    ? `token:${credential.tokenHash}`
    : `session:${credential.idHash}`
}
