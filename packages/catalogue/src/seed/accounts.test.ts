import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyPassword } from '../lifecycle/passwords'
import { sqlite } from '../lifecycle/testing/backends'
import { storageSnapshot } from '../lifecycle/testing/snapshot'
import type { CatalogueStore } from '../store'
import { BOOTSTRAP_ADMIN_USERNAME, ensureAdmin } from './ensureAdmin'
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seedDemo'
import { SEED_ORGANISATION } from './seedOrganisation'
import { SLOW } from '../lifecycle/testing/slow'

describe('admin bootstrap and demo accounts', { timeout: SLOW }, () => {
  let store: CatalogueStore
  beforeEach(async () => {
    store = await sqlite.open()
  })
  afterEach(() => store.close())

  it('creates the first admin once, with a random one-time password stored only as a hash', async () => {
    const first = await ensureAdmin(store)
    if (!first.created) throw new Error('expected an admin to be created')
    expect(first.oneTimePassword).toMatch(/^[A-Za-z0-9_-]{24}$/)
    const account = await store.findLocalAccount(BOOTSTRAP_ADMIN_USERNAME)
    expect(account?.passwordHash).not.toContain(first.oneTimePassword)
    expect(await verifyPassword(first.oneTimePassword, account?.passwordHash ?? '')).toBe(true)
    expect(await store.listMemberships(first.userId)).toMatchObject([
      { organisationId: SEED_ORGANISATION.id, role: 'admin' },
    ])

    const before = await storageSnapshot(store)
    expect(await ensureAdmin(store)).toEqual({ created: false })
    expect(await storageSnapshot(store)).toEqual(before)
  })

  it('creates no admin when one exists already (e.g. from the demo seed)', async () => {
    await seedDemo(store)
    expect(await ensureAdmin(store)).toEqual({ created: false })
    expect(await store.findLocalAccount(BOOTSTRAP_ADMIN_USERNAME)).toBeNull()
  })

  it('seeds the documented demo users once, each able to log in with the demo password', async () => {
    expect(await seedDemo(store)).toEqual({ seeded: true })
    for (const demo of DEMO_USERS) {
      const user = await store.findUserByEmail(demo.email)
      expect(user, demo.email).not.toBeNull()
      const account = await store.findLocalAccount(demo.email)
      expect(await verifyPassword(DEMO_PASSWORD, account?.passwordHash ?? '')).toBe(true)
      const memberships = await store.listMemberships(user?.id ?? '')
      expect(memberships.map((m) => ({ organisationId: m.organisationId, role: m.role }))).toEqual(
        demo.roles
      )
    }
    const roles = new Set(DEMO_USERS.flatMap((u) => u.roles.map((r) => r.role)))
    expect(roles).toEqual(new Set(['admin', 'modellierer', 'kurator', 'it_dienstleister']))
    const before = await storageSnapshot(store)
    expect(await seedDemo(store)).toEqual({ seeded: false })
    expect(await storageSnapshot(store)).toEqual(before)
  })
})
