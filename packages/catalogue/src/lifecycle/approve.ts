import type { ReviewEvent } from '../model/records'
import type { CatalogueStore } from '../store'
import type { Actor } from './actor'
import { ForbiddenError, ValidationError } from './errors'
import {
  audit,
  casValue,
  readFolder,
  requireBlock,
  requireState,
  requireVersion,
} from './operationSupport'
import { qualityFieldsOf, runPublishingGate } from './publishingGate'
import type { ApproveResult } from './results'
import { requireCurator } from './rights'
import type { ServiceContext } from './serviceContext'

const ACTION = { de: 'Veröffentlichung freigeben', en: 'Approve for publication' }

/** The user who submitted the version for its current review (the latest submission counts). */
function submitterOf(events: readonly ReviewEvent[]): string | null | undefined {
  return [...events].reverse().find((e) => e.kind === 'eingereicht')?.actorId
}

/**
 * in_pruefung → veroeffentlicht. Curators of the owning organisation or of a coordination body,
 * never the submitter (four-eyes principle). The publishing gate runs again — the catalogue may have
 * changed since submission — and the exact versions of all references are stored with the version.
 * The store computes the content hash; the metadata stays as submitted. Every variant of the block
 * is flagged "upstream changed" by an audit entry on the variant (see `upstreamChanges`).
 */
export async function approve(
  ctx: ServiceContext,
  actor: Actor,
  blockId: string,
  version: string,
  comment?: string
): Promise<ApproveResult> {
  return ctx.store.transaction(async (tx) => {
    const block = await requireBlock(tx, blockId)
    await requireCurator(tx, actor, block.organisationId, ACTION)
    const current = await requireVersion(tx, { blockId, version })
    requireState(current, ['in_pruefung'], ACTION)
    const submitter = submitterOf(await tx.listReviewEvents(current))
    if (submitter !== undefined && submitter !== null && submitter === actor.userId) {
      throw new ForbiddenError('lifecycle.forbidden.fourEyes', {
        de: `${ACTION.de}: Vier-Augen-Prinzip – wer eine Version eingereicht hat, darf sie nicht selbst freigeben. Eine andere Kuratorin oder ein anderer Kurator muss prüfen.`,
        en: `${ACTION.en}: four-eyes principle (Vier-Augen-Prinzip) – whoever submitted a version may not approve it; another curator must review it.`,
      })
    }
    const gate = await runPublishingGate(
      tx,
      current,
      await readFolder(tx, current),
      ctx.checkFolder
    )
    if (!gate.passed) throw new ValidationError(gate.problems)
    await tx.setReferences(current, gate.references)
    await tx.resolveReferences(current, gate.resolutions)
    const result = await tx.setVersionState({
      blockId,
      version,
      expected: 'in_pruefung',
      next: 'veroeffentlicht',
      kind: 'veroeffentlicht',
      actorId: actor.userId,
      reason: comment?.trim() || null,
      expectedRevision: current.revision,
    })
    const published = casValue(current, result, ACTION)
    await audit(tx, actor, 'version.published', current, {
      contentHash: published.contentHash,
      resolutions: gate.resolutions.map((r) => `${r.targetBlockId}@${r.resolvedVersion}`),
      lintConfigRevision: gate.lintConfigRevision,
      ...(comment?.trim() ? { comment: comment.trim() } : {}),
    })
    const flaggedVariants = await flagVariants(tx, actor, blockId, version)
    return {
      version: published,
      problems: gate.problems,
      resolutions: gate.resolutions,
      flaggedVariants,
      ...qualityFieldsOf(gate),
    }
  })
}

export const UPSTREAM_CHANGED = 'variant.upstreamChanged'

async function flagVariants(
  tx: CatalogueStore,
  actor: Actor,
  originId: string,
  originVersion: string
): Promise<string[]> {
  const variants = await tx.listRelationsTo(originId, 'ABL')
  for (const variant of variants) {
    await audit(
      tx,
      actor,
      UPSTREAM_CHANGED,
      { blockId: variant.blockId },
      {
        originId,
        originVersion,
        derivedFrom: variant.targetVersion,
      }
    )
  }
  return variants.map((v) => v.blockId)
}
