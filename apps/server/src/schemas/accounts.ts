/** Schemas of users, organisations, memberships, sessions and API tokens. */
import { ORGANISATION_KINDS, ROLES } from '@bauplan/catalogue'
import type { FastifyInstance } from 'fastify'
import { nullable, nullableTimestamp, ref, timestamp, type JsonSchema } from './common'

export const roleSchema: JsonSchema = {
  type: 'string',
  enum: [...ROLES],
  description: 'modellierer (analyst), kurator (curator), it_dienstleister (IT provider), admin',
}

const organisation: JsonSchema = {
  $id: 'Organisation',
  type: 'object',
  required: ['id', 'name', 'kind', 'bundesland', 'createdAt'],
  properties: {
    id: { type: 'string', examples: ['lk-leipzig'] },
    name: { type: 'string' },
    kind: { type: 'string', enum: [...ORGANISATION_KINDS] },
    bundesland: nullable('string', { description: 'two-digit Land code, e.g. "14" (Sachsen)' }),
    createdAt: timestamp,
  },
}

const membership: JsonSchema = {
  $id: 'Membership',
  type: 'object',
  required: ['organisationId', 'role', 'grantedAt'],
  properties: { organisationId: { type: 'string' }, role: roleSchema, grantedAt: timestamp },
}

const user: JsonSchema = {
  $id: 'User',
  type: 'object',
  required: ['id', 'displayName', 'email', 'createdAt', 'disabledAt', 'memberships'],
  properties: {
    id: { type: 'string' },
    displayName: { type: 'string' },
    email: nullable('string'),
    createdAt: timestamp,
    disabledAt: nullableTimestamp,
    memberships: { type: 'array', items: ref('Membership') },
  },
}

const sessionInfo: JsonSchema = {
  $id: 'SessionInfo',
  type: 'object',
  required: ['user', 'via'],
  properties: {
    user: ref('User'),
    via: { type: 'string', enum: ['session', 'token'] },
    csrfToken: {
      type: 'string',
      description:
        'Only in the login answer: send it as X-CSRF-Token (also in cookie bauplan_csrf)',
    },
  },
}

const apiToken: JsonSchema = {
  $id: 'ApiToken',
  type: 'object',
  required: ['id', 'name', 'createdAt', 'expiresAt', 'lastUsedAt', 'revokedAt'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    createdAt: timestamp,
    expiresAt: nullableTimestamp,
    lastUsedAt: nullableTimestamp,
    revokedAt: nullableTimestamp,
  },
}

export function registerAccountSchemas(app: FastifyInstance): void {
  for (const schema of [organisation, membership, user, sessionInfo, apiToken]) {
    app.addSchema(schema)
  }
}
