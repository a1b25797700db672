import type { VersionKey } from '../model/inputs'
import type { BlockVersion } from '../model/records'
import { isSystemActor, type Actor } from './actor'
import { adoptDocumentFiles, checkDocumentFiles } from './documentFiles'
import { deriveDraftDocument } from './draftDocuments'
import { ForbiddenError } from './errors'
import { requireVersion } from './operationSupport'
import type { ServiceContext } from './serviceContext'

/**
 * Stores a draft's files from its shared document while it is being edited (the server calls this
 * a moment after editors' updates were stored), so REST readers, `bauplan pull`, the diff and the
 * checks see the document's state. Only the system acts so: the edits were authorised when the
 * updates were accepted. No audit entry (the log is the edit history; one entry per pause in typing
 * would drown the audit); the revision goes up only when the files really changed, which tells REST
 * clients holding an older revision that the draft moved on.
 *
 * Returns the version as stored, or undefined when there is nothing to do: no document, or the
 * version is no longer a draft (submitting stored the document's files itself).
 */
export async function followDraftDocument(
  ctx: ServiceContext,
  actor: Actor,
  key: VersionKey
): Promise<BlockVersion | undefined> {
  if (!isSystemActor(actor)) {
    throw new ForbiddenError('lifecycle.systemOnly', {
      de: 'Nur der Server selbst übernimmt die Dateien eines Entwurfs aus seinem gemeinsamen Dokument.',
      en: "Only the server itself takes a draft's files from its shared document.",
    })
  }
  const documents = ctx.draftDocuments
  if (!documents) return undefined
  const before = await requireVersion(ctx.store, key)
  if (before.state !== 'entwurf') return undefined
  // Derived and checked outside the transaction: inside, the store's lock (on SQLite every other
  // statement, the editors' appends included) would wait while the model is built and checked.
  const derived = await deriveDraftDocument(ctx.store, documents, key)
  if (!derived) return undefined
  const prepared = await checkDocumentFiles(ctx, before, derived, 'keepDraftKey')
  return ctx.store.transaction(async (tx) => {
    const current = await requireVersion(tx, key)
    if (current.state !== 'entwurf') return undefined
    return (await adoptDocumentFiles(tx, ctx, documents, current, prepared))?.version
  })
}
