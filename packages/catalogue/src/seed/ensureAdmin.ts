import { hashPassword, randomPassword } from '../lifecycle/passwords'
import type { CatalogueStore } from '../store'
import { ensureOrganisation, SEED_ORGANISATION } from './seedOrganisation'

export type EnsureAdminResult =
  | { created: false }
  | {
      created: true
      userId: string
      username: string
      /** Shown once to whoever started the server; only its hash is stored. */
      oneTimePassword: string
    }

export const BOOTSTRAP_ADMIN_USERNAME = 'admin'

async function anyAdminExists(store: CatalogueStore): Promise<boolean> {
  for (let offset = 0; ;) {
    const page = await store.listOrganisations({ limit: 100, offset })
    for (const organisation of page.items) {
      const members = await store.listMembers(organisation.id)
      if (members.some((m) => m.role === 'admin')) return true
    }
    offset += page.items.length
    if (page.items.length === 0 || offset >= page.total) return false
  }
}

/**
 * The first start creates an admin with a random one-time password — never a fixed default that
 * every installation would share. Only when no admin exists at all, so restarts (and installations
 * whose admins renamed themselves) are left alone. The admin belongs to the seeding organisation.
 */
export async function ensureAdmin(store: CatalogueStore): Promise<EnsureAdminResult> {
  if (await anyAdminExists(store)) return { created: false }
  const oneTimePassword = randomPassword()
  const passwordHash = await hashPassword(oneTimePassword)
  return store.transaction(async (tx) => {
    // Checked again inside the transaction, narrowing the race between two servers starting at once.
    if (await anyAdminExists(tx)) return { created: false }
    await ensureOrganisation(tx, SEED_ORGANISATION)
    const user = await tx.createUser({ displayName: 'Administrator' })
    await tx.createLocalAccount({
      userId: user.id,
      username: BOOTSTRAP_ADMIN_USERNAME,
      passwordHash,
    })
    await tx.grantRole({ userId: user.id, organisationId: SEED_ORGANISATION.id, role: 'admin' })
    await tx.appendAudit({
      actorId: null,
      action: 'user.adminCreated',
      details: { userId: user.id, username: BOOTSTRAP_ADMIN_USERNAME },
    })
    return { created: true, userId: user.id, username: BOOTSTRAP_ADMIN_USERNAME, oneTimePassword }
  })
}
