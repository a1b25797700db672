/**
 * Builds the Fastify application without listening, so tests can drive it in-process with
 * `app.inject()` and `server.ts` stays the only file that opens a port. Order matters: error
 * handling and schemas first, then the store and authentication, then the OpenAPI recorder, then
 * the routes it records, then the web app with its fallback.
 */
import cookie from '@fastify/cookie'
import type { CatalogueStore } from '@bauplan/catalogue'
import Fastify, { type FastifyInstance } from 'fastify'
import { LoginRateLimiter } from './auth/loginRateLimiter'
import type { ServerConfig } from './config'
import { collabPlugin, type CollabOptions } from './collab/collabPlugin'
import { authPlugin } from './plugins/auth'
import { registerOpenApi } from './plugins/openapi'
import { problemsPlugin } from './plugins/problems'
import { storePlugin } from './plugins/store'
import { catalogueServicePlugin } from './plugins/catalogueService'
import { derivationPlugin } from './plugins/derivation'
import { registerWebApp, WEB_DIST_DIR } from './plugins/webApp'
import { organisationRoutes } from './routes/admin/organisationRoutes'
import { userRoutes } from './routes/admin/userRoutes'
import { catalogueRoutes } from './routes/bausteine/catalogueRoutes'
import { notificationRoutes } from './routes/benachrichtigungen/notificationRoutes'
import { blueprintRoutes } from './routes/blueprint/blueprintRoutes'
import { healthRoutes, VERSION } from './routes/health'
import { passwordRoutes } from './routes/session/passwordRoutes'
import { sessionRoutes } from './routes/session/sessionRoutes'
import { tokenRoutes } from './routes/tokens/tokenRoutes'
import { registerAccountSchemas } from './schemas/accounts'
import { registerCatalogueSchemas } from './schemas/catalogue'
import { registerCommonSchemas } from './schemas/common'
import { registerOverviewSchemas } from './schemas/overview'
import { bootstrap, type BootstrapOptions } from './startup/bootstrap'
import { JSON_BODY_MAX_BYTES } from './uploads/limits'

export interface AppOptions {
  config: ServerConfig
  logger?: boolean
  /** An already opened store (tests, PostgreSQL schemas); otherwise opened from `config`. */
  store?: CatalogueStore
  /** Source of "now" for sessions and rate limits (and the store it opens); tests control it. */
  clock?: () => Date
  /** Start-up work (admin, seeding); the server passes it, most tests do not. */
  startup?: BootstrapOptions
  /** Where the web app's build is; default apps/web/dist. */
  webDistDir?: string
  /** Collaboration storage and limits; default the configured persistence and the hub's limits. */
  collab?: CollabOptions
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, logger = false } = options
  const clock = options.clock ?? (() => new Date())
  const app = Fastify({
    logger,
    bodyLimit: JSON_BODY_MAX_BYTES,
    trustProxy: config.trustProxy,
    // Block ids are URNs; URL-encoded they outgrow the router's default of 100 characters.
    routerOptions: { maxParamLength: 500 },
    ajv: {
      // Unknown fields are reported (not silently dropped), so a typo in a field name is noticed.
      // strictTypes is off because upload bodies (multipart, zip, raw files) are documented with
      // `format: binary` schemas that deliberately have no JSON type to check.
      customOptions: { removeAdditional: false, allowUnionTypes: true, strictTypes: false },
    },
  })
  app.decorate('config', config)
  await app.register(problemsPlugin)
  await app.register(cookie)
  // Only JSON (and the upload types routes add) is accepted; text/plain would bypass the schemas.
  app.removeContentTypeParser('text/plain')
  registerCommonSchemas(app)
  registerAccountSchemas(app)
  registerCatalogueSchemas(app)
  registerOverviewSchemas(app)
  await app.register(storePlugin, { store: options.store, clock })
  try {
    await app.register(authPlugin, { clock })
    await app.register(derivationPlugin)
    await app.register(catalogueServicePlugin, { clock })
    await app.register(collabPlugin, { clock, ...options.collab })
    await registerOpenApi(app, VERSION)
    const limiter = new LoginRateLimiter(clock)
    await app.register(healthRoutes, { prefix: '/api' })
    await app.register(sessionRoutes, { prefix: '/api', limiter, clock })
    await app.register(passwordRoutes, { prefix: '/api' })
    await app.register(tokenRoutes, { prefix: '/api', clock })
    await app.register(organisationRoutes, { prefix: '/api' })
    await app.register(userRoutes, { prefix: '/api' })
    await app.register(catalogueRoutes, { prefix: '/api' })
    await app.register(notificationRoutes, { prefix: '/api' })
    await app.register(blueprintRoutes, { prefix: '/api' })
    await registerWebApp(app, options.webDistDir ?? WEB_DIST_DIR)
    if (options.startup) await bootstrap(app.store, options.startup)
  } catch (error) {
    await app.close()
    throw error
  }
  return app
}

declare module 'fastify' {
  interface FastifyInstance {
    config: ServerConfig
  }
}
