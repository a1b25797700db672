/**
 * Reads across all organisations' members, for rules that concern the whole installation (the last
 * active admin). Listing users is the store's `listUsers`.
 */
import type { CatalogueStore, Membership, Organisation } from '@bauplan/catalogue'
import { MAX_PAGE_SIZE } from '@bauplan/catalogue'

export async function allOrganisations(store: CatalogueStore): Promise<Organisation[]> {
  const all: Organisation[] = []
  for (;;) {
    const page = await store.listOrganisations({ limit: MAX_PAGE_SIZE, offset: all.length })
    all.push(...page.items)
    if (page.items.length === 0 || all.length >= page.total) return all
  }
}

export async function allMemberships(store: CatalogueStore): Promise<Membership[]> {
  const memberships: Membership[] = []
  for (const organisation of await allOrganisations(store)) {
    memberships.push(...(await store.listMembers(organisation.id)))
  }
  return memberships
}

/** How many active users hold the admin role; the last one must not lose it. */
export async function activeAdminCount(store: CatalogueStore): Promise<number> {
  const adminIds = new Set(
    (await allMemberships(store)).filter((m) => m.role === 'admin').map((m) => m.userId)
  )
  let count = 0
  for (const id of adminIds) {
    const user = await store.getUser(id)
    if (user !== null && user.disabledAt === null) count++
  }
  return count
}
