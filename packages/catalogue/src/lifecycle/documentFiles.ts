import { METADATA_FILE } from '@bauplan/domain'
import type { JsonObject } from '../model/json'
import type { BlockVersion } from '../model/records'
import type { CatalogueStore } from '../store'
import { DocumentMovedOnError, renumberRefused } from './documentErrors'
import { requireSameId } from './draftMetadata'
import {
  deriveDraftDocument,
  logUnchangedSince,
  type DocumentDerivation,
  type DraftDocuments,
} from './draftDocuments'
import { storedFilesOf, withMetadata, type FolderFiles } from './folderFiles'
import { casValue, readFolder } from './operationSupport'
import { readDraftFolder, type DraftContent } from './readDraftFolder'
import { referencesByBlock } from './referenceResolution'
import type { ServiceContext } from './serviceContext'

const ACTION = {
  de: 'Dateien des Entwurfs aus dem gemeinsamen Dokument speichern',
  en: "Store the draft's files from its shared document",
}

/**
 * What to do when the document's `baustein.json` names another id or version than the draft:
 * `refuse` (submit: the analyst must see it) or `keepDraftKey` (writes while editing: the draft
 * keeps its own id and number, the document never renumbers it silently).
 */
export type KeyMismatch = 'refuse' | 'keepDraftKey'

export interface StoredDocumentFiles {
  version: BlockVersion
  /** The folder as stored now (`baustein.json` from the metadata). */
  folder: FolderFiles
  draft: DraftContent
  /** False when the stored content already was the document's. */
  written: boolean
}

/**
 * Inside a transaction: makes the draft's stored content (metadata and files) the document's
 * derivation. Writes only when it differs (a write bumps the revision and locks the version row),
 * and then sets the references the folder check found, as `updateDraft` does. A derivation whose
 * files cannot be read is refused (`ValidationError`); any other problem is stored, as for any
 * draft. The caller holds the version row lock (`lockDraft`) or re-checks the log after the write
 * (`adoptDocumentFiles`).
 */
export async function storeDocumentFiles(
  tx: CatalogueStore,
  ctx: ServiceContext,
  current: BlockVersion,
  derivation: DocumentDerivation,
  onMismatch: KeyMismatch
): Promise<StoredDocumentFiles> {
  const checked = derivation.checked
  const { folder, draft } =
    checked &&
    checked.blockId === current.blockId &&
    checked.version === current.version &&
    checked.onMismatch === onMismatch
      ? checked
      : await draftOfDocument(ctx, current, derivation.files, onMismatch)
  const stored = await readFolder(tx, current)
  if (sameFolder(stored, folder)) return { version: current, folder, draft, written: false }
  // Unchanged metadata is not written: writing it re-indexes the draft for search, the larger part
  // of a write-back's database work, and most edits change only a model.
  const sameMetadata = sameJson(current.metadata, draft.metadata)
  const result = await tx.updateDraft({
    blockId: current.blockId,
    version: current.version,
    ...(sameMetadata ? {} : { metadata: draft.metadata }),
    files: storedFilesOf(folder),
    expectedRevision: current.revision,
  })
  const version = casValue(current, result, ACTION)
  await tx.setReferences(current, referencesByBlock(draft.check.references).references)
  return { version, folder, draft, written: true }
}

/**
 * For operations that write the files while editors keep appending (the write-back, a REST write):
 * stores the document's files, reusing `prepared` when the log is unchanged. The first write locks
 * the version row; if the log grew before that, the files are derived once more under the lock and
 * written again, so what is committed is never older than the log at commit. Undefined when the
 * draft has no document.
 */
export async function adoptDocumentFiles(
  tx: CatalogueStore,
  ctx: ServiceContext,
  documents: DraftDocuments,
  current: BlockVersion,
  prepared: DocumentDerivation | undefined
): Promise<StoredDocumentFiles | undefined> {
  const derivation = await deriveDraftDocument(tx, documents, current, prepared)
  if (!derivation) return undefined
  const stored = await storeDocumentFiles(tx, ctx, current, derivation, 'keepDraftKey')
  if (!stored.written) return stored
  // Locked now: the totals read next and the log (if read) stay as they are until the commit.
  const { lastSeq } = await tx.collabLogTotals(current)
  if (lastSeq === derivation.lastSeq) return stored
  const locked = await tx.loadCollabUpdates(current)
  const latest = { updates: locked, lastSeq, files: await documents.deriveFiles(locked) }
  return storeDocumentFiles(tx, ctx, stored.version, latest, 'keepDraftKey')
}

