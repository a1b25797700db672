import { CollabDocumentFrozenError } from '../collab/collabErrors'
import type { VersionKey } from '../model/inputs'
import type { Actor } from './actor'
import { renumberRefused } from './documentErrors'
import { adoptDocumentFiles, sameFileContent } from './documentFiles'
import { deriveDraftDocument, type DraftDocuments } from './draftDocuments'
import { StateConflictError } from './errors'
import { withMetadata, type FolderFiles } from './folderFiles'
import { audit, casValue, readFolder, requireState, requireVersion } from './operationSupport'
import { draftQuality, runQualityChecks } from './quality/qualityChecks'
import { referencesByBlock } from './referenceResolution'
import type { DraftContent } from './readDraftFolder'
import type { DraftResult } from './results'
import type { ServiceContext } from './serviceContext'

const ACTION = { de: 'Entwurf ändern', en: 'Change a draft' }

export interface DocumentDraftUpdate {
  key: VersionKey
  /** The uploaded folder, already read (`readDraftFolder`) and with the draft's id and version. */
  files: FolderFiles
  draft: DraftContent
  /** The version the uploaded metadata names. */
  target: string
  expectedRevision?: number
}

/**
 * A REST write (PUT of the folder, a file upload, `bauplan push`) into a draft that has a shared
 * document. The files that differ from the stored ones go INTO the document as one server-side
 * change, so connected editors see it at once and their concurrent edits of other elements stay;
 * then the draft's files are stored from the document, as while editing. The caller has checked
 * the actor's rights and the state.
 *
 * Files the upload adds or leaves out are added to or removed from the document in the same
 * change (`mergeFiles`); the document refuses what a building block cannot be without (a second
 * BPMN model, no BPMN model, no baustein.json) with 409 and a file it cannot read with 422.
 *
 * Refused before anything is written: a stale `expectedRevision` (someone, or the document, changed
 * the draft since the client read it) and a new version number (a document never renumbers).
 */
export async function updateDocumentDraft(
  ctx: ServiceContext,
  documents: DraftDocuments,
  actor: Actor,
  update: DocumentDraftUpdate
): Promise<DraftResult> {
  const { key, target, expectedRevision } = update
  const label = `${key.blockId}@${key.version}`
  if (target !== key.version) throw renumberRefused(label, target)
  const before = await requireVersion(ctx.store, key)
  if (expectedRevision !== undefined && before.revision !== expectedRevision) {
    casValue(
      before,
      {
        ok: false,
        conflict: { kind: 'revision', expected: expectedRevision, actual: before.revision },
      },
      ACTION
    )
  }
  // Only files that differ from the stored ones go into the document: an unchanged file may be a
  // moment older than the document (edits not yet written back), and must not revert them.
  const uploaded = withMetadata(update.files, update.draft.metadata)
  const storedFolder = await readFolder(ctx.store, before)
  // Added files differ from the stored ones (there are none) and so are among `changed`.
  const removed = Object.keys(storedFolder)
    .filter((name) => !Object.hasOwn(uploaded, name))
    .sort()
  const changed = Object.fromEntries(
    Object.entries(uploaded).filter(
      ([name, text]) => !sameFileContent(name, text, storedFolder[name])
    )
  )
  try {
    if (Object.keys(changed).length > 0 || removed.length > 0) {
      await documents.mergeFiles(key, changed, removed)
    }
  } catch (error) {
    if (error instanceof CollabDocumentFrozenError) {
      throw new StateConflictError(error.state, ['entwurf'], {
        de: `${ACTION.de}: ${label} ist kein Entwurf mehr; die Änderung wurde nicht gespeichert.`,
        en: `${ACTION.en}: ${label} is no longer a draft; the change was not stored.`,
      })
    }
    throw error
  }
  // Derived outside the transaction, so SQLite's write lock is not held while the model is built.
  const prepared = await deriveDraftDocument(ctx.store, documents, key)
  return ctx.store.transaction(async (tx) => {
    const current = await requireVersion(tx, key)
    requireState(current, ['entwurf'], ACTION)
    const stored = await adoptDocumentFiles(tx, ctx, documents, current, prepared)
    if (!stored) throw new Error(`the shared document of ${label} disappeared`)
    await audit(tx, actor, 'version.draftUpdated', key, {
      revision: stored.version.revision,
      viaDocument: true,
    })
    const { problems } = referencesByBlock(stored.draft.check.references)
    const found = [...stored.draft.check.problems, ...problems]
    const quality = await runQualityChecks(tx, stored.folder, stored.draft.check, found)
    return { version: stored.version, ...draftQuality(found, quality) }
  })
}
