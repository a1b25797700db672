/**
 * Builds the Fastify application without listening, so tests can drive it in-process with
 * `app.inject()` and `server.ts` stays the only file that opens a port.
 */
import Fastify, { type FastifyInstance } from 'fastify'
import type { ServerConfig } from './config'
import { healthRoutes } from './routes/health'

export interface AppOptions {
  config: ServerConfig
  logger?: boolean
}

export async function buildApp({ config, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: 1024 * 1024 })
  app.decorate('config', config)
  await app.register(healthRoutes, { prefix: '/api' })
  return app
}

declare module 'fastify' {
  interface FastifyInstance {
    config: ServerConfig
  }
}
