import type { FolderCheckResult, PublishedVersionsLookup } from '@bauplan/domain'
import type { CatalogueStore } from '../../store'
import { publishedVersionsOf } from '../versionsOf'

/**
 * The published versions (deprecated ones included: they still resolve) of every block the folder
 * calls, read from the catalogue up front, since the lint rules look them up synchronously. A block
 * that is not in the catalogue has no entry, so the call-activity rule reports it as unknown.
 */
export async function catalogueLookup(
  store: CatalogueStore,
  check: FolderCheckResult
): Promise<PublishedVersionsLookup> {
  const published = new Map<string, string[]>()
  for (const id of new Set(check.references.map((ref) => ref.id))) {
    const versions = await publishedVersionsOf(store, id)
    if (versions !== undefined) published.set(id, versions)
  }
  return (id) => published.get(id)
}
