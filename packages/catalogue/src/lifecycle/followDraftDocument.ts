import type { VersionKey } from '../model/inputs'
import type { BlockVersion } from '../model/records'
import { isSystemActor, type Actor } from './actor'
import { adoptDocumentFiles, checkDocumentFiles, storeDocumentFiles } from './documentFiles'
import { deriveDraftDocument, logUnchangedSince } from './draftDocuments'
import { ForbiddenError } from './errors'
import { requireVersion } from './operationSupport'
import type { ServiceContext } from './serviceContext'

/**
 * How often a write-back derives before it settles for a derivation the log has moved past.
 * Documents edited continuously (bench/collab/relayBench.ts: S1, three editors at an update a
 * second each; S2, fifty at ten a second) often gain updates while the files are derived. Deriving
 * again inside the transaction held the store's lock — on SQLite every append of every document
 * waited — for the whole derivation; in S2 the log always moves, so that happened at every write.
 */
export const FOLLOW_ATTEMPTS = 2

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
  for (let attempt = 1; ; attempt++) {
    // Derived and checked outside the transaction: inside, the store's lock (on SQLite every
    // other statement, the editors' appends included) would wait while the model is built and
    // checked in a worker thread — tens of milliseconds per draft, more on a busy machine, where
    // that thread runs at a lower priority than the event loop.
    const start = await requireVersion(ctx.store, key)
    if (start.state !== 'entwurf') return undefined
    const derived = await deriveDraftDocument(ctx.store, documents, key)
    if (!derived) return undefined
    const prepared = await checkDocumentFiles(ctx, start, derived, 'keepDraftKey')
    const lastAttempt = attempt >= FOLLOW_ATTEMPTS
    const outcome = await ctx.store.transaction(async (tx): Promise<Followed> => {
      const current = await requireVersion(tx, key)
      if (current.state !== 'entwurf') return { version: undefined }
      // Someone else wrote the draft meanwhile (its revision moved: a REST write, another
      // writer): adopt, which derives again under the lock if the log moved, so those files are
      // never replaced by older ones.
      if (current.revision !== start.revision) {
        return {
          version: (await adoptDocumentFiles(tx, ctx, documents, current, prepared))?.version,
        }
      }
      // Whether editors appended since is one row (the log's totals; a compaction keeps
      // `lastSeq` and changes nothing the files show), not the whole log read and compared.
      const moved = !(await logUnchangedSince(tx, key, derived))
      // Editors appended: derive the newer log outside once more ...
      if (moved && !lastAttempt) return 'movedOn'
      // ... or store this derivation, also of the log as it was a moment ago on the last
      // attempt (and on PostgreSQL when an append commits between this check and the write):
      // the appends since scheduled the next write-back (DraftFilesFollower), which brings the
      // files up to date; deriving them here would hold the lock for the whole derivation.
      return {
        version: (await storeDocumentFiles(tx, ctx, current, prepared, 'keepDraftKey')).version,
      }
    })
    if (outcome !== 'movedOn') return outcome.version
  }
}

type Followed = { version: BlockVersion | undefined } | 'movedOn'
