import type { NewOrganisation } from '../model/inputs'
import type { CatalogueStore } from '../store'

/**
 * The organisation that publishes the reference catalogue from models/ and holds the first admin.
 * Saxony's coordination body for the e-government master plan curates the shared building blocks
 * (the scenario of the issue); `14` is Sachsen's Land code.
 */
export const SEED_ORGANISATION: NewOrganisation = {
  id: 'sn-koordinierungsstelle',
  name: 'Koordinierungsstelle E-Government-Generalbebauungsplan Sachsen',
  kind: 'koordinierungsstelle',
  bundesland: '14',
}

export async function ensureOrganisation(
  store: CatalogueStore,
  organisation: NewOrganisation
): Promise<void> {
  if ((await store.getOrganisation(organisation.id)) === null) {
    await store.createOrganisation(organisation)
  }
}
