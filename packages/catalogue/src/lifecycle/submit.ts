import type { Actor } from './actor'
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
 */
export async function submit(
  ctx: ServiceContext,
  actor: Actor,
  blockId: string,
  version: string,
  note?: string
): Promise<SubmitResult> {
  return ctx.store.transaction(async (tx) => {
    const block = await requireBlock(tx, blockId)
    requireAnalyst(actor, block.organisationId, ACTION)
    const current = await requireVersion(tx, { blockId, version })
    requireState(current, ['entwurf'], ACTION)
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
    await audit(tx, actor, 'version.submitted', current, {
      ...(note?.trim() ? { note: note.trim() } : {}),
      warnings: gate.problems.length,
      lintConfigRevision: gate.lintConfigRevision,
    })
    return { version: submitted, problems: gate.problems, ...qualityFieldsOf(gate) }
  })
}
