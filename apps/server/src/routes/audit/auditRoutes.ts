/** GET /api/audit: the whole audit log, newest first, for admins (the service checks the role). */
import type { FastifyPluginAsync } from 'fastify'
import { serviceActor } from '../../plugins/catalogueService'
import { AUTHENTICATED, problemResponses, ref } from '../../schemas/common'
import { auditPaging, auditQuery } from '../bausteine/readRoutes'

export const auditRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['Verwaltung'],
        summary: 'Gesamtes Protokoll (Admin) / the whole audit log (admin)',
        querystring: auditQuery(),
        response: { 200: ref('AuditPage'), ...problemResponses(...AUTHENTICATED) },
      },
    },
    async (request) => app.catalogue.listAudit(serviceActor(request), auditPaging(request.query))
  )
}
