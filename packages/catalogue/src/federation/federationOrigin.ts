import type { JsonObject } from '../model/json'
import type { VersionKey } from '../model/inputs'
import type { CatalogueStore } from '../store'
import type { FederationOrigin } from './federationTypes'

/**
 * The origin of a federated version lives in the meta table under one key per version: the store
 * needs no new column, and versions published here simply have none.
 */
export function originKey(key: VersionKey): string {
  return `federation.origin:${key.blockId}@${key.version}`
}

export async function recordOrigin(
  store: CatalogueStore,
  key: VersionKey,
  origin: FederationOrigin
): Promise<void> {
  await store.setMeta(originKey(key), JSON.stringify(origin))
}

/** Where a version came from, or null when it was published in this catalogue. */
export async function federationOriginOf(
  store: CatalogueStore,
  key: VersionKey
): Promise<FederationOrigin | null> {
  const text = await store.getMeta(originKey(key))
  if (text === null) return null
  const value = JSON.parse(text) as JsonObject & FederationOrigin
  return {
    catalogue: { name: value.catalogue.name, url: value.catalogue.url },
    publishedAt: value.publishedAt,
    contentHash: value.contentHash,
  }
}
