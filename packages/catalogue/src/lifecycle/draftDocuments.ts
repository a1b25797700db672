import type { VersionKey } from '../model/inputs'
import type { CatalogueStore } from '../store'
import type { FolderFiles } from './folderFiles'
import type { DraftContent } from './readDraftFolder'

/**
 * What the service needs from the collaboration layer for drafts that have a shared (Yjs) document.
 * The server injects it (apps/server/src/collab/draftFiles*.ts): the catalogue stores the document's
 * log as opaque bytes and never loads Yjs or the model code itself, and only the server holds the
 * hub that relays a change to connected editors. Without it, drafts behave as if none had a
 * document (the catalogue's own tests, the CLI's embedded use).
 */
export interface DraftDocuments {
  /** The files a document's stored updates derive to (deterministic, `baustein.json` included). */
  deriveFiles(updates: readonly Uint8Array[]): Promise<Record<string, string>>
  /**
   * Makes the given files of a draft's live document equal to `files` (the others stay as they
   * are; a file it does not list is added) and removes the files named in `removed`, written as
   * one server-side change that connected editors receive; resolves once that change is stored.
   */
  mergeFiles(key: VersionKey, files: FolderFiles, removed?: readonly string[]): Promise<void>
}

/** A document's files and the exact log they were derived from. */
export interface DocumentDerivation {
  updates: readonly Uint8Array[]
  files: FolderFiles
  /**
   * The folder check of these files for one draft, done before a transaction (see
   * `checkDocumentFiles`): a check inside one would hold the store's lock — on SQLite every other
   * statement of the server, the editors' appends included — while the check runs.
   */
  checked?: CheckedDocumentFiles
}

/** What `storeDocumentFiles` stores for a draft: the folder as stored and its check. */
export interface CheckedDocumentFiles {
  blockId: string
  version: string
  onMismatch: 'refuse' | 'keepDraftKey'
  folder: FolderFiles
  draft: DraftContent
}

/**
 * Derives the files of a draft's document from its stored log, or undefined when the draft has no
 * document (nothing stored). `prepared` (derived earlier, e.g. outside a transaction) is reused
 * when the log has not changed since, so a long derivation need not hold a transaction open.
 */
export async function deriveDraftDocument(
  store: CatalogueStore,
  documents: DraftDocuments,
  key: VersionKey,
  prepared?: DocumentDerivation
): Promise<DocumentDerivation | undefined> {
  const updates = await store.loadCollabUpdates(key)
  if (updates.length === 0) return undefined
  if (prepared && sameUpdates(prepared.updates, updates)) return prepared
  return { updates, files: await documents.deriveFiles(updates) }
}

/** Whether a draft has a document: at least one stored update (the seed is the first). */
export async function hasDraftDocument(store: CatalogueStore, key: VersionKey): Promise<boolean> {
  return (await store.loadCollabUpdates(key)).length > 0
}

export function sameUpdates(a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean {
  if (a.length !== b.length) return false
  return a.every((bytes, index) => sameBytes(bytes, b[index]))
}

function sameBytes(a: Uint8Array, b: Uint8Array | undefined): boolean {
  if (b === undefined || a.byteLength !== b.byteLength) return false
  // memcmp: the write-back compares whole logs (hundreds of KiB) on the event loop.
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b)
}
