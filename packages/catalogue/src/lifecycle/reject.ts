import type { BlockVersion } from '../model/records'
import type { Actor } from './actor'
import { ValidationError } from './errors'
import { audit, casValue, requireBlock, requireState, requireVersion } from './operationSupport'
import { requireCurator } from './rights'
import type { ServiceContext } from './serviceContext'

const ACTION = { de: 'Zurückweisen', en: 'Reject' }
/** Long enough that "nein" or "passt nicht" cannot stand in for a reason the analyst can act on. */
export const MIN_REASON_LENGTH = 10

/** in_pruefung → entwurf with a reason the analyst sees in the review history (Zurückgewiesen). */
export async function reject(
  ctx: ServiceContext,
  actor: Actor,
  blockId: string,
  version: string,
  reason: string
): Promise<BlockVersion> {
  const text = (reason ?? '').trim()
  if (text.length < MIN_REASON_LENGTH) {
    throw new ValidationError([
      {
        code: 'lifecycle.reasonTooShort',
        severity: 'error',
        pointer: '/reason',
        message: {
          de: `Eine Zurückweisung braucht eine Begründung mit mindestens ${MIN_REASON_LENGTH} Zeichen, die sagt, was zu ändern ist.`,
          en: `A rejection needs a reason of at least ${MIN_REASON_LENGTH} characters that says what to change.`,
        },
      },
    ])
  }
  return ctx.store.transaction(async (tx) => {
    const block = await requireBlock(tx, blockId)
    await requireCurator(tx, actor, block.organisationId, ACTION)
    const current = await requireVersion(tx, { blockId, version })
    requireState(current, ['in_pruefung'], ACTION)
    const result = await tx.setVersionState({
      blockId,
      version,
      expected: 'in_pruefung',
      next: 'entwurf',
      kind: 'zurueckgewiesen',
      actorId: actor.userId,
      reason: text,
    })
    const rejected = casValue(current, result, ACTION)
    await audit(tx, actor, 'version.rejected', current, { reason: text })
    return rejected
  })
}
