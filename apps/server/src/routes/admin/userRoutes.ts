/**
 * User administration (admins only): create local accounts, grant and revoke roles, disable.
 * Each change is in the audit log. Rights are read per request, so a revoked role or a disabled
 * account takes effect with the user's very next request.
 */
import {
  hashPassword,
  MAX_PAGE_SIZE,
  NotFoundError,
  type CatalogueStore,
  type Role,
} from '@bauplan/catalogue'
import type { FastifyPluginAsync } from 'fastify'
import { requireAdmin } from '../../auth/actor'
import { randomSecret } from '../../auth/secrets'
import { HttpProblem } from '../../http/httpProblem'
import { userView } from '../../http/userView'
import { text } from '../../i18n/text'
import { roleSchema } from '../../schemas/accounts'
import { AUTHENTICATED, langQuery, objectBody, problemResponses, ref } from '../../schemas/common'
import { activeAdminCount } from './userDirectory'

/** Long passphrases beat complexity rules (NIST SP 800-63B); 12 characters is the floor. */
export const MIN_PASSWORD_LENGTH = 12
const USERNAME_PATTERN = '^[a-zA-Z0-9][a-zA-Z0-9._@-]{1,99}$'

const roleGrant = objectBody(
  { organisationId: { type: 'string', minLength: 1, maxLength: 100 }, role: roleSchema },
  ['organisationId', 'role']
)
const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 100 } },
}

async function requireUser(store: CatalogueStore, id: string) {
  const user = await store.getUser(id)
  if (user === null) throw new NotFoundError('user', id)
  return user
}

async function viewOf(store: CatalogueStore, id: string) {
  const user = await requireUser(store, id)
  return userView(user, await store.listMemberships(id))
}

