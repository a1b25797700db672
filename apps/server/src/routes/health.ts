import type { FastifyPluginAsync } from 'fastify'
import { langQuery } from '../schemas/common'

export const VERSION = '0.1.0'

export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/health',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['System'],
        summary: 'Betriebsbereitschaft / liveness',
        security: [],
        querystring: langQuery(),
        response: {
          200: {
            type: 'object',
            required: ['status', 'version'],
            properties: { status: { const: 'ok' }, version: { type: 'string' } },
          },
        },
      },
    },
    async () => ({ status: 'ok' as const, version: VERSION })
  )
}
