import { highestVersion, nextDraftVersion } from '@bauplan/domain'
import type { Actor } from './actor'
import { timestampOf } from './draftMetadata'
import { StateConflictError } from './errors'
import { folderOf } from './folderFiles'
import { audit, readFiles, requireBlock, requireVersion, stateName } from './operationSupport'
import type { DraftResult } from './results'
import { requireAnalyst } from './rights'
import type { ServiceContext } from './serviceContext'
import { isPublished, openDraftOf } from './versionsOf'

const ACTION = { de: 'Neuen Entwurf anlegen', en: 'Create a new draft' }

/**
 * A new draft from the highest published version: its files and references copied, numbered one
 * patch above it (domain `nextDraftVersion`; the analyst raises it when the interface changes).
 * A block has at most one open draft (entwurf or in_pruefung), so two analysts never publish
 * competing versions of it.
 */
export async function createDraft(
  ctx: ServiceContext,
  actor: Actor,
  blockId: string
): Promise<DraftResult> {
  return ctx.store.transaction(async (tx) => {
    const block = await requireBlock(tx, blockId)
    requireAnalyst(actor, block.organisationId, ACTION)
    const versions = await tx.listVersions(blockId)
    const open = openDraftOf(versions)
    if (open !== undefined) {
      throw new StateConflictError(
        open.state,
        ['veroeffentlicht', 'abgekuendigt'],
        {
          de: `${ACTION.de}: Der Baustein hat schon einen offenen Entwurf ${open.version} („${stateName(open.state).de}“); je Baustein ist nur einer erlaubt.`,
          en: `${ACTION.en}: the block already has an open draft ${open.version} ("${stateName(open.state).en}"); only one per block is allowed.`,
        },
        'lifecycle.openDraftExists'
      )
    }
    const base = highestVersion(versions.filter(isPublished).map((v) => v.version))
    if (base === undefined) {
      throw new StateConflictError('none', ['veroeffentlicht'], {
        de: `${ACTION.de}: Der Baustein hat keine veröffentlichte Version, von der ein Entwurf ausgehen kann.`,
        en: `${ACTION.en}: the block has no published version to start a draft from.`,
      })
    }
    const source = await requireVersion(tx, { blockId, version: base })
    const version = nextDraftVersion(base)
    const metadata = {
      ...source.metadata,
      version,
      letzteAenderung: timestampOf(ctx.clock()),
    }
    const files = await readFiles(tx, source)
    const stored = await tx.createDraft({
      blockId,
      version,
      metadata,
      files,
      createdBy: actor.userId,
    })
    const references = await tx.listReferences(source)
    await tx.setReferences(
      { blockId, version },
      references.map((r) => ({ targetBlockId: r.targetBlockId, range: r.range }))
    )
    await audit(tx, actor, 'version.draftCreated', { blockId, version }, { from: base })
    const check = await ctx.checkFolder(folderOf(metadata, files))
    return { version: stored, problems: check.problems }
  })
}
