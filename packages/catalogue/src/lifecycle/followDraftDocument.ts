import type { VersionKey } from '../model/inputs'
import type { BlockVersion } from '../model/records'
import { isSystemActor, type Actor } from './actor'
import { adoptDocumentFiles, checkDocumentFiles } from './documentFiles'
import { deriveDraftDocument, sameUpdates } from './draftDocuments'
import { ForbiddenError } from './errors'
import { requireVersion } from './operationSupport'
import type { ServiceContext } from './serviceContext'

/**
 * How often a write-back derives outside its transaction before it derives inside one. Documents
 * edited continuously (S1 of bench/collab/relayBench.ts: three editors, an update a second each)
 * often gain an update while the files are derived; deriving again inside the transaction held
 * the SQLite store's lock — every append of every document waited — for the whole derivation.
 */
export const FOLLOW_ATTEMPTS = 3

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
  for (let attempt = 1; ; attempt++) {
    // Derived and checked outside the transaction: inside, the store's lock (on SQLite every
    // other statement, the editors' appends included) would wait while the model is built and
    // checked in a worker thread — tens of milliseconds per draft.
    const derived = await deriveDraftDocument(ctx.store, documents, key)
    if (!derived) return undefined
    const prepared = await checkDocumentFiles(ctx, before, derived, 'keepDraftKey')
    const lastAttempt = attempt >= FOLLOW_ATTEMPTS
    const outcome = await ctx.store.transaction(async (tx): Promise<Followed> => {
      const current = await requireVersion(tx, key)
      if (current.state !== 'entwurf') return { version: undefined }
      // Editors appended while it was derived: derive again outside rather than inside (below).
      if (!lastAttempt && !sameUpdates(await tx.loadCollabUpdates(key), prepared.updates)) {
        return 'movedOn'
      }
      // Unchanged (the usual case), or the last attempt: adopt, which derives once more under
      // the lock if the log still moved, so what is committed is never older than the log.
      return { version: (await adoptDocumentFiles(tx, ctx, documents, current, prepared))?.version }
    })
    if (outcome !== 'movedOn') return outcome.version
  }
}

type Followed = { version: BlockVersion | undefined } | 'movedOn'
