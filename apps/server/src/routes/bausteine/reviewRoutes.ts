/**
 * The review workflow: submit (analyst), approve or reject (curator, never the submitter),
 * deprecate with a successor (curator). Wrong state → 409, missing right → 403 with the reason,
 * failing checks → 422 with every problem; the catalogue service decides all three.
 */
import type { FastifyPluginAsync, preValidationHookHandler } from 'fastify'
import { serviceActor } from '../../plugins/catalogueService'
import { AUTHENTICATED, langQuery, objectBody, problemResponses, ref } from '../../schemas/common'
import { qualityProperties } from '../../schemas/quality'
import { versionParams, VERSION_PATTERN, type VersionParams } from './params'

const REVIEW_ERRORS = problemResponses(...AUTHENTICATED, 404, 409, 422)

/** A note or comment is optional, so a request without any body is fine. */
const emptyBodyIsEmptyObject: preValidationHookHandler = (request, _reply, done) => {
  request.body ??= {}
  done()
}

const approveResult = {
  type: 'object',
  required: ['version', 'problems', 'resolutions', 'flaggedVariants'],
  properties: {
    version: ref('Version'),
    problems: { type: 'array', items: ref('Problem') },
    resolutions: {
      type: 'array',
      description: 'the exact versions the references were pinned to',
      items: {
        type: 'object',
        required: ['targetBlockId', 'resolvedVersion'],
        properties: { targetBlockId: { type: 'string' }, resolvedVersion: { type: 'string' } },
      },
    },
    flaggedVariants: {
      type: 'array',
      items: { type: 'string' },
      description: 'variants now flagged "upstream changed"',
    },
    ...qualityProperties,
  },
}

export const reviewRoutes: FastifyPluginAsync = async (app) => {
  app.post(
    '/bausteine/:id/versionen/:version/einreichen',
    {
      preValidation: emptyBodyIsEmptyObject,
      schema: {
        tags: ['Lebenszyklus'],
        summary: 'Zur Prüfung einreichen (Modellierer) / submit for review',
        description:
          'Runs all checks and the publishing gate — with the rules at the current configuration and the decision tests; any error → 422 with every problem.',
        params: versionParams,
        querystring: langQuery(),
        body: objectBody({ note: { type: 'string', maxLength: 2000 } }),
        response: { 200: ref('DraftResult'), ...REVIEW_ERRORS },
      },
    },
    async (request) => {
      const { id, version } = request.params as VersionParams
      const { note } = request.body as { note?: string }
      return app.catalogue.submit(serviceActor(request), id, version, note)
    }
  )

  app.post(
    '/bausteine/:id/versionen/:version/freigeben',
    {
      preValidation: emptyBodyIsEmptyObject,
      schema: {
        tags: ['Lebenszyklus'],
        summary: 'Freigeben und veröffentlichen (Kurator, nicht der Einreicher) / approve',
        description: 'Publishes the version: immutable from now on, with a sha256 content hash.',
        params: versionParams,
        querystring: langQuery(),
        body: objectBody({ comment: { type: 'string', maxLength: 2000 } }),
        response: { 200: approveResult, ...REVIEW_ERRORS },
      },
    },
    async (request) => {
      const { id, version } = request.params as VersionParams
      const { comment } = request.body as { comment?: string }
      return app.catalogue.approve(serviceActor(request), id, version, comment)
    }
  )

  app.post(
    '/bausteine/:id/versionen/:version/zurueckweisen',
    {
      schema: {
        tags: ['Lebenszyklus'],
        summary: 'Zurückweisen mit Begründung (Kurator) / reject with a reason',
        params: versionParams,
        querystring: langQuery(),
        body: objectBody({ reason: { type: 'string', minLength: 1, maxLength: 2000 } }, ['reason']),
        response: { 200: ref('Version'), ...REVIEW_ERRORS },
      },
    },
    async (request) => {
      const { id, version } = request.params as VersionParams
      const { reason } = request.body as { reason: string }
      return app.catalogue.reject(serviceActor(request), id, version, reason)
    }
  )

  app.post(
    '/bausteine/:id/versionen/:version/abkuendigen',
    {
      schema: {
        tags: ['Lebenszyklus'],
        summary: 'Abkündigen mit Nachfolger (Kurator) / deprecate with a successor',
        params: versionParams,
        querystring: langQuery(),
        body: objectBody(
          {
            successor: objectBody(
              {
                id: { type: 'string', maxLength: 200 },
                version: { type: 'string', pattern: VERSION_PATTERN },
              },
              ['id', 'version']
            ),
          },
          ['successor']
        ),
        response: { 200: ref('Version'), ...REVIEW_ERRORS },
      },
    },
    async (request) => {
      const { id, version } = request.params as VersionParams
      const { successor } = request.body as { successor: { id: string; version: string } }
      return app.catalogue.deprecate(serviceActor(request), id, version, successor)
    }
  )
}