export const userRoutes: FastifyPluginAsync = async (app) => {
  const store = () => app.store

  app.get(
    '/users',
    {
      schema: {
        tags: ['Verwaltung'],
        summary: 'Alle Benutzer mit Rollen (Admin) / all users with their roles (admin)',
        description:
          'Every user, with or without roles, disabled ones too; ordered by display name (ignoring case). `q` keeps users whose name or e-mail address contains it, ignoring case.',
        querystring: langQuery({
          q: { type: 'string', maxLength: 200, description: 'part of name or e-mail address' },
          limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 },
          offset: { type: 'integer', minimum: 0, default: 0 },
        }),
        response: {
          200: {
            type: 'object',
            required: ['items', 'total', 'limit', 'offset'],
            properties: {
              items: { type: 'array', items: ref('User') },
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
      requireAdmin(request)
      const { q, limit, offset } = request.query as { q?: string; limit: number; offset: number }
      const page = await store().listUsers({
        limit,
        offset,
        ...(q === undefined ? {} : { query: q }),
      })
      const items = []
      for (const user of page.items) {
        items.push(userView(user, await store().listMemberships(user.id)))
      }
      return { ...page, items }
    }
  )

  app.post(
    '/users',
    {
      schema: {
        tags: ['Verwaltung'],
        summary: 'Benutzer mit lokalem Konto anlegen (Admin) / create a user (admin)',
        description:
          'Without `password`, a random initial password is generated and returned once as `initialPassword`.',
        querystring: langQuery(),
        body: objectBody(
          {
            username: { type: 'string', pattern: USERNAME_PATTERN },
            displayName: { type: 'string', minLength: 1, maxLength: 200 },
            email: { type: 'string', format: 'email', maxLength: 254 },
            password: { type: 'string', minLength: MIN_PASSWORD_LENGTH, maxLength: 1024 },
            roles: { type: 'array', maxItems: 50, items: roleGrant },
          },
          ['username', 'displayName']
        ),
        response: {
          201: {
            type: 'object',
            required: ['user'],
            properties: {
              user: ref('User'),
              initialPassword: { type: 'string', description: 'only when generated; shown once' },
            },
          },
          ...problemResponses(...AUTHENTICATED, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const actor = requireAdmin(request)
      const body = request.body as {
        username: string
        displayName: string
        email?: string
        password?: string
        roles?: { organisationId: string; role: Role }[]
      }
      const initialPassword = body.password === undefined ? randomSecret() : undefined
      const passwordHash = await hashPassword(body.password ?? initialPassword ?? '')
      const userId = await store().transaction(async (tx) => {
        const user = await tx.createUser({
          displayName: body.displayName.trim(),
          email: body.email ?? null,
        })
        await tx.createLocalAccount({
          userId: user.id,
          username: body.username.toLowerCase(),
          passwordHash,
        })
        for (const grant of body.roles ?? []) {
          if ((await tx.getOrganisation(grant.organisationId)) === null) {
            throw new NotFoundError('organisation', grant.organisationId)
          }
          await tx.grantRole({ userId: user.id, ...grant })
        }
        await tx.appendAudit({
          actorId: actor.user.id,
          action: 'user.created',
          details: {
            userId: user.id,
            username: body.username.toLowerCase(),
            roles: (body.roles ?? []).map((r) => `${r.organisationId}:${r.role}`),
          },
        })
        return user.id
      })
      const user = await viewOf(store(), userId)
      return reply.status(201).send(initialPassword ? { user, initialPassword } : { user })
    }
  )

  app.post(
    '/users/:id/roles',
    {
      schema: {
        tags: ['Verwaltung'],
        summary: 'Rolle vergeben (Admin) / grant a role (admin)',
        querystring: langQuery(),
        params: idParams,
        body: roleGrant,
        response: { 200: ref('User'), ...problemResponses(...AUTHENTICATED, 404) },
      },
    },
    async (request) => {
      const actor = requireAdmin(request)
      const { id } = request.params as { id: string }
      const grant = request.body as { organisationId: string; role: Role }
      await store().transaction(async (tx) => {
        await requireUser(tx, id)
        if ((await tx.getOrganisation(grant.organisationId)) === null) {
          throw new NotFoundError('organisation', grant.organisationId)
        }
        if (await tx.grantRole({ userId: id, ...grant })) {
          await tx.appendAudit({
            actorId: actor.user.id,
            action: 'user.roleGranted',
            details: { userId: id, ...grant },
          })
        }
      })
      return viewOf(store(), id)
    }
  )

  app.delete(
    '/users/:id/roles',
    {
      schema: {
        tags: ['Verwaltung'],
        summary: 'Rolle entziehen (Admin) / revoke a role (admin)',
        description:
          'The last active admin keeps the admin role (409), so the installation stays manageable.',
        querystring: langQuery(),
        params: idParams,
        body: roleGrant,
        response: { 200: ref('User'), ...problemResponses(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireAdmin(request)
      const { id } = request.params as { id: string }
      const grant = request.body as { organisationId: string; role: Role }
      await requireUser(store(), id)
      const holds = (await store().listMemberships(id)).some(
        (m) => m.organisationId === grant.organisationId && m.role === grant.role
      )
      if (holds && grant.role === 'admin' && (await activeAdminCount(store())) <= 1) {
        throw new HttpProblem(409, 'admin.lastAdmin', text('admin.lastAdmin'))
      }
      if (await store().revokeRole({ userId: id, ...grant })) {
        await store().appendAudit({
          actorId: actor.user.id,
          action: 'user.roleRevoked',
          details: { userId: id, ...grant },
        })
      }
      return viewOf(store(), id)
    }
  )

  app.post(
    '/users/:id/disable',
    {
      schema: {
        tags: ['Verwaltung'],
        summary: 'Benutzer deaktivieren (Admin) / disable a user (admin)',
        description: 'Ends all sessions at once; API tokens stop working with the next request.',
        querystring: langQuery(),
        params: idParams,
        response: { 200: ref('User'), ...problemResponses(...AUTHENTICATED, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireAdmin(request)
      const { id } = request.params as { id: string }
      if (id === actor.user.id) {
        throw new HttpProblem(409, 'admin.cannotDisableSelf', text('auth.cannotDisableSelf'))
      }
      await requireUser(store(), id)
      await store().transaction(async (tx) => {
        await tx.setUserDisabled(id, true)
        await tx.deleteUserSessions(id)
        await tx.appendAudit({
          actorId: actor.user.id,
          action: 'user.disabled',
          details: { userId: id },
        })
      })
      return viewOf(store(), id)
    }
  )
}
