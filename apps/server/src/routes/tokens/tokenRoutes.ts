/**
 * Personal API tokens for the CLI and automation. The secret is shown exactly once, in the answer
 * that creates it; afterwards only its name, dates and last use are visible. Each user sees and
 * revokes only their own tokens.
 */
import { hashToken, type ApiToken } from '@bauplan/catalogue'
import type { FastifyPluginAsync } from 'fastify'
import { requireActor } from '../../auth/actor'
import { newApiTokenSecret } from '../../auth/secrets'
import { HttpProblem } from '../../http/httpProblem'
import { text } from '../../i18n/text'
import { AUTHENTICATED, langQuery, objectBody, problemResponses, ref } from '../../schemas/common'

/** Tokens live at most a year; a forgotten token should not work forever. */
export const API_TOKEN_MAX_DAYS = 365
const DAY_MS = 24 * 60 * 60 * 1000

function tokenView(token: ApiToken) {
  return {
    id: token.id,
    name: token.name,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  }
}

export const tokenRoutes: FastifyPluginAsync<{ clock: () => Date }> = async (app, { clock }) => {
  app.get(
    '/tokens',
    {
      schema: {
        tags: ['Sitzung'],
        summary: 'Eigene API-Tokens / own API tokens',
        querystring: langQuery(),
        response: {
          200: {
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: ref('ApiToken') } },
          },
          ...problemResponses(...AUTHENTICATED),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request)
      const tokens = await app.store.listApiTokens(actor.user.id)
      return { items: tokens.map(tokenView) }
    }
  )

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['Sitzung'],
        summary: 'API-Token erzeugen (Geheimnis wird nur einmal gezeigt) / create a token',
        querystring: langQuery(),
        body: objectBody(
          {
            name: { type: 'string', minLength: 1, maxLength: 100, examples: ['CLI Laptop'] },
            expiresInDays: {
              type: 'integer',
              minimum: 1,
              maximum: API_TOKEN_MAX_DAYS,
              default: 90,
            },
          },
          ['name']
        ),
        response: {
          201: {
            type: 'object',
            required: ['token', 'secret'],
            properties: {
              token: ref('ApiToken'),
              secret: {
                type: 'string',
                description: 'bpl_… — use as "Authorization: Bearer <secret>"; shown only now',
              },
            },
          },
          ...problemResponses(...AUTHENTICATED),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request)
      const body = request.body as { name: string; expiresInDays: number }
      const secret = newApiTokenSecret()
      const token = await app.store.createApiToken({
        userId: actor.user.id,
        name: body.name.trim(),
        tokenHash: hashToken(secret),
        expiresAt: new Date(clock().getTime() + body.expiresInDays * DAY_MS).toISOString(),
      })
      await app.store.appendAudit({
        actorId: actor.user.id,
        action: 'token.created',
        details: { tokenId: token.id, name: token.name },
      })
      return reply.status(201).send({ token: tokenView(token), secret })
    }
  )

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags: ['Sitzung'],
        summary: 'API-Token widerrufen / revoke a token',
        querystring: langQuery(),
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', minLength: 1, maxLength: 100 } },
        },
        response: {
          200: ref('ApiToken'),
          ...problemResponses(...AUTHENTICATED, 404),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request)
      const { id } = request.params as { id: string }
      const own = (await app.store.listApiTokens(actor.user.id)).find((t) => t.id === id)
      if (own === undefined) {
        throw new HttpProblem(404, 'auth.tokenNotFound', text('auth.notOwnToken', id))
      }
      if (own.revokedAt === null) {
        await app.store.revokeApiToken(id)
        await app.store.appendAudit({
          actorId: actor.user.id,
          action: 'token.revoked',
          details: { tokenId: id, name: own.name },
        })
      }
      const after = (await app.store.listApiTokens(actor.user.id)).find((t) => t.id === id) ?? own
      return tokenView(after)
    }
  )
}
