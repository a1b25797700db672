/**
 * Resolves `request.actor` for every request, before the body is read (so an anonymous upload is
 * refused without parsing it), and enforces the two rules that hold for all routes:
 * routes need an actor unless marked `config: { auth: 'public' }`, and a cookie-authenticated request
 * that changes something must prove with X-CSRF-Token that it comes from our own page.
 * Bearer tokens need no CSRF token: browsers never attach them on their own.
 */
import { hashToken, type TokenHash } from '@bauplan/catalogue'
import type { FastifyRequest } from 'fastify'
import type { Actor } from '../auth/actor'
import { API_TOKEN_PATTERN, secretMatchesHash } from '../auth/secrets'
import {
  CSRF_HEADER,
  SESSION_COOKIE,
  SESSION_EXTEND_GRANULARITY_MS,
  isPastAbsoluteLimit,
  sessionExpiry,
} from '../auth/sessionCookies'
import { globalPlugin } from '../http/globalPlugin'
import { HttpProblem, unauthenticated } from '../http/httpProblem'
import { text } from '../i18n/text'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
/** Routes registered by plugins we do not write (the reference page) are public by nature. */
const PUBLIC_PREFIXES = ['/api/docs']

export interface AuthPluginOptions {
  clock: () => Date
}

export const authPlugin = globalPlugin<AuthPluginOptions>(async (app, { clock }) => {
  app.decorateRequest('actor', null)
  app.addHook('onRequest', async (request) => {
    const policy = policyOf(request)
    // Static files of the web app and the reference page need no actor: skip the store lookups.
    if (policy === 'public' && !isApiRoute(request)) return
    request.actor = await resolveActor(request, clock)
    if (policy === 'user' && request.actor === null) throw unauthenticated()
    if (
      request.actor?.via === 'session' &&
      !SAFE_METHODS.has(request.method) &&
      request.routeOptions.config.csrf !== false
    ) {
      verifyCsrf(request, request.actor)
    }
  })
})

function isApiRoute(request: FastifyRequest): boolean {
  const url = request.routeOptions.url
  return (
    url !== undefined && url.startsWith('/api/') && !PUBLIC_PREFIXES.some((p) => url.startsWith(p))
  )
}

function policyOf(request: FastifyRequest): 'public' | 'user' {
  const url = request.routeOptions.url
  // Unknown routes answer 404 to everyone; only the web app and /api routes we wrote need a login.
  if (url === undefined || !url.startsWith('/api/')) return 'public'
  if (PUBLIC_PREFIXES.some((prefix) => url.startsWith(prefix))) return 'public'
  return request.routeOptions.config.auth ?? 'user'
}

async function resolveActor(request: FastifyRequest, clock: () => Date): Promise<Actor | null> {
  const authorization = request.headers.authorization
  if (authorization !== undefined) return actorFromToken(request, authorization)
  const sessionId = request.cookies[SESSION_COOKIE]
  if (sessionId) return actorFromSession(request, sessionId, clock)
  return null
}

async function actorFromToken(request: FastifyRequest, authorization: string): Promise<Actor> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim())
  const secret = match?.[1]
  if (secret === undefined || !API_TOKEN_PATTERN.test(secret)) {
    throw new HttpProblem(401, 'auth.malformedAuthorization', text('auth.malformedAuthorization'))
  }
  const store = request.server.store
  const token = await store.findActiveApiToken(hashToken(secret))
  if (token === null) throw new HttpProblem(401, 'auth.invalidToken', text('auth.invalidToken'))
  const user = await store.getUser(token.userId)
  if (user === null || user.disabledAt !== null) {
    throw new HttpProblem(401, 'auth.userDisabled', text('auth.userDisabled'))
  }
  await store.recordApiTokenUse(token.id)
  const memberships = await store.listMemberships(user.id)
  return { user, memberships, via: 'token', tokenId: token.id }
}

/** A stale or foreign cookie just means "not logged in"; the route then decides (401 or public). */
async function actorFromSession(
  request: FastifyRequest,
  sessionId: string,
  clock: () => Date
): Promise<Actor | null> {
  const store = request.server.store
  const idHash: TokenHash = hashToken(sessionId)
  const session = await store.findSession(idHash)
  if (session === null) return null
  const now = clock()
  const createdAt = new Date(session.createdAt)
  const user = await store.getUser(session.userId)
  if (isPastAbsoluteLimit(createdAt, now) || user === null || user.disabledAt !== null) {
    await store.deleteSession(idHash)
    return null
  }
  const nextExpiry = sessionExpiry(createdAt, now)
  if (nextExpiry.getTime() - Date.parse(session.expiresAt) > SESSION_EXTEND_GRANULARITY_MS) {
    await store.extendSession(idHash, nextExpiry.toISOString())
  }
  const memberships = await store.listMemberships(user.id)
  return {
    user,
    memberships,
    via: 'session',
    sessionIdHash: idHash,
    csrfTokenHash: session.csrfTokenHash,
  }
}

function verifyCsrf(request: FastifyRequest, actor: Actor): void {
  const header = request.headers[CSRF_HEADER]
  const value = Array.isArray(header) ? header[0] : header
  if (!value || !actor.csrfTokenHash || !secretMatchesHash(value, actor.csrfTokenHash)) {
    throw new HttpProblem(403, 'auth.csrf', text('auth.csrf'))
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `public` routes answer without a login; the default for /api routes is `user`. */
    auth?: 'public' | 'user'
    /** `false` only for logging in, which has no session to protect yet. */
    csrf?: boolean
  }
}
