/**
 * The catalogue as a block source for the bundle core: published (and deprecated) versions only,
 * read through the catalogue service so its visibility rules apply, references pinned to the
 * versions chosen at publication, and the origin of federated versions kept.
 */
import {
  federationOriginOf,
  type CatalogueService,
  type CatalogueStore,
  type Actor,
} from '@bauplan/catalogue'
import type { BlockSource, CatalogueInfo, SourceBlock } from '@bauplan/blueprint'
import { METADATA_FILE } from '@bauplan/domain'

const EXPORTABLE = new Set(['veroeffentlicht', 'abgekuendigt'])

export function catalogueBlockSource(
  store: CatalogueStore,
  service: CatalogueService,
  actor: Actor,
  catalogue: CatalogueInfo
): BlockSource {
  return {
    catalogue,
    async versions(blockId) {
      const versions = await store.listVersions(blockId)
      return versions.filter((v) => EXPORTABLE.has(v.state)).map((v) => v.version)
    },
    async load(blockId, version): Promise<SourceBlock | null> {
      const key = { blockId, version }
      const stored = await store.getVersion(key)
      if (stored === null || !EXPORTABLE.has(stored.state) || stored.contentHash === null) {
        return null
      }
      const folder = await service.getFolder(actor, blockId, version)
      const files = Object.fromEntries(
        Object.entries(folder).filter(([name]) => name !== METADATA_FILE)
      )
      const origin = await federationOriginOf(store, key)
      const references = await store.listReferences(key)
      return {
        id: blockId,
        version,
        metadata: stored.metadata,
        files,
        contentHash: stored.contentHash,
        origin: origin?.catalogue ?? catalogue,
        publishedAt: origin !== null ? origin.publishedAt : stored.publishedAt,
        references: references.map((r) => ({
          blockId: r.targetBlockId,
          range: r.range,
          ...(r.resolvedVersion !== null ? { pinnedVersion: r.resolvedVersion } : {}),
        })),
      }
    },
  }
}
