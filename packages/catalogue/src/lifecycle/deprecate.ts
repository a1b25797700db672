import { compareVersions, isVersion } from '@bauplan/domain'
import type { BlockVersion } from '../model/records'
import type { Actor } from './actor'
import { ValidationError } from './errors'
import { audit, casValue, requireBlock, requireState, requireVersion } from './operationSupport'
import { requireCurator } from './rights'
import type { ServiceContext } from './serviceContext'

const ACTION = { de: 'Abkündigen', en: 'Deprecate' }

export interface Successor {
  id: string
  version: string
}

function invalid(de: string, en: string): ValidationError {
  return new ValidationError([
    {
      code: 'lifecycle.invalidSuccessor',
      severity: 'error',
      pointer: '/successor',
      message: { de, en },
    },
  ])
}

/**
 * veroeffentlicht → abgekuendigt with a named successor, so everyone who uses the version learns what
 * to move to. The successor must be a published (not deprecated) version of another block, or a
 * higher one of the same block. It is recorded in the review history and the audit entry.
 */
export async function deprecate(
  ctx: ServiceContext,
  actor: Actor,
  blockId: string,
  version: string,
  successor: Successor | undefined
): Promise<BlockVersion> {
  if (!successor || typeof successor.id !== 'string' || typeof successor.version !== 'string') {
    throw invalid(
      'Eine Abkündigung braucht einen Nachfolger (Baustein-ID und Version), auf den Nutzer wechseln können.',
      'A deprecation needs a successor (block id and version) that users can move to.'
    )
  }
  return ctx.store.transaction(async (tx) => {
    const block = await requireBlock(tx, blockId)
    await requireCurator(tx, actor, block.organisationId, ACTION)
    const current = await requireVersion(tx, { blockId, version })
    requireState(current, ['veroeffentlicht'], ACTION)
    const label = `${successor.id}@${successor.version}`
    const next = isVersion(successor.version)
      ? await tx.getVersion({ blockId: successor.id, version: successor.version })
      : null
    if (next === null || next.state !== 'veroeffentlicht') {
      throw invalid(
        `Der Nachfolger ${label} muss eine veröffentlichte (nicht abgekündigte) Version sein.`,
        `The successor ${label} must be a published (not deprecated) version.`
      )
    }
    if (successor.id === blockId && compareVersions(successor.version, version) <= 0) {
      throw invalid(
        `Der Nachfolger ${label} muss eine höhere Version desselben Bausteins oder ein anderer Baustein sein.`,
        `The successor ${label} must be a higher version of the same block or another block.`
      )
    }
    const result = await tx.setVersionState({
      blockId,
      version,
      expected: 'veroeffentlicht',
      next: 'abgekuendigt',
      kind: 'abgekuendigt',
      actorId: actor.userId,
      reason: `Nachfolger / successor: ${label}`,
    })
    const deprecated = casValue(current, result, ACTION)
    await audit(tx, actor, 'version.deprecated', current, {
      successorId: successor.id,
      successorVersion: successor.version,
    })
    return deprecated
  })
}
