/**
 * Changing one's own password (needed at least once: the first admin starts with a one-time
 * password). The user name is asked for because the store finds local accounts by name only; it
 * must belong to the signed-in user. All sessions end afterwards, so a stolen one dies with the old
 * password.
 */
import { hashPassword, verifyPassword } from '@bauplan/catalogue'
import type { FastifyPluginAsync } from 'fastify'
import { requireActor } from '../../auth/actor'
import { clearSessionCookies } from '../../auth/sessionCookies'
import { HttpProblem } from '../../http/httpProblem'
import { text } from '../../i18n/text'
import { AUTHENTICATED, langQuery, objectBody, problemResponses } from '../../schemas/common'
import { MIN_PASSWORD_LENGTH } from '../admin/userRoutes'

export const passwordRoutes: FastifyPluginAsync = async (app) => {
  app.post(
    '/session/password',
    {
      schema: {
        tags: ['Sitzung'],
        summary: 'Eigenes Passwort ändern / change own password',
        description: 'Ends every session of the user; log in again with the new password.',
        querystring: langQuery(),
        body: objectBody(
          {
            username: { type: 'string', minLength: 1, maxLength: 254 },
            currentPassword: { type: 'string', minLength: 1, maxLength: 1024 },
            newPassword: { type: 'string', minLength: MIN_PASSWORD_LENGTH, maxLength: 1024 },
          },
          ['username', 'currentPassword', 'newPassword']
        ),
        response: {
          204: { type: 'null', description: 'Geändert / changed' },
          ...problemResponses(...AUTHENTICATED),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request)
      const body = request.body as {
        username: string
        currentPassword: string
        newPassword: string
      }
      const account = await app.store.findLocalAccount(body.username.trim().toLowerCase())
      const matches =
        account !== null &&
        account.userId === actor.user.id &&
        (await verifyPassword(body.currentPassword, account.passwordHash))
      if (!matches) {
        throw new HttpProblem(403, 'auth.invalidCredentials', text('auth.invalidCredentials'))
      }
      const passwordHash = await hashPassword(body.newPassword)
      await app.store.transaction(async (tx) => {
        await tx.setPasswordHash(actor.user.id, passwordHash)
        await tx.deleteUserSessions(actor.user.id)
        await tx.appendAudit({
          actorId: actor.user.id,
          action: 'user.passwordChanged',
          details: { userId: actor.user.id },
        })
      })
      clearSessionCookies(request, reply)
      return reply.status(204).send()
    }
  )
}
