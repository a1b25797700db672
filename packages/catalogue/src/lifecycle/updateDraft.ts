import { checkVersionBump, hasErrors, highestVersion } from '@bauplan/domain'
import type { BlockVersion } from '../model/records'
import type { VersionKey } from '../model/inputs'
import type { CatalogueStore } from '../store'
import type { Actor } from './actor'
import { DocumentMovedOnError, retryWhileDocumentMoves } from './documentErrors'
import { hasDraftDocument } from './draftDocuments'
import { draftVersionOf, requireSameId } from './draftMetadata'
import { ValidationError } from './errors'
import { storedFilesOf, withMetadata, type FolderFiles } from './folderFiles'
import { audit, casValue, requireBlock, requireState, requireVersion } from './operationSupport'
import { readDraftFolder, type DraftContent } from './readDraftFolder'
import { updateDocumentDraft } from './updateDocumentDraft'
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
 *
 * A draft with a shared document takes the folder through its document (`updateDocumentDraft`),
 * so editors connected to it see the change and keep theirs; such a draft is never renumbered.
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
  const key = { blockId, version }
  const content = draft
  const folder = files
  const documents = ctx.draftDocuments
  return retryWhileDocumentMoves(async () => {
    if (documents) {
      await requireEditable(ctx.store, actor, key)
      if (await hasDraftDocument(ctx.store, key)) {
        return updateDocumentDraft(ctx, documents, actor, {
          key,
          files: folder,
          draft: content,
          target,
          ...(expectedRevision !== undefined ? { expectedRevision } : {}),
        })
      }
    }
    return ctx.store.transaction(async (tx) => {
      const current = await requireEditable(tx, actor, key)
      // A document seeded since the check above would later overwrite these files with its own:
      // start again and go through it instead (checked after the write has locked the row).
      const documentAppeared = async () =>
        documents !== undefined && (await hasDraftDocument(tx, current))
      if (target !== version && (await documentAppeared()))
        throw new DocumentMovedOnError(`${blockId}@${version}`)
      const stored =
        target === version
          ? await replaceContent(tx, current, content, folder, expectedRevision)
          : await renumber(tx, actor, current, target, content, folder, expectedRevision)
      if (target === version && (await documentAppeared()))
        throw new DocumentMovedOnError(`${blockId}@${version}`)
      const storedKey = { blockId, version: target }
      const { references, problems } = referencesByBlock(content.check.references)
      await tx.setReferences(storedKey, references)
      await audit(tx, actor, 'version.draftUpdated', storedKey, {
        revision: stored.revision,
        ...(target !== version ? { renumberedFrom: version } : {}),
      })
      const found = [...content.check.problems, ...problems]
      const quality = await runQualityChecks(tx, folder, content.check, found)
      return { version: stored, ...draftQuality(found, quality) }
    })
  })
}

async function requireEditable(
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
