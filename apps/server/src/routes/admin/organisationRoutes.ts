/** Organisations: everyone signed in may list them (to pick an owner or a filter); admins create them. */
import { ORGANISATION_KINDS, type OrganisationKind } from '@bauplan/catalogue'
import type { FastifyPluginAsync } from 'fastify'
import { requireActor, requireAdmin } from '../../auth/actor'
import { AUTHENTICATED, langQuery, objectBody, problemResponses, ref } from '../../schemas/common'

export const ORGANISATION_ID_PATTERN = '^[a-z0-9][a-z0-9-]{1,62}$'

export const organisationRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/organisations',
    {
      schema: {
        tags: ['Verwaltung'],
        summary: 'Organisationen auflisten / list organisations',
        querystring: langQuery({
          limit: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
          offset: { type: 'integer', minimum: 0, default: 0 },
        }),
        response: {
          200: {
            type: 'object',
            required: ['items', 'total', 'limit', 'offset'],
            properties: {
              items: { type: 'array', items: ref('Organisation') },
              total: { type: 'integer' },
              limit: { type: 'integer' },
              offset: { type: 'integer' },
            },
          },
          ...problemResponses(...AUTHENTICATED),
        },
      },
    },
    async (request) => {
      requireActor(request)
      const { limit, offset } = request.query as { limit: number; offset: number }
      return app.store.listOrganisations({ limit, offset })
    }
  )

  app.post(
    '/organisations',
    {
      schema: {
        tags: ['Verwaltung'],
        summary: 'Organisation anlegen (Admin) / create an organisation (admin)',
        querystring: langQuery(),
        body: objectBody(
          {
            id: {
              type: 'string',
              pattern: ORGANISATION_ID_PATTERN,
              description: 'stable key, e.g. lk-leipzig',
            },
            name: { type: 'string', minLength: 1, maxLength: 200 },
            kind: { type: 'string', enum: [...ORGANISATION_KINDS] },
            bundesland: { type: 'string', pattern: '^(0[1-9]|1[0-6])$' },
          },
          ['id', 'name', 'kind']
        ),
        response: { 201: ref('Organisation'), ...problemResponses(...AUTHENTICATED, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireAdmin(request)
      const body = request.body as {
        id: string
        name: string
        kind: OrganisationKind
        bundesland?: string
      }
      const organisation = await app.store.transaction(async (tx) => {
        const created = await tx.createOrganisation({
          id: body.id,
          name: body.name.trim(),
          kind: body.kind,
          bundesland: body.bundesland ?? null,
        })
        await tx.appendAudit({
          actorId: actor.user.id,
          action: 'organisation.created',
          details: { organisationId: created.id, kind: created.kind },
        })
        return created
      })
      return reply.status(201).send(organisation)
    }
  )
}
