/**
 * The browser session: an HttpOnly cookie with the session id and a readable CSRF cookie whose
 * value the web app echoes in X-CSRF-Token (double submit, checked against the hash stored with the
 * session, so a cookie planted by a sibling domain does not help an attacker).
 */
// The type import brings @fastify/cookie's additions to FastifyReply (setCookie, clearCookie).
import type {} from '@fastify/cookie'
import type { FastifyReply, FastifyRequest } from 'fastify'

export const SESSION_COOKIE = 'bauplan_session'
export const CSRF_COOKIE = 'bauplan_csrf'
export const CSRF_HEADER = 'x-csrf-token'

/** A session ends after 8 hours without a request (sliding)… */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000
/** …and at the latest 7 days after login, however active it is (absolute). */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000
/** Extending on every request would write on every read; a minute's precision is plenty. */
export const SESSION_EXTEND_GRANULARITY_MS = 60 * 1000

export function sessionExpiry(createdAt: Date, now: Date): Date {
  return new Date(
    Math.min(now.getTime() + SESSION_IDLE_MS, createdAt.getTime() + SESSION_ABSOLUTE_MS)
  )
}

export function isPastAbsoluteLimit(createdAt: Date, now: Date): boolean {
  return now.getTime() >= createdAt.getTime() + SESSION_ABSOLUTE_MS
}

export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  values: { sessionId: string; csrfToken: string }
): void {
  const base = {
    path: '/',
    sameSite: 'lax' as const,
    secure: usesSecureCookies(request),
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  }
  reply.setCookie(SESSION_COOKIE, values.sessionId, { ...base, httpOnly: true })
  // Readable by the web app's script on purpose: it must copy the value into X-CSRF-Token.
  reply.setCookie(CSRF_COOKIE, values.csrfToken, { ...base, httpOnly: false })
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  const base = { path: '/', sameSite: 'lax' as const, secure: usesSecureCookies(request) }
  reply.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true })
  reply.clearCookie(CSRF_COOKIE, { ...base, httpOnly: false })
}

function usesSecureCookies(request: FastifyRequest): boolean {
  return request.server.config.secureCookies || request.protocol === 'https'
}
