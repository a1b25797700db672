import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '../../errors'
import type { CatalogueStore } from '../../store'
import { rejection } from './fixtures'
import { useHarness, type OpenHarness } from './harness'

/** People whose names differ in case and umlauts, to pin down order and filtering. */
async function seedPeople(store: CatalogueStore): Promise<void> {
  const people: [string, string | null][] = [
    ['bert Klein', 'bert@kommune.example'],
    ['Özlem Yılmaz', 'oezlem@land.example'],
    ['Anna Beispiel', 'anna.b@land.example'],
    ['anna beispiel', 'anna.z@kommune.example'],
    ['Zoe 100%', null],
    ['Carla_Kuratorin', 'carla@land.example'],
  ]
  for (const [displayName, email] of people) await store.createUser({ displayName, email })
}

function names(page: { items: { displayName: string }[] }): string[] {
  return page.items.map((u) => u.displayName)
}

export function describeUserDirectory(open: OpenHarness): void {
  describe('user directory', () => {
    const ref = useHarness(open)

    it('lists every user, with or without roles or e-mail, ordered by name ignoring case', async () => {
      await seedPeople(ref.store)
      const disabled = await ref.store.createUser({ displayName: 'Dora Deaktiviert' })
      await ref.store.setUserDisabled(disabled.id, true)
      const all = await ref.store.listUsers()
      expect(all).toMatchObject({ total: 7, limit: 50, offset: 0 })
      // Equal names ignoring case fall back to the exact name (upper case first), then e-mail.
      expect(names(all)).toEqual([
        'Anna Beispiel',
        'anna beispiel',
        'bert Klein',
        'Carla_Kuratorin',
        'Dora Deaktiviert',
        'Zoe 100%',
        'Özlem Yılmaz',
      ])
      expect(all.items.find((u) => u.id === disabled.id)?.disabledAt).toBe(ref.clock.iso())
      expect(all.items[0]).toEqual(await ref.store.getUser(all.items[0]?.id ?? ''))
    })

    it('pages through users with a stable order and the full total', async () => {
      await seedPeople(ref.store)
      const first = await ref.store.listUsers({ limit: 4 })
      const second = await ref.store.listUsers({ limit: 4, offset: 4 })
      expect(first).toMatchObject({ total: 6, limit: 4, offset: 0 })
      expect(second).toMatchObject({ total: 6, limit: 4, offset: 4 })
      expect(names(first)).toHaveLength(4)
      expect(names(second)).toEqual(['Zoe 100%', 'Özlem Yılmaz'])
      expect(names(await ref.store.listUsers({ offset: 10 }))).toEqual([])
    })

    it('filters by part of the name or e-mail, ignoring case and umlaut case', async () => {
      await seedPeople(ref.store)
      const anna = await ref.store.listUsers({ query: 'ANNA ' })
      expect(anna.total).toBe(2)
      expect(names(anna)).toEqual(['Anna Beispiel', 'anna beispiel'])
      expect(names(await ref.store.listUsers({ query: '@Kommune.' }))).toEqual([
        'anna beispiel',
        'bert Klein',
      ])
      expect(names(await ref.store.listUsers({ query: 'özlem' }))).toEqual(['Özlem Yılmaz'])
      expect(names(await ref.store.listUsers({ query: 'ÖZ' }))).toEqual(['Özlem Yılmaz'])
      const paged = await ref.store.listUsers({ query: 'land.example', limit: 1, offset: 1 })
      expect(paged).toMatchObject({ total: 3, limit: 1, offset: 1 })
      expect(names(paged)).toEqual(['Carla_Kuratorin'])
      expect((await ref.store.listUsers({ query: 'niemand' })).total).toBe(0)
      expect((await ref.store.listUsers({ query: '   ' })).total).toBe(6)
    })

    it('takes % and _ in a query literally', async () => {
      await seedPeople(ref.store)
      expect(names(await ref.store.listUsers({ query: '100%' }))).toEqual(['Zoe 100%'])
      expect(names(await ref.store.listUsers({ query: '%' }))).toEqual(['Zoe 100%'])
      expect(names(await ref.store.listUsers({ query: 'a_k' }))).toEqual(['Carla_Kuratorin'])
      // Without escaping, "_" would match any character and "b_rt" would find "bert".
      expect((await ref.store.listUsers({ query: 'b_rt' })).total).toBe(0)
      expect((await ref.store.listUsers({ query: '\\' })).total).toBe(0)
    })

    it('finds a name typed with decomposed umlauts by a query with composed ones', async () => {
      await ref.store.createUser({ displayName: 'Jo\u0308rg Mu\u0308ller' })
      expect(names(await ref.store.listUsers({ query: 'jörg' }))).toEqual(['Jörg Müller'])
    })

    it('refuses page sizes outside 1…100, negative offsets and overlong queries', async () => {
      for (const page of [
        { limit: 0 },
        { limit: 101 },
        { offset: -1 },
        { query: 'x'.repeat(321) },
      ]) {
        expect(await rejection(ref.store.listUsers(page))).toBeInstanceOf(InvalidInputError)
      }
    })

    it('finds a local account by user id, and null for users without one', async () => {
      const anna = await ref.store.createUser({ displayName: 'Anna' })
      const noAccount = await ref.store.createUser({ displayName: 'Ohne Konto' })
      const account = await ref.store.createLocalAccount({
        userId: anna.id,
        username: 'Anna',
        passwordHash: '$scrypt$one',
      })
      expect(await ref.store.findLocalAccountByUserId(anna.id)).toEqual(account)
      expect(await ref.store.findLocalAccountByUserId(noAccount.id)).toBeNull()
      expect(await ref.store.findLocalAccountByUserId('ghost')).toBeNull()
      ref.clock.advance(1000)
      const changed = await ref.store.setPasswordHash(anna.id, '$scrypt$two')
      expect(await ref.store.findLocalAccountByUserId(anna.id)).toEqual(changed)
    })

    it('answers inside a transaction like outside', async () => {
      await ref.store.transaction(async (tx) => {
        const user = await tx.createUser({ displayName: 'Im Vorgang' })
        await tx.createLocalAccount({ userId: user.id, username: 'vorgang', passwordHash: 'x' })
        expect(names(await tx.listUsers({ query: 'vorgang' }))).toEqual(['Im Vorgang'])
        expect((await tx.findLocalAccountByUserId(user.id))?.username).toBe('vorgang')
      })
    })
  })
}
