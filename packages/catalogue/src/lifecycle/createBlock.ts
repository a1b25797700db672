import { nextDraftVersion } from '@bauplan/domain'
import type { Actor } from './actor'
import { draftVersionOf, requireDraftId } from './draftMetadata'
import { storedFilesOf, withMetadata, type FolderFiles } from './folderFiles'
import { audit } from './operationSupport'
import { readDraftFolder } from './readDraftFolder'
import { draftQuality, runQualityChecks } from './quality/qualityChecks'
import { referencesByBlock } from './referenceResolution'
import type { DraftResult } from './results'
import { requireAnalyst } from './rights'
import type { ServiceContext } from './serviceContext'

const ACTION = { de: 'Baustein anlegen', en: 'Create a building block' }

export interface CreateBlockInput {
  organisationId: string
  files: FolderFiles
}

/**
 * A new block with its first draft. The id comes from the metadata and must be new; the first
 * version is the metadata's version, or 1.0.0 (domain `nextDraftVersion`) when it names none.
 * The draft only has to be readable: other problems are returned as warnings to fix before submitting.
 */
export async function createBlock(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateBlockInput
): Promise<DraftResult> {
  requireAnalyst(actor, input.organisationId, ACTION)
  let draft = await readDraftFolder(input.files, ctx.checkFolder)
  const id = requireDraftId(draft.metadata)
  const version = draftVersionOf(draft.metadata, nextDraftVersion(undefined))
  let files = input.files
  if (draft.metadata.version !== version) {
    // The stored number and the metadata must agree; check again so warnings match what is stored.
    files = withMetadata(files, { ...draft.metadata, version })
    draft = await readDraftFolder(files, ctx.checkFolder)
  }
  const { references, problems } = referencesByBlock(draft.check.references)
  return ctx.store.transaction(async (tx) => {
    await tx.createBlock({ id, organisationId: input.organisationId, createdBy: actor.userId })
    const stored = await tx.createDraft({
      blockId: id,
      version,
      metadata: draft.metadata,
      files: storedFilesOf(files),
      createdBy: actor.userId,
    })
    await tx.setReferences({ blockId: id, version }, references)
    await audit(
      tx,
      actor,
      'block.created',
      { blockId: id, version },
      {
        organisationId: input.organisationId,
      }
    )
    const found = [...draft.check.problems, ...problems]
    const quality = await runQualityChecks(tx, files, draft.check, found)
    return { version: stored, ...draftQuality(found, quality) }
  })
}
