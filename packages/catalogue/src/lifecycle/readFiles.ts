import { METADATA_FILE } from '@bauplan/domain'
import { NotFoundError } from '../errors'
import type { VersionKey } from '../model/inputs'
import type { VersionFile } from '../model/records'
import { sha256Hex } from '../contentHash'
import type { Actor } from './actor'
import { metadataText, type FolderFiles } from './folderFiles'
import { readFolder, requireVersion } from './operationSupport'
import { requireReader } from './rights'
import type { ServiceContext } from './serviceContext'
import { requireVisible } from './visibility'

/** One file of a version; `baustein.json` is written from the stored metadata. */
export async function getFile(
  ctx: ServiceContext,
  actor: Actor,
  key: VersionKey,
  name: string
): Promise<VersionFile> {
  requireReader(actor)
  const version = await requireVersion(ctx.store, key)
  requireVisible(actor, version)
  if (name === METADATA_FILE) {
    const bytes = new TextEncoder().encode(metadataText(version.metadata))
    return {
      name,
      mediaType: 'application/json',
      size: bytes.length,
      sha256: sha256Hex(bytes),
      bytes,
    }
  }
  const file = await ctx.store.getFile({ ...key, name })
  if (file === null) throw new NotFoundError('file', `${key.blockId}@${key.version}/${name}`)
  return file
}

/** A version as a folder in the models/ format (what `bauplan pull` writes). */
export async function getFolder(
  ctx: ServiceContext,
  actor: Actor,
  key: VersionKey
): Promise<FolderFiles> {
  requireReader(actor)
  const version = await requireVersion(ctx.store, key)
  requireVisible(actor, version)
  return readFolder(ctx.store, version)
}
