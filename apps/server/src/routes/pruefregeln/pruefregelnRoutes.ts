/**
 * The catalogue's rule configuration (Prüfregeln, issue #7): every signed-in user reads it (the
 * editor lints live with it), curators and admins change it, and every change is a new, audited
 * revision. Changes name the revision they were made on; a stale one is refused with 409.
 */
import { LINT_RULES } from '@bauplan/lint'
import type { FastifyPluginAsync } from 'fastify'
import { requireActor } from '../../auth/actor'
import { serviceActor } from '../../plugins/catalogueService'
import { AUTHENTICATED, langQuery, objectBody, problemResponses } from '../../schemas/common'
import { lintConfigHistorySchema, lintConfigSchema } from '../../schemas/quality'

/** The rules the configuration screen lists, as `@bauplan/lint` defines them. */
const RULE_CATALOGUE = LINT_RULES.map(({ name, target, defaultLevel, title, description }) => ({
  name,
  target,
  defaultLevel,
  title,
  description,
}))

export const pruefregelnRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/pruefregeln',
    {
      schema: {
        tags: ['Prüfen'],
        summary: 'Aktuelle Prüfregeln und Regelkatalog / the current rule configuration',
        querystring: langQuery(),
        response: { 200: lintConfigSchema, ...problemResponses(...AUTHENTICATED) },
      },
    },
    async (request) => {
      const config = await app.catalogue.getLintConfig(serviceActor(request))
      return { ...config, catalogue: RULE_CATALOGUE }
    }
  )

  app.put(
    '/pruefregeln',
    {
      schema: {
        tags: ['Prüfen'],
        summary: 'Prüfregeln ändern (Kurator, Admin) / change rule levels (curator, admin)',
        description:
          'Sets the levels of the named rules (others keep theirs) on revision `basedOnRevision`; a stale revision → 409, unknown rules or levels → 422 with `/rules/<name>` pointers.',
        querystring: langQuery(),
        body: objectBody(
          {
            basedOnRevision: { type: 'integer', minimum: 0 },
            // Values are checked by the catalogue, so a wrong level gets the rule's own message.
            rules: { type: 'object', examples: [{ 'bauplan/task-verb-object': 'error' }] },
            comment: { type: 'string', maxLength: 2000 },
          },
          ['basedOnRevision', 'rules']
        ),
        response: { 200: lintConfigSchema, ...problemResponses(...AUTHENTICATED, 409, 422) },
      },
    },
    async (request) => {
      const body = request.body as {
        basedOnRevision: number
        rules: Record<string, unknown>
        comment?: string
      }
      const config = await app.catalogue.changeLintConfig(serviceActor(request), {
        basedOnRevision: body.basedOnRevision,
        rules: body.rules,
        ...(body.comment !== undefined ? { comment: body.comment } : {}),
      })
      return { ...config, catalogue: RULE_CATALOGUE }
    }
  )

  app.get(
    '/pruefregeln/verlauf',
    {
      schema: {
        tags: ['Prüfen'],
        summary: 'Verlauf der Prüfregeln, neueste zuerst / history of the rule configuration',
        querystring: langQuery(),
        response: { 200: lintConfigHistorySchema, ...problemResponses(...AUTHENTICATED) },
      },
    },
    async (request) => {
      requireActor(request)
      return { items: await app.catalogue.listLintConfigHistory(serviceActor(request)) }
    }
  )
}
