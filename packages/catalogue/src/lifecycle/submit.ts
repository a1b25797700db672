import type { VersionKey } from '../model/inputs'
import type { BlockVersion } from '../model/records'
import type { CatalogueStore } from '../store'
import type { Actor } from './actor'
import { DocumentMovedOnError, retryWhileDocumentMoves } from './documentErrors'
import { lockDraft, requireLogUnchanged, storeDocumentFiles } from './documentFiles'
import { deriveDraftDocument, type DocumentDerivation } from './draftDocuments'
import { ValidationError } from './errors'
import {
  audit,
  casValue,
  readFolder,
  requireBlock,
  requireState,
  requireVersion,
} from './operationSupport'
import { qualityFieldsOf, runPublishingGate } from './publishingGate'
import type { SubmitResult } from './results'
import { requireAnalyst } from './rights'
import type { ServiceContext } from './serviceContext'

const ACTION = { de: 'Zur Prüfung einreichen', en: 'Submit for review' }

/**
 * entwurf → in_pruefung. Runs the full folder check and the publishing gate as a dry run, so the
 * analyst sees every problem before a curator spends time on the review; nothing with an error is
 * submitted. The note goes into the review history.
 *
 * A draft with a shared document is submitted as its document: the version row is locked first
 * (as every append locks it), then the files derived from the stored log become the draft's content
 * in the same transaction, before the gate checks them. So the submitted version holds every
 * acknowledged edit, and every later append is refused by the frozen log. A draft without one is
 * checked once more after the state change: a document seeded meanwhile makes the submission start
 * again.
 */
export async function submit(
  ctx: ServiceContext,
  actor: Actor,
  blockId: string,
  version: string,
  note?: string
): Promise<SubmitResult> {
  const documents = ctx.draftDocuments
  // Derived before the transaction (a large model takes a while; SQLite would hold its write lock)
  // and reused inside when the log is unchanged. Only for someone who may submit it.
  let prepared: DocumentDerivation | undefined
  if (documents) {
    const draft = await requireSubmittable(ctx.store, actor, { blockId, version })
    prepared = await deriveDraftDocument(ctx.store, documents, draft)
  }
  return retryWhileDocumentMoves(() =>
    ctx.store.transaction(async (tx) => {
      let current = await requireSubmittable(tx, actor, { blockId, version })
      // With a document, the row is locked first: from here on no edit can be stored, and every
      // edit stored so far is in the log read next.
      if (prepared) current = await lockDraft(tx, current)
      const derivation = documents && (await deriveDraftDocument(tx, documents, current, prepared))
      // A document seeded since the first look: start again, this time locking first.
      if (derivation && !prepared) {
        prepared = derivation
        throw new DocumentMovedOnError(`${blockId}@${version}`)
      }
      if (derivation) {
        prepared = derivation
        current = (await storeDocumentFiles(tx, ctx, current, derivation, 'refuse')).version
      }
      const gate = await runPublishingGate(
        tx,
        current,
        await readFolder(tx, current),
        ctx.checkFolder
      )
      if (!gate.passed) throw new ValidationError(gate.problems)
      await tx.setReferences(current, gate.references)
      const result = await tx.setVersionState({
        blockId,
        version,
        expected: 'entwurf',
        next: 'in_pruefung',
        kind: 'eingereicht',
        actorId: actor.userId,
        reason: note?.trim() || null,
        expectedRevision: current.revision,
      })
      const submitted = casValue(current, result, ACTION)
      if (documents) await requireLogUnchanged(tx, current, derivation)
      await audit(tx, actor, 'version.submitted', current, {
        ...(note?.trim() ? { note: note.trim() } : {}),
        warnings: gate.problems.length,
        lintConfigRevision: gate.lintConfigRevision,
        ...(derivation ? { documentUpdates: derivation.updates.length } : {}),
      })
      return { version: submitted, problems: gate.problems, ...qualityFieldsOf(gate) }
    })
  )
}

async function requireSubmittable(
  store: CatalogueStore,
  actor: Actor,
  key: VersionKey
): Promise<BlockVersion> {
  const block = await requireBlock(store, key.blockId)
  requireAnalyst(actor, block.organisationId, ACTION)
  const current = await requireVersion(store, key)
  requireState(current, ['entwurf'], ACTION)
  return current
}
