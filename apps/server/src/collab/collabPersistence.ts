/**
 * Where collaboration documents are stored: the catalogue's durable update log (same SQLite file or
 * PostgreSQL database as the catalogue; an append resolves only after its commit). The one place
 * that picks the adapter.
 */
import { createCollabPersistence, type CatalogueStore } from '@bauplan/catalogue'
import type { DocumentPersistence } from '@bauplan/collab'

export function createDocumentPersistence(store: CatalogueStore): DocumentPersistence {
  return createCollabPersistence(store)
}
