/**
 * The catalogue's business rules (who may do what, states, publishing gate) live in
 * @bauplan/catalogue's service; routes only translate HTTP to its calls. This plugin creates it
 * once for the app and converts the request's actor into the service's actor.
 */
import { createCatalogueService, type CatalogueService, type FolderFiles } from '@bauplan/catalogue'
import type { FastifyRequest } from 'fastify'
import { requireActor } from '../auth/actor'
import { createDraftDocuments } from '../collab/draftFilesDocuments'
import { globalPlugin } from '../http/globalPlugin'

export const catalogueServicePlugin = globalPlugin<{ clock: () => Date }>(
  async (app, { clock }) => {
    // Drafts edited together keep their files in step with their shared document.
    const draftDocuments = createDraftDocuments(app)
    // Folder checks parse every model: in a worker thread, not on the event loop.
    const checkFolder = (files: FolderFiles) => app.derivation.checkFolder({ ...files })
    app.decorate(
      'catalogue',
      createCatalogueService({ store: app.store, clock, draftDocuments, checkFolder })
    )
  }
)

/** The service's actor type, named by what its operations take. */
export type CatalogueActor = Parameters<CatalogueService['search']>[0]

/** The signed-in user as the service sees them (401 when nobody is signed in). */
export function serviceActor(request: FastifyRequest): CatalogueActor {
  const actor = requireActor(request)
  return {
    userId: actor.user.id,
    memberships: actor.memberships.map((m) => ({ organisationId: m.organisationId, role: m.role })),
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    catalogue: CatalogueService
  }
}
