/**
 * The web app on the same origin as the API (so the session cookie and CSRF header just work):
 * its built files from apps/web/dist when they exist, with every unknown non-API GET answered by
 * index.html (client-side routing). Until the web app is built, `/` answers a small accessible page
 * that points to the API reference and lists the published blocks.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { notFoundProblem, sendProblem } from './problems'
import { placeholderPage } from './placeholderPage'

/** Where the web app's build lands (apps/web/dist). */
export const WEB_DIST_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url))

export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const hasWebApp = existsSync(path.join(distDir, 'index.html'))
  if (hasWebApp) {
    await app.register(fastifyStatic, { root: distDir, prefix: '/', schemaHide: true })
  } else {
    app.get(
      '/',
      { config: { auth: 'public' }, schema: { hide: true } },
      async (_request, reply) => {
        const { hits, total } = await app.store.search({ limit: 100 })
        return reply.type('text/html; charset=utf-8').send(placeholderPage(hits, total))
      }
    )
  }
  app.setNotFoundHandler(async (request, reply) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/')
    if (hasWebApp && !isApi && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html')
    }
    return sendProblem(request, reply, notFoundProblem(request))
  })
}
