import type { CatalogueStore } from '../../store'
import type { Role } from '../../model/vocabulary'
import type { Actor } from '../actor'
import { createCatalogueService, type CatalogueService } from '../catalogueService'

/** Organisations: a Land (owns the blocks), a municipality, a coordination body, an IT provider. */
export const SN = 'sn'
export const DD = 'dresden'
export const KOORD = 'koordinierung'
export const ITD = 'itd'

export function blockId(slug: string, owner = SN): string {
  return `urn:bauplan:baustein:${owner}:${slug}`
}

export interface World {
  store: CatalogueStore
  service: CatalogueService
  analyst: Actor
  analyst2: Actor
  curator: Actor
  ddAnalyst: Actor
  ddCurator: Actor
  koordCurator: Actor
  itProvider: Actor
  admin: Actor
  /** A curator who is also an analyst of the owning organisation (for the four-eyes rule). */
  analystCurator: Actor
}

async function user(
  store: CatalogueStore,
  name: string,
  roles: Array<[string, Role]>
): Promise<Actor> {
  const created = await store.createUser({ displayName: name, email: `${name}@test.example` })
  for (const [organisationId, role] of roles) {
    await store.grantRole({ userId: created.id, organisationId, role })
  }
  return {
    userId: created.id,
    memberships: roles.map(([organisationId, role]) => ({ organisationId, role })),
  }
}

export async function createWorld(store: CatalogueStore): Promise<World> {
  await store.createOrganisation({
    id: SN,
    name: 'Freistaat Sachsen',
    kind: 'land',
    bundesland: '14',
  })
  await store.createOrganisation({ id: DD, name: 'Landeshauptstadt Dresden', kind: 'kommune' })
  await store.createOrganisation({
    id: KOORD,
    name: 'Koordinierungsstelle',
    kind: 'koordinierungsstelle',
  })
  await store.createOrganisation({ id: ITD, name: 'IT-Dienstleister', kind: 'it_dienstleister' })
  const clock = () => new Date('2026-04-01T08:00:00.000Z')
  return {
    store,
    service: createCatalogueService({ store, clock }),
    analyst: await user(store, 'analyst', [[SN, 'modellierer']]),
    analyst2: await user(store, 'analyst2', [[SN, 'modellierer']]),
    curator: await user(store, 'curator', [[SN, 'kurator']]),
    ddAnalyst: await user(store, 'ddanalyst', [[DD, 'modellierer']]),
    ddCurator: await user(store, 'ddcurator', [[DD, 'kurator']]),
    koordCurator: await user(store, 'koordcurator', [[KOORD, 'kurator']]),
    itProvider: await user(store, 'it', [[ITD, 'it_dienstleister']]),
    admin: await user(store, 'admin', [[KOORD, 'admin']]),
    analystCurator: await user(store, 'both', [
      [SN, 'modellierer'],
      [SN, 'kurator'],
    ]),
  }
}
