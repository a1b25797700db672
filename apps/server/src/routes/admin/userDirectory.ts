/**
 * Reads across all organisations' members. The store has no "all users" query, so the directory is
 * assembled from memberships: a user without any role does not appear (see docs/api.md).
 */
import type { CatalogueStore, Membership, Organisation, User } from '@bauplan/catalogue'
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

export async function usersWithRoles(
  store: CatalogueStore,
  organisationId?: string
): Promise<{ user: User; memberships: Membership[] }[]> {
  const memberships = await allMemberships(store)
  const userIds = [
    ...new Set(
      memberships
        .filter((m) => organisationId === undefined || m.organisationId === organisationId)
        .map((m) => m.userId)
    ),
  ]
  const result: { user: User; memberships: Membership[] }[] = []
  for (const id of userIds) {
    const user = await store.getUser(id)
    if (user !== null) {
      result.push({ user, memberships: memberships.filter((m) => m.userId === id) })
    }
  }
  return result.sort((a, b) => a.user.displayName.localeCompare(b.user.displayName, 'de'))
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
