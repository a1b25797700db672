/**
 * GET /api/benachrichtigungen: the signed-in user's notifications, newest first, with a read mark;
 * POST /api/benachrichtigungen/gelesen marks them read up to an id; GET
 * /api/benachrichtigungen/einreichungen lists the user's own submissions with their decisions.
 * Everything is derived from the audit log and review events by @bauplan/catalogue.
 */
import { createNotificationService } from '@bauplan/catalogue'
import type { FastifyPluginAsync } from 'fastify'
import { serviceActor } from '../../plugins/catalogueService'
import { AUTHENTICATED, langQuery, objectBody, problemResponses } from '../../schemas/common'
import { notificationFeedSchema, readMarkSchema, submissionsSchema } from './notificationSchemas'

const TAGS = ['Benachrichtigungen']

export const notificationRoutes: FastifyPluginAsync = async (app) => {
  const notifications = createNotificationService(app.store)

  app.get(
    '/benachrichtigungen',
    {
      schema: {
        tags: TAGS,
        summary: 'Meine Benachrichtigungen / my notifications',
        description:
          'Submissions to review (curators), decisions on my submissions, upstream changes of my organisation’s variants and updates of blocks it references — newest first, never my own actions.',
        querystring: langQuery({
          limit: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
          cursor: { type: 'string', maxLength: 200 },
        }),
        response: { 200: notificationFeedSchema, ...problemResponses(...AUTHENTICATED) },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query as { limit: number; cursor?: string }
      return notifications.listNotifications(serviceActor(request), {
        limit,
        ...(cursor !== undefined ? { cursor } : {}),
      })
    }
  )

  app.post(
    '/benachrichtigungen/gelesen',
    {
      schema: {
        tags: TAGS,
        summary: 'Als gelesen markieren / mark as read',
        description:
          'Marks every notification up to the id `upTo` as read. The mark never moves back, so an older tab cannot undo a newer one.',
        querystring: langQuery(),
        body: objectBody({ upTo: { type: 'integer', minimum: 0 } }, ['upTo']),
        response: { 200: readMarkSchema, ...problemResponses(...AUTHENTICATED) },
      },
    },
    async (request) => {
      const { upTo } = request.body as { upTo: number }
      return notifications.markNotificationsRead(serviceActor(request), upTo)
    }
  )

  app.get(
    '/benachrichtigungen/einreichungen',
    {
      schema: {
        tags: TAGS,
        summary: 'Meine Einreichungen / my submissions',
        description:
          'The versions I submitted (latest 100), each with its state today and the decision on the latest submission: who, when and why.',
        querystring: langQuery(),
        response: { 200: submissionsSchema, ...problemResponses(...AUTHENTICATED) },
      },
    },
    async (request) => notifications.listMySubmissions(serviceActor(request))
  )
}
