import type { BlockVersion } from '../model/records'
import { PUBLISHED_STATES } from '../model/vocabulary'
import type { CatalogueStore } from '../store'

export function isPublished(version: BlockVersion): boolean {
  return PUBLISHED_STATES.includes(version.state)
}

/** Published (including deprecated) version numbers of a block, highest first; undefined if no block. */
export async function publishedVersionsOf(
  store: CatalogueStore,
  blockId: string
): Promise<string[] | undefined> {
  if ((await store.getBlock(blockId)) === null) return undefined
  return (await store.listVersions(blockId)).filter(isPublished).map((v) => v.version)
}

/** The open draft (entwurf or in_pruefung) of a block, if any: there is at most one. */
export function openDraftOf(versions: readonly BlockVersion[]): BlockVersion | undefined {
  return versions.find((v) => v.state === 'entwurf' || v.state === 'in_pruefung')
}
