/**
 * Changing one's own password (needed at least once: the first admin starts with a one-time
 * password). The account is the signed-in user's; the current password must be given. All sessions
 * end afterwards, so a stolen one dies with the old password.
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
            currentPassword: { type: 'string', minLength: 1, maxLength: 1024 },
            newPassword: { type: 'string', minLength: MIN_PASSWORD_LENGTH, maxLength: 1024 },
            // Older clients (and the web app until it drops the field) still send it; the account
            // is the signed-in user's either way, so it only has to name that user.
            username: {
              type: 'string',
              minLength: 1,
              maxLength: 254,
              description:
                'Veraltet, optional: eigener Benutzername oder eigene E-Mail-Adresse / deprecated, optional: own user name or e-mail address',
            },
          },
          ['currentPassword', 'newPassword']
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
        currentPassword: string
        newPassword: string
        username?: string
      }
      const account = await app.store.findLocalAccountByUserId(actor.user.id)
      const named = body.username?.trim().normalize('NFC').toLowerCase()
      const matches =
        account !== null &&
        (named === undefined || named === account.username || named === actor.user.email) &&
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
