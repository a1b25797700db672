import type { FastifyPluginAsync } from 'fastify'

const VERSION = '0.1.0'

export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/health',
    {
      schema: {
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
