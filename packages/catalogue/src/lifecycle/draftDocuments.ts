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
  /**
   * The log's last sequence number (`collabLogTotals`), read just before `updates`. Appends raise
   * it and a compaction keeps it, so the same `lastSeq` later means "no edit since" without
   * reading and comparing the whole log. Read before the log, never after: an append in between
   * makes a later check say "moved" once too often, never "unchanged" when it was not.
   */
  lastSeq: number
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
 * when no update was appended since — one row read, not the log — so a long derivation need not
 * hold a transaction open, and a transaction need not read a log it does not derive.
 */
export async function deriveDraftDocument(
  store: CatalogueStore,
  documents: DraftDocuments,
  key: VersionKey,
  prepared?: DocumentDerivation
): Promise<DocumentDerivation | undefined> {
  const { lastSeq } = await store.collabLogTotals(key)
  if (prepared && prepared.lastSeq === lastSeq) return prepared
  const updates = await store.loadCollabUpdates(key)
  if (updates.length === 0) return undefined
  return { updates, lastSeq, files: await documents.deriveFiles(updates) }
}

/** Whether no update was appended to the log since `derivation` (undefined: none ever). */
export async function logUnchangedSince(
  store: CatalogueStore,
  key: VersionKey,
  derivation: DocumentDerivation | undefined
): Promise<boolean> {
  return (await store.collabLogTotals(key)).lastSeq === (derivation?.lastSeq ?? 0)
}

/** Whether a draft has a document: at least one stored update (the seed is the first). */
export async function hasDraftDocument(store: CatalogueStore, key: VersionKey): Promise<boolean> {
  return (await store.collabLogTotals(key)).storedUpdates > 0
}
