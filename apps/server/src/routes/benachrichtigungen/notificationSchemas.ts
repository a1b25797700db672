/** Response schemas of the notification feed and "my submissions" (OpenAPI and serialisation). */
import { NOTIFICATION_KINDS } from '@bauplan/catalogue'
import { versionStateSchema } from '../../schemas/catalogue'
import { nullable, timestamp, type JsonSchema } from '../../schemas/common'

const str: JsonSchema = { type: 'string' }

function object(properties: Record<string, JsonSchema>): JsonSchema {
  return { type: 'object', required: Object.keys(properties), properties }
}

const notification = object({
  id: { type: 'integer', description: 'id of the audit entry; pass as upTo to mark read' },
  at: timestamp,
  kind: {
    type: 'string',
    enum: [...NOTIFICATION_KINDS],
    description:
      'reviewRequested (curators), decision (on my submission), upstreamChanged (origin of my variant), updateAvailable (a block my organisation references)',
  },
  action: { type: 'string', examples: ['version.published', 'version.rejected'] },
  blockId: str,
  blockName: nullable('string'),
  version: nullable('string'),
  actorId: nullable('string'),
  actorName: nullable('string'),
  text: nullable('string', {
    description: 'submission note, approval comment or rejection reason',
  }),
  origin: {
    anyOf: [
      object({ blockId: str, name: nullable('string'), version: nullable('string') }),
      { type: 'null' },
    ],
  },
  unread: { type: 'boolean' },
})

export const notificationFeedSchema: JsonSchema = object({
  items: { type: 'array', items: notification },
  nextCursor: nullable('string', { description: 'pass as ?cursor= for the next page' }),
  readUpTo: { type: 'integer', description: 'entries up to this id count as read' },
  unread: { type: 'integer', description: 'unread notifications (counted up to 100)' },
})

export const readMarkSchema: JsonSchema = object({ readUpTo: { type: 'integer' } })

const submission = object({
  blockId: str,
  blockName: nullable('string'),
  version: str,
  status: {
    type: 'string',
    enum: ['inReview', 'published', 'rejected', 'withdrawn', 'deprecated'],
  },
  state: versionStateSchema,
  submittedAt: timestamp,
  note: nullable('string'),
  decision: {
    anyOf: [
      object({
        kind: str,
        at: timestamp,
        actorId: nullable('string'),
        actorName: nullable('string'),
        reason: nullable('string'),
      }),
      { type: 'null' },
    ],
  },
})

export const submissionsSchema: JsonSchema = object({
  items: { type: 'array', items: submission },
})
