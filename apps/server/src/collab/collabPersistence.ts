/**
 * Where collaboration documents are stored. One factory, so the durable catalogue adapter
 * replaces the in-memory log with a one-line change here.
 */
import type { CatalogueStore } from '@bauplan/catalogue'
import { MemoryPersistence, type DocumentPersistence } from '@bauplan/collab'

export function createDocumentPersistence(_store: CatalogueStore): DocumentPersistence {
  // Not durable across restarts until the catalogue's adapter is wired in (see docs/collaboration.md § Server).
  return new MemoryPersistence()
}
