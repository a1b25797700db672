import { checkVersionBump, hasErrors, highestVersion } from '@bauplan/domain'
import type { BlockVersion } from '../model/records'
import type { CatalogueStore } from '../store'
import type { Actor } from './actor'
import { draftVersionOf, requireSameId } from './draftMetadata'
import { ValidationError } from './errors'
import { storedFilesOf, withMetadata, type FolderFiles } from './folderFiles'
import { audit, casValue, requireBlock, requireState, requireVersion } from './operationSupport'
import { readDraftFolder, type DraftContent } from './readDraftFolder'
import { draftQuality, runQualityChecks } from './quality/qualityChecks'
import { referencesByBlock } from './referenceResolution'
import type { DraftResult } from './results'
import { requireAnalyst } from './rights'
import type { ServiceContext } from './serviceContext'
import { isPublished } from './versionsOf'

const ACTION = { de: 'Entwurf ändern', en: 'Change a draft' }

/**
 * Replaces a draft's content (metadata and files). Only analysts of the owning organisation, only
 * while `entwurf`, optionally only at `expectedRevision` (optimistic locking for concurrent editors).
 * The metadata may raise (or lower) the version number, as long as it stays above every published
 * version: the draft is then stored under the new number.
 */
export async function updateDraft(
  ctx: ServiceContext,
  actor: Actor,
  blockId: string,
  version: string,
  files: FolderFiles,
  expectedRevision?: number
): Promise<DraftResult> {
  let draft = await readDraftFolder(files, ctx.checkFolder)
  requireSameId(draft.metadata, blockId)
  const target = draftVersionOf(draft.metadata, version)
  if (draft.metadata.id === undefined || draft.metadata.version === undefined) {
    files = withMetadata(files, { ...draft.metadata, id: blockId, version: target })
    draft = await readDraftFolder(files, ctx.checkFolder)
  }
  return ctx.store.transaction(async (tx) => {
    const block = await requireBlock(tx, blockId)
    requireAnalyst(actor, block.organisationId, ACTION)
    const current = await requireVersion(tx, { blockId, version })
    requireState(current, ['entwurf'], ACTION)
    const key = { blockId, version: target }
    const stored =
      target === version
        ? await replaceContent(tx, current, draft, files, expectedRevision)
        : await renumber(tx, actor, current, target, draft, files, expectedRevision)
    const { references, problems } = referencesByBlock(draft.check.references)
    await tx.setReferences(key, references)
    await audit(tx, actor, 'version.draftUpdated', key, {
      revision: stored.revision,
      ...(target !== version ? { renumberedFrom: version } : {}),
    })
    const found = [...draft.check.problems, ...problems]
    const quality = await runQualityChecks(tx, files, draft.check, found)
    return { version: stored, ...draftQuality(found, quality) }
  })
}

async function replaceContent(
  tx: CatalogueStore,
  current: BlockVersion,
  draft: DraftContent,
  files: FolderFiles,
  expectedRevision: number | undefined
): Promise<BlockVersion> {
  const result = await tx.updateDraft({
    blockId: current.blockId,
    version: current.version,
    metadata: draft.metadata,
    files: storedFilesOf(files),
    ...(expectedRevision !== undefined ? { expectedRevision } : {}),
  })
  return casValue(current, result, ACTION)
}

/** Moves the draft to a new number: a new draft row with the content, the old one removed. */
async function renumber(
  tx: CatalogueStore,
  actor: Actor,
  current: BlockVersion,
  target: string,
  draft: DraftContent,
  files: FolderFiles,
  expectedRevision: number | undefined
): Promise<BlockVersion> {
  const published = (await tx.listVersions(current.blockId)).filter(isPublished)
  const highest = highestVersion(published.map((v) => v.version))
  const problems = checkVersionBump(highest, target, 'patch').map((p) => ({
    ...p,
    file: 'baustein.json',
  }))
  if (hasErrors(problems)) throw new ValidationError(problems)
  const removed = await tx.deleteDraft({
    blockId: current.blockId,
    version: current.version,
    ...(expectedRevision !== undefined ? { expectedRevision } : {}),
  })
  casValue(current, removed, ACTION)
  return tx.createDraft({
    blockId: current.blockId,
    version: target,
    metadata: draft.metadata,
    files: storedFilesOf(files),
    createdBy: current.createdBy ?? actor.userId,
  })
}
