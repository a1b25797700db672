import { describe, expect, it } from 'vitest'
import { NotFoundError, ReferenceViolationError } from '../../errors'
import { blockId, publish, rejection, seedDraft } from './fixtures'
import { useHarness, type OpenHarness } from './harness'

export function describeDraftDeletion(open: OpenHarness): void {
  describe('deleting drafts', () => {
    const ref = useHarness(open)

    it('removes the draft with files, references and search entry, keeping its review history', async () => {
      const draft = await seedDraft(ref.store, 'identitaet-pruefen', '1.0.0', {
        name: 'Ausweis lesen',
      })
      await ref.store.setReferences(draft, [{ targetBlockId: blockId('other'), range: '^1.0.0' }])
      await ref.store.setVersionState({
        ...draft,
        expected: 'entwurf',
        next: 'in_pruefung',
        kind: 'eingereicht',
      })
      await ref.store.setVersionState({
        ...draft,
        expected: 'in_pruefung',
        next: 'entwurf',
        kind: 'zurueckgewiesen',
        reason: 'Nummer falsch',
      })
      const current = await ref.store.getVersion(draft)
      const removed = await ref.store.deleteDraft({ ...draft, expectedRevision: 1 })
      expect(removed).toEqual({ ok: true, value: current })
      expect(await ref.store.getVersion(draft)).toBeNull()
      expect(await ref.store.listFiles(draft)).toEqual([])
      expect(await ref.store.listReferences(draft)).toEqual([])
      expect((await ref.store.search({ text: 'Ausweis', states: ['entwurf'] })).total).toBe(0)
      expect(await ref.store.listReviewEvents(draft)).toHaveLength(2)
      // The number is free again, e.g. for renumbering.
      await seedDraft(ref.store, 'identitaet-pruefen', '1.0.0')
      expect((await ref.store.search({ text: 'Identität', states: ['entwurf'] })).total).toBe(1)
    })

    it('refuses published versions, stale revisions and unknown versions', async () => {
      const published = await publish(ref.store, await seedDraft(ref.store, 'a'))
      expect(await ref.store.deleteDraft(published)).toEqual({
        ok: false,
        conflict: { kind: 'state', expected: 'entwurf', actual: 'veroeffentlicht' },
      })
      const draft = await seedDraft(ref.store, 'b')
      await ref.store.updateDraft({ ...draft, metadata: { name: 'neu' } })
      expect(await ref.store.deleteDraft({ ...draft, expectedRevision: 1 })).toEqual({
        ok: false,
        conflict: { kind: 'revision', expected: 1, actual: 2 },
      })
      expect(await ref.store.getVersion(draft)).not.toBeNull()
      const unknown = ref.store.deleteDraft({ blockId: blockId('b'), version: '9.0.0' })
      expect(await rejection(unknown)).toBeInstanceOf(NotFoundError)
    })

    it('refuses, and changes nothing, while another version’s reference resolves to it', async () => {
      const target = await seedDraft(ref.store, 'target')
      const user = await seedDraft(ref.store, 'user')
      await ref.store.setReferences(user, [{ targetBlockId: target.blockId, range: '^1.0.0' }])
      await ref.store.resolveReferences(user, [
        { targetBlockId: target.blockId, resolvedVersion: '1.0.0' },
      ])
      expect(await rejection(ref.store.deleteDraft(target))).toBeInstanceOf(ReferenceViolationError)
      expect(await ref.store.listFiles(target)).toHaveLength(2)
      expect((await ref.store.search({ states: ['entwurf'], text: 'Identität' })).total).toBe(2)
    })
  })
}
