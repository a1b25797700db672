/**
 * Wires the follower to the server: a stored update schedules a write of the draft's files
 * through the catalogue (as the system), errors go to the log.
 */
import { SYSTEM_ACTOR, versionOfCollabDocument } from '@bauplan/catalogue'
import type { FastifyInstance } from 'fastify'
import { DraftFilesFollower } from './draftFilesFollower'

export function createDraftFilesFollower(app: FastifyInstance): DraftFilesFollower {
  return new DraftFilesFollower({
    follow: async (docName) => {
      const { blockId, version } = versionOfCollabDocument(docName)
      await app.catalogue.followDraftDocument(SYSTEM_ACTOR, blockId, version)
    },
    onError: (docName, error) =>
      app.log.warn({ err: error, docName }, 'draft files not stored from the shared document'),
  })
}
