import { describe, expect, it } from 'vitest'
import { InvalidInputError, NotFoundError, UniqueViolationError } from '../../errors'
import { blockId, publish, failsWith, rejection, seedDraft } from './fixtures'
import { useHarness, type OpenHarness } from './harness'

export function describeLinks(open: OpenHarness): void {
  describe('references between versions', () => {
    const ref = useHarness(open)

    it('stores ranges, resolves them to exact versions and lists dependents', async () => {
      const identity = await publish(
        ref.store,
        await seedDraft(ref.store, 'identitaet-pruefen', '1.2.0')
      )
      const fee = await seedDraft(ref.store, 'gebuehr-festsetzen', '1.0.0')
      const gewerbe = await seedDraft(ref.store, 'gewerbe-anmelden', '1.0.0')

      const set = await ref.store.setReferences(gewerbe, [
        { targetBlockId: identity.blockId, range: '^1.0.0' },
        { targetBlockId: fee.blockId, range: '~1.0.0' },
      ])
      expect(set.map((r) => [r.targetBlockId, r.range, r.resolvedVersion])).toEqual([
        [fee.blockId, '~1.0.0', null],
        [identity.blockId, '^1.0.0', null],
      ])
      const resolved = await ref.store.resolveReferences(gewerbe, [
        { targetBlockId: identity.blockId, resolvedVersion: '1.2.0' },
      ])
      expect(resolved.find((r) => r.targetBlockId === identity.blockId)?.resolvedVersion).toBe(
        '1.2.0'
      )
      expect(await ref.store.listReferences(gewerbe)).toEqual(resolved)
      expect(await ref.store.listDependents(identity.blockId)).toEqual([
        {
          blockId: gewerbe.blockId,
          version: '1.0.0',
          targetBlockId: identity.blockId,
          range: '^1.0.0',
          resolvedVersion: '1.2.0',
        },
      ])

      // Replacing the set drops what is no longer listed.
      await ref.store.setReferences(gewerbe, [{ targetBlockId: fee.blockId, range: '^1.0.0' }])
      expect(await ref.store.listDependents(identity.blockId)).toEqual([])
    })

    it('refuses duplicate targets, unknown resolved versions and unknown references', async () => {
      const gewerbe = await seedDraft(ref.store, 'gewerbe-anmelden')
      const target = blockId('identitaet-pruefen')
      const twice = ref.store.setReferences(gewerbe, [
        { targetBlockId: target, range: '^1.0.0' },
        { targetBlockId: target, range: '^2.0.0' },
      ])
      expect(await rejection(twice)).toBeInstanceOf(InvalidInputError)
      await ref.store.setReferences(gewerbe, [{ targetBlockId: target, range: '^1.0.0' }])
      const missingVersion = ref.store.resolveReferences(gewerbe, [
        { targetBlockId: target, resolvedVersion: '1.0.0' },
      ])
      expect((await failsWith(missingVersion, NotFoundError)).entity).toBe('version')
      const other = await seedDraft(ref.store, 'other')
      const notReferenced = ref.store.resolveReferences(gewerbe, [
        { targetBlockId: other.blockId, resolvedVersion: '1.0.0' },
      ])
      expect((await failsWith(notReferenced, NotFoundError)).entity).toBe('reference')
    })
  })

  describe('relations and variants', () => {
    const ref = useHarness(open)

    it('records a variant derived (ABL) from origin id@version and finds it from both sides', async () => {
      const origin = await publish(ref.store, await seedDraft(ref.store, 'hundesteuer'))
      const variant = await seedDraft(ref.store, 'hundesteuer-leipzig')
      const relation = await ref.store.addRelation({
        blockId: variant.blockId,
        predicate: 'ABL',
        targetBlockId: origin.blockId,
        targetVersion: '1.0.0',
      })
      expect(relation).toEqual({
        blockId: variant.blockId,
        predicate: 'ABL',
        targetBlockId: origin.blockId,
        targetVersion: '1.0.0',
        createdAt: ref.clock.iso(),
      })
      expect(await ref.store.listRelations(variant.blockId)).toEqual([relation])
      expect(await ref.store.listRelationsTo(origin.blockId, 'ABL')).toEqual([relation])
      expect(await ref.store.listRelationsTo(origin.blockId, 'ERS')).toEqual([])
    })

    it('allows one origin per variant and no relation to itself or to unknown versions', async () => {
      const a = await seedDraft(ref.store, 'a')
      const b = await seedDraft(ref.store, 'b')
      const c = await seedDraft(ref.store, 'c')
      await ref.store.addRelation({
        blockId: c.blockId,
        predicate: 'ABL',
        targetBlockId: a.blockId,
      })
      const secondOrigin = ref.store.addRelation({
        blockId: c.blockId,
        predicate: 'ABL',
        targetBlockId: b.blockId,
      })
      expect((await failsWith(secondOrigin, UniqueViolationError)).entity).toBe('relation')
      // Other predicates are not limited.
      await ref.store.addRelation({
        blockId: c.blockId,
        predicate: 'EQU',
        targetBlockId: b.blockId,
      })
      const self = ref.store.addRelation({
        blockId: a.blockId,
        predicate: 'EQU',
        targetBlockId: a.blockId,
      })
      expect(await rejection(self)).toBeInstanceOf(InvalidInputError)
      const unknown = ref.store.addRelation({
        blockId: a.blockId,
        predicate: 'ERS',
        targetBlockId: b.blockId,
        targetVersion: '9.9.9',
      })
      expect((await failsWith(unknown, NotFoundError)).entity).toBe('version')
    })
  })
}
