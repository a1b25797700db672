/**
 * The OpenAPI 3.1 document, generated from the routes' own JSON schemas (so it cannot drift from
 * what the server validates), at /api/openapi.json, and the browsable reference at /api/docs served
 * from @fastify/swagger-ui's bundled files (no CDN: installations may have no internet access).
 * Must be registered before the routes, whose registration it records.
 */
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/sessionCookies'
import { langQuery } from '../schemas/common'

export const OPENAPI_PATH = '/api/openapi.json'
export const DOCS_PREFIX = '/api/docs'

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Bauplan API',
        version,
        description:
          'Katalog wiederverwendbarer Bausteine (BPMN, DMN, Metadaten) der öffentlichen Verwaltung. / Catalogue of reusable building blocks (BPMN, DMN, metadata) of public administration. Fehler / errors: RFC 9457 problem details in German (default) or English (Accept-Language, ?lang=). Siehe / see docs/api.md.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: `Browser session from POST /api/session. Unsafe methods also need the header ${CSRF_HEADER} with the value of the bauplan_csrf cookie.`,
          },
          apiToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'Personal API token (bpl_…) from POST /api/tokens.',
          },
        },
      },
      security: [{ sessionCookie: [] }, { apiToken: [] }],
      tags: [
        { name: 'Sitzung', description: 'Anmelden, abmelden, API-Tokens / login, logout, tokens' },
        { name: 'Verwaltung', description: 'Organisationen und Benutzer / administration' },
        { name: 'Bausteine', description: 'Katalog: Suche, Versionen, Dateien / catalogue' },
        { name: 'Lebenszyklus', description: 'Entwürfe, Prüfung, Freigabe / lifecycle' },
        { name: 'Prüfen', description: 'Ordner prüfen ohne Speichern / validate a folder' },
        {
          name: 'Blaupausen',
          description:
            'Implementierungsblaupausen exportieren und importieren / export and import implementation blueprints',
        },
        {
          name: 'Benachrichtigungen',
          description:
            'Benachrichtigungen und eigene Einreichungen / notifications, my submissions',
        },
        { name: 'System', description: 'Betrieb und Dokumentation / operations and documentation' },
      ],
    },
    refResolver: {
      // Shared schemas keep their $id as component name, so references read `#/components/schemas/User`.
      buildLocalReference: (json, _baseUri, _fragment, index) =>
        typeof json.$id === 'string' ? json.$id : `def-${index}`,
    },
  })
  await app.register(swaggerUi, {
    routePrefix: DOCS_PREFIX,
    uiConfig: { docExpansion: 'list', deepLinking: true, validatorUrl: null },
    staticCSP: true,
    // The package's policy upgrades requests to https and allows the online validator; an
    // installation on plain http inside a closed network needs neither.
    transformStaticCSP: (header) =>
      header.replace(/\s*upgrade-insecure-requests;?/, '').replace(' validator.swagger.io', ''),
  })
  app.get(
    OPENAPI_PATH,
    {
      config: { auth: 'public' },
      schema: {
        tags: ['System'],
        summary: 'OpenAPI-3.1-Dokument dieser API / the OpenAPI 3.1 document of this API',
        security: [],
        querystring: langQuery(),
        response: { 200: { type: 'object', additionalProperties: true } },
      },
    },
    async () => app.swagger()
  )
}
