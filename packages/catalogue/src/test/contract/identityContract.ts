import { describe, expect, it } from 'vitest'
import { InvalidInputError, NotFoundError, UniqueViolationError } from '../../errors'
import { ORGANISATION_KINDS, ROLES } from '../../model/vocabulary'
import { failsWith, rejection, seedOrganisation } from './fixtures'
import { useHarness, type OpenHarness } from './harness'

export function describeIdentity(open: OpenHarness): void {
  describe('organisations', () => {
    const ref = useHarness(open)

    it('stores every organisation kind and lists them in pages with a total', async () => {
      for (const [index, kind] of ORGANISATION_KINDS.entries()) {
        await ref.store.createOrganisation({ id: `org-${index}`, name: `Org ${index}`, kind })
      }
      const sn = await ref.store.createOrganisation({
        id: 'sn',
        name: 'Freistaat Sachsen',
        kind: 'land',
        bundesland: '14',
      })
      expect(sn).toEqual({
        id: 'sn',
        name: 'Freistaat Sachsen',
        kind: 'land',
        bundesland: '14',
        createdAt: ref.clock.iso(),
      })
      expect(await ref.store.getOrganisation('sn')).toEqual(sn)
      expect(await ref.store.getOrganisation('nope')).toBeNull()
      const page = await ref.store.listOrganisations({ limit: 2, offset: 3 })
      expect(page.total).toBe(5)
      expect(page.items.map((o) => o.id)).toEqual(['org-3', 'sn'])
    })

    it('refuses a duplicate key with a typed error that keeps the driver error as cause', async () => {
      await seedOrganisation(ref.store)
      const error = await rejection(seedOrganisation(ref.store))
      expect(error).toBeInstanceOf(UniqueViolationError)
      const duplicate = error as UniqueViolationError
      expect(duplicate.entity).toBe('organisation')
      expect(duplicate.problem.code).toBe('catalogue.duplicate')
      expect(duplicate.problem.message.de).toContain('„sn“')
      expect(duplicate.cause).toBeDefined()
    })

    it('checks keys and Land codes before writing', async () => {
      const badKey = rejection(
        ref.store.createOrganisation({ id: 'Sachsen!', name: 'x', kind: 'land' })
      )
      expect(await badKey).toBeInstanceOf(InvalidInputError)
      const badLand = await rejection(
        ref.store.createOrganisation({ id: 'x', name: 'x', kind: 'land', bundesland: '1' })
      )
      expect((badLand as InvalidInputError).problem.pointer).toBe('/bundesland')
      const badKind = rejection(
        ref.store.createOrganisation({ id: 'x', name: 'x', kind: 'bezirk' as 'land' })
      )
      expect(await badKind).toBeInstanceOf(InvalidInputError)
    })
  })

  describe('users, accounts and memberships', () => {
    const ref = useHarness(open)

    it('creates users with lower-cased unique e-mail and finds them by it', async () => {
      const anna = await ref.store.createUser({
        displayName: 'Anna Beispiel',
        email: 'Anna@Example.org',
      })
      expect(anna.email).toBe('anna@example.org')
      expect(anna.id).toMatch(/^[0-9a-f-]{36}$/)
      expect(await ref.store.findUserByEmail('ANNA@example.org')).toEqual(anna)
      expect(await ref.store.getUser(anna.id)).toEqual(anna)
      const error = await rejection(
        ref.store.createUser({ displayName: 'A', email: 'anna@example.org' })
      )
      expect((error as UniqueViolationError).entity).toBe('user')
      // Users without e-mail do not collide with each other.
      await ref.store.createUser({ displayName: 'B' })
      await ref.store.createUser({ displayName: 'C', email: null })
    })

    it('disables and re-enables a user', async () => {
      const user = await ref.store.createUser({ displayName: 'Bert' })
      ref.clock.advance(1000)
      expect((await ref.store.setUserDisabled(user.id, true)).disabledAt).toBe(ref.clock.iso())
      expect((await ref.store.setUserDisabled(user.id, false)).disabledAt).toBeNull()
      expect(await rejection(ref.store.setUserDisabled('missing', true))).toBeInstanceOf(
        NotFoundError
      )
    })

    it('keeps one local account per user name, case-insensitively, and changes its hash', async () => {
      const user = await ref.store.createUser({ displayName: 'Anna' })
      const other = await ref.store.createUser({ displayName: 'Anna 2' })
      const account = await ref.store.createLocalAccount({
        userId: user.id,
        username: 'Anna',
        passwordHash: '$scrypt$one',
      })
      expect(account.username).toBe('anna')
      expect(await ref.store.findLocalAccount('ANNA')).toEqual(account)
      const error = await rejection(
        ref.store.createLocalAccount({ userId: other.id, username: 'anna', passwordHash: 'x' })
      )
      expect((error as UniqueViolationError).entity).toBe('account')
      ref.clock.advance(5000)
      const changed = await ref.store.setPasswordHash(user.id, '$scrypt$two')
      expect(changed.passwordHash).toBe('$scrypt$two')
      expect(changed.updatedAt).toBe(ref.clock.iso())
      expect(changed.createdAt).toBe(account.createdAt)
      expect(await rejection(ref.store.setPasswordHash(other.id, 'x'))).toBeInstanceOf(
        NotFoundError
      )
      const unknownUser = ref.store.createLocalAccount({
        userId: 'ghost',
        username: 'g',
        passwordHash: 'x',
      })
      expect(await rejection(unknownUser)).toBeInstanceOf(NotFoundError)
    })

    it('grants every role per organisation idempotently and revokes it', async () => {
      await seedOrganisation(ref.store, 'sn')
      await seedOrganisation(ref.store, 'be', '11')
      const user = await ref.store.createUser({ displayName: 'Kim' })
      for (const role of ROLES) {
        expect(await ref.store.grantRole({ userId: user.id, organisationId: 'sn', role })).toBe(
          true
        )
      }
      expect(
        await ref.store.grantRole({ userId: user.id, organisationId: 'sn', role: 'kurator' })
      ).toBe(false)
      await ref.store.grantRole({ userId: user.id, organisationId: 'be', role: 'modellierer' })
      const memberships = await ref.store.listMemberships(user.id)
      expect(memberships.map((m) => `${m.organisationId}:${m.role}`)).toEqual([
        'be:modellierer',
        'sn:admin',
        'sn:it_dienstleister',
        'sn:kurator',
        'sn:modellierer',
      ])
      expect(
        await ref.store.revokeRole({ userId: user.id, organisationId: 'sn', role: 'admin' })
      ).toBe(true)
      expect(
        await ref.store.revokeRole({ userId: user.id, organisationId: 'sn', role: 'admin' })
      ).toBe(false)
      expect((await ref.store.listMembers('sn')).map((m) => m.role)).toEqual([
        'it_dienstleister',
        'kurator',
        'modellierer',
      ])
      const unknown = ref.store.grantRole({
        userId: user.id,
        organisationId: 'nrw',
        role: 'kurator',
      })
      expect((await failsWith(unknown, NotFoundError)).entity).toBe('organisation')
    })
  })
}
