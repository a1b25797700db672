/**
 * What the catalogue service needs from collaboration (`DraftDocuments`): deriving a draft's files
 * from its stored document, and merging a REST write into the live document through the hub, so
 * connected editors receive it. The hub is looked up when a write happens: the service is built
 * before the collaboration plugin that owns the hub.
 */
import {
  collabDocumentName,
  type DraftDocuments,
  type FolderFiles,
  type VersionKey,
} from '@bauplan/catalogue'
import type { FastifyInstance } from 'fastify'
import { createDocumentPersistence } from './collabPersistence'
import { documentOf } from './draftFilesDerivation'
import { mergeFolderIntoDocument } from './draftFilesMerge'

export function createDraftDocuments(app: FastifyInstance): DraftDocuments {
  return {
    // Rebuilding the document and writing its XML takes tens of milliseconds: in a worker thread.
    deriveFiles: (updates) => app.derivation.deriveFiles([...updates]),
    mergeFiles: (key, files, removed) => mergeIntoLiveDocument(app, key, files, removed),
  }
}

async function mergeIntoLiveDocument(
  app: FastifyInstance,
  key: VersionKey,
  files: FolderFiles,
  removed: readonly string[] = []
): Promise<void> {
  const docName = collabDocumentName(key)
  // A copy of the document as stored (the hub's copy always equals it); edits that arrive while
  // this runs merge with the difference like any concurrent edit.
  const doc = documentOf(await app.store.loadCollabUpdates(key))
  try {
    const label = `${key.blockId}@${key.version}`
    const update = await mergeFolderIntoDocument(doc, label, files, removed)
    if (update === undefined) return
    if (app.hasDecorator('collabHub')) await app.collabHub.applyServerUpdate(docName, update)
    // Without the collaboration plugin (never in the real server) nobody is connected to relay to.
    else await createDocumentPersistence(app.store).append(docName, update)
  } finally {
    doc.destroy()
  }
}
