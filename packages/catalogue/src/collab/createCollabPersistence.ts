import type { DocumentPersistence } from '@bauplan/collab'
import type { VersionKey } from '../model/inputs'
import type { CatalogueStore } from '../store'
import { versionOfCollabDocument } from './collabDocumentName'

/**
 * The largest a stored document may grow by default: twice the hub's own limit
 * (`SYNC_LIMITS.maxDocumentBytes`, 32 MiB), so the hub refuses an oversized document with its
 * policy close code first and this limit only catches a hub configured without one.
 */
export const COLLAB_MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

export interface CollabPersistenceOptions {
  /** Appends beyond this many stored bytes per document are refused (CollabDocumentTooLargeError). */
  maxDocumentBytes?: number
  /** Which version a document name stands for; by default `<blockId>@<version>`. */
  versionOf?: (docName: string) => VersionKey
}

/**
 * The catalogue's `DocumentPersistence` for the collaboration hub, on either adapter. Each `append`
 * is one committed transaction — SQLite in WAL mode with `synchronous=FULL` (fsync before the
 * commit returns), PostgreSQL a COMMIT — so it resolves only once the update survives a crash.
 * Appends and compactions lock the version row, so several server instances may share one log.
 */
export function createCollabPersistence(
  store: CatalogueStore,
  options: CollabPersistenceOptions = {}
): DocumentPersistence {
  const maxDocumentBytes = options.maxDocumentBytes ?? COLLAB_MAX_DOCUMENT_BYTES
  const versionOf = options.versionOf ?? versionOfCollabDocument
  return {
    load: async (docName) => store.loadCollabUpdates(versionOf(docName)),
    append: async (docName, update) => {
      const { storedBytes, storedUpdates } = await store.appendCollabUpdate({
        ...versionOf(docName),
        update,
        maxDocumentBytes,
      })
      return { storedBytes, storedUpdates }
    },
    compact: async (docName, merge) => store.compactCollabUpdates({ ...versionOf(docName), merge }),
  }
}
