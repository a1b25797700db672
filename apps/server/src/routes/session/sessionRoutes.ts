/**
 * Logging in and out with a browser session, by user name or e-mail address. Login answers the same
 * for an unknown user and a wrong password (and takes the same time: a password hash is checked
 * either way), so it does not reveal which user names or addresses exist. Failed attempts are
 * rate-limited per IP and per name as typed, whether or not it exists.
 */
import { hashToken, verifyPassword } from '@bauplan/catalogue'
import type { FastifyPluginAsync } from 'fastify'
import { requireActor } from '../../auth/actor'
import { findLoginAccount, unknownAccountHash } from '../../auth/loginAccount'
import type { LoginRateLimiter } from '../../auth/loginRateLimiter'
import { randomSecret } from '../../auth/secrets'
import {
  clearSessionCookies,
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
  sessionExpiry,
  setSessionCookies,
} from '../../auth/sessionCookies'
import { HttpProblem } from '../../http/httpProblem'
import { userView } from '../../http/userView'
import { text } from '../../i18n/text'
import { AUTHENTICATED, langQuery, objectBody, problemResponses, ref } from '../../schemas/common'

export interface SessionRoutesOptions {
  limiter: LoginRateLimiter
  clock: () => Date
}

const loginBody = objectBody(
  {
    username: {
      type: 'string',
      minLength: 1,
      maxLength: 254,
      description: 'Benutzername oder E-Mail-Adresse / user name or e-mail address',
    },
    password: { type: 'string', minLength: 1, maxLength: 1024 },
  },
  ['username', 'password']
)

export const sessionRoutes: FastifyPluginAsync<SessionRoutesOptions> = async (app, options) => {
  const { limiter, clock } = options

  app.post(
    '/session',
    {
      config: { auth: 'public', csrf: false },
      schema: {
        tags: ['Sitzung'],
        summary: 'Anmelden / log in',
        description: `Sets the HttpOnly cookie ${SESSION_COOKIE} and the readable cookie bauplan_csrf (valid 8 h after the last request, at most ${SESSION_ABSOLUTE_MS / 86_400_000} days).`,
        security: [],
        querystring: langQuery(),
        body: loginBody,
        response: { 200: ref('SessionInfo'), ...problemResponses(401, 429) },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body as { username: string; password: string }
      const ip = request.ip
      const wait = limiter.retryAfterSeconds(ip, username)
      if (wait > 0) {
        throw new HttpProblem(429, 'auth.rateLimited', text('auth.rateLimited', wait), {
          headers: { 'retry-after': String(wait) },
        })
      }
      const account = await findLoginAccount(app.store, username)
      const valid = await verifyPassword(
        password,
        account?.passwordHash ?? (await unknownAccountHash())
      )
      const user = valid && account ? await app.store.getUser(account.userId) : null
      if (user === null || user.disabledAt !== null) {
        limiter.recordFailure(ip, username)
        throw new HttpProblem(401, 'auth.invalidCredentials', text('auth.invalidCredentials'))
      }
      limiter.recordSuccess(username)
      const sessionId = randomSecret()
      const csrfToken = randomSecret()
      const now = clock()
      await app.store.createSession({
        idHash: hashToken(sessionId),
        userId: user.id,
        csrfTokenHash: hashToken(csrfToken),
        expiresAt: sessionExpiry(now, now).toISOString(),
      })
      // A login replaces the session this browser had, so an old cookie does not linger in the store.
      const previous = request.cookies[SESSION_COOKIE]
      if (previous) await app.store.deleteSession(hashToken(previous))
      setSessionCookies(request, reply, { sessionId, csrfToken })
      const memberships = await app.store.listMemberships(user.id)
      return { user: userView(user, memberships), via: 'session', csrfToken }
    }
  )

  app.get(
    '/session',
    {
      schema: {
        tags: ['Sitzung'],
        summary: 'Wer bin ich? / who am I',
        querystring: langQuery(),
        response: { 200: ref('SessionInfo'), ...problemResponses(401) },
      },
    },
    async (request) => {
      const actor = requireActor(request)
      return { user: userView(actor.user, actor.memberships), via: actor.via }
    }
  )

  app.delete(
    '/session',
    {
      schema: {
        tags: ['Sitzung'],
        summary: 'Abmelden / log out',
        description:
          'Ends the browser session (cookie + X-CSRF-Token). With an API token: 204, nothing to end.',
        querystring: langQuery(),
        response: {
          204: { type: 'null', description: 'Abgemeldet / logged out' },
          ...problemResponses(...AUTHENTICATED),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request)
      if (actor.sessionIdHash !== undefined) {
        await app.store.deleteSession(actor.sessionIdHash)
      }
      clearSessionCookies(request, reply)
      return reply.status(204).send()
    }
  )
}
