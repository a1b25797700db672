/**
 * Wires the follower to the server: a stored update schedules a write of the draft's files
 * through the catalogue (as the system), errors go to the log. With several instances, the
 * write-back lease decides which of them writes (see DraftFilesFollower).
 */
import { SYSTEM_ACTOR, versionOfCollabDocument } from '@bauplan/catalogue'
import type { FastifyInstance } from 'fastify'
import { DraftFilesFollower } from './draftFilesFollower'
import type { WriteBackLease } from './writeBackLease'

export interface DraftFilesFollowWiring {
  /** The instances' shared lease (scale-out); none with one instance. */
  lease?: WriteBackLease
  /** Whether the hub has the document loaded (this instance hears all its updates). */
  isLoaded?: (docName: string) => boolean
}

export function createDraftFilesFollower(
  app: FastifyInstance,
  wiring: DraftFilesFollowWiring = {}
): DraftFilesFollower {
  return new DraftFilesFollower({
    follow: async (docName) => {
      const { blockId, version } = versionOfCollabDocument(docName)
      await app.catalogue.followDraftDocument(SYSTEM_ACTOR, blockId, version)
    },
    onError: (docName, error) =>
      app.log.warn({ err: error, docName }, 'draft files not stored from the shared document'),
    ...(wiring.lease ? { lease: wiring.lease } : {}),
    ...(wiring.isLoaded ? { isLoaded: wiring.isLoaded } : {}),
  })
}