/**
 * Locks the version row for the rest of the transaction (PostgreSQL; SQLite transactions are
 * exclusive anyway), as `appendCollabUpdate` does: appends of the document wait until it ends.
 * There is no plain lock in the store interface, so this is a compare-and-set write that raises
 * the revision by one.
 */
export async function lockDraft(tx: CatalogueStore, current: BlockVersion): Promise<BlockVersion> {
  const result = await tx.updateDraft({
    blockId: current.blockId,
    version: current.version,
    expectedRevision: current.revision,
  })
  return casValue(current, result, ACTION)
}

/**
 * Called after the version row is locked (by a content write or a state change): the log must still
 * be the one the files were derived from (no append since; undefined: still no document). On PostgreSQL an append committed between the derivation
 * and the lock shows up here; the operation then starts again (`retryWhileDocumentMoves`). Appends
 * after the lock wait for this transaction and then see its result.
 */
export async function requireLogUnchanged(
  tx: CatalogueStore,
  current: BlockVersion,
  derivation: DocumentDerivation | undefined
): Promise<void> {
  if (!(await logUnchangedSince(tx, current, derivation))) {
    throw new DocumentMovedOnError(`${current.blockId}@${current.version}`)
  }
}

/**
 * The derivation with its folder check for `current` (see `DocumentDerivation.checked`), for
 * callers that prepare outside a transaction what `storeDocumentFiles` stores inside one.
 */
export async function checkDocumentFiles(
  ctx: ServiceContext,
  current: BlockVersion,
  derivation: DocumentDerivation,
  onMismatch: KeyMismatch
): Promise<DocumentDerivation> {
  const { folder, draft } = await draftOfDocument(ctx, current, derivation.files, onMismatch)
  const { blockId, version } = current
  return { ...derivation, checked: { blockId, version, onMismatch, folder, draft } }
}

async function draftOfDocument(
  ctx: ServiceContext,
  current: BlockVersion,
  files: FolderFiles,
  onMismatch: KeyMismatch
): Promise<{ folder: FolderFiles; draft: DraftContent }> {
  const draft = await readDraftFolder(files, ctx.checkFolder)
  const { id, version } = draft.metadata
  const sameKey = id === current.blockId && version === current.version
  if (sameKey) return { folder: files, draft }
  if (onMismatch === 'refuse') {
    requireSameId(draft.metadata, current.blockId)
    if (version !== undefined && version !== current.version) {
      throw renumberRefused(`${current.blockId}@${current.version}`, String(version))
    }
  }
  const metadata: JsonObject = { ...draft.metadata, id: current.blockId, version: current.version }
  const folder = withMetadata(files, metadata)
  return { folder, draft: await readDraftFolder(folder, ctx.checkFolder) }
}

/**
 * Same files, and the same metadata whatever the order of its keys: PostgreSQL stores metadata as
 * JSONB, which orders keys its own way, so its `baustein.json` never matches the derived text byte
 * for byte.
 */
function sameFolder(a: FolderFiles, b: FolderFiles): boolean {
  const names = Object.keys(a)
  if (names.length !== Object.keys(b).length) return false
  return names.every((name) => Object.hasOwn(b, name) && sameFileContent(name, a[name], b[name]))
}

/** Equal texts; for `baustein.json` equal JSON whatever the order of keys (see sameFolder). */
export function sameFileContent(
  name: string,
  a: string | undefined,
  b: string | undefined
): boolean {
  if (name !== METADATA_FILE) return a === b
  return canonicalJson(a) === canonicalJson(b)
}

/** Equal JSON values whatever the order of object keys. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortedKeys(a)) === JSON.stringify(sortedKeys(b))
}

function canonicalJson(text: string | undefined): string {
  try {
    return JSON.stringify(sortedKeys(JSON.parse(text ?? '')))
  } catch {
    return text ?? ''
  }
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value as Record<string, unknown>)
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries.map(([key, item]) => [key, sortedKeys(item)]))
}
