import type { DocumentPersistence } from '@bauplan/collab'
import type { VersionKey } from '../model/inputs'
import type { CatalogueStore } from '../store'
import { versionOfCollabDocument } from './collabDocumentName'
import { CollabGroupCommit } from './collabGroupCommit'

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
 * The catalogue's `DocumentPersistence` for the collaboration hub, on either adapter. Appends are
 * group-committed (`CollabGroupCommit`): the appends of one event-loop turn, of any documents, are
 * written in one transaction — SQLite in WAL mode with `synchronous=FULL` (fsync before the commit
 * returns), PostgreSQL a COMMIT — and each resolves only once that transaction committed, so an
 * acknowledged update survives a crash. A refused append (frozen, too large, unknown) rejects alone.
 * Appends and compactions lock the version row, so several server instances may share one log; a
 * compaction merges before it takes the lock and replaces only rows still exactly as it read them.
 */
export function createCollabPersistence(
  store: CatalogueStore,
  options: CollabPersistenceOptions = {}
): DocumentPersistence {
  const maxDocumentBytes = options.maxDocumentBytes ?? COLLAB_MAX_DOCUMENT_BYTES
  const versionOf = options.versionOf ?? versionOfCollabDocument
  const groups = new CollabGroupCommit((inputs) => store.appendCollabUpdates(inputs))
  return {
    load: async (docName) => store.loadCollabUpdates(versionOf(docName)),
    append: async (docName, update) => {
      const { storedBytes, storedUpdates } = await groups.append({
        ...versionOf(docName),
        update,
        maxDocumentBytes,
      })
      return { storedBytes, storedUpdates }
    },
    compact: async (docName, merge) => store.compactCollabUpdates({ ...versionOf(docName), merge }),
  }
}
