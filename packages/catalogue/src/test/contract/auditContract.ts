import { describe, expect, it } from 'vitest'
import { InvalidInputError, NotFoundError } from '../../errors'
import { rejection, seedDraft } from './fixtures'
import { useHarness, type OpenHarness } from './harness'

export function describeAuditAndMeta(open: OpenHarness): void {
  describe('audit log', () => {
    const ref = useHarness(open)

    it('keeps entries in append order, per block and overall, in cursor pages', async () => {
      const a = await seedDraft(ref.store, 'a')
      const b = await seedDraft(ref.store, 'b')
      const actor = await ref.store.createUser({ displayName: 'Anna' })
      const actions = ['a.1', 'b.1', 'a.2', 'a.3', 'b.2']
      for (const action of actions) {
        ref.clock.advance(1000)
        await ref.store.appendAudit({
          actorId: actor.id,
          action,
          blockId: action.startsWith('a') ? a.blockId : b.blockId,
          version: '1.0.0',
          details: { step: action, nested: { ok: true } },
        })
      }
      const oldestFirst = await ref.store.listAudit({ order: 'asc' })
      expect(oldestFirst.items.map((e) => e.action)).toEqual(actions)
      expect(oldestFirst.nextCursor).toBeNull()
      const ids = oldestFirst.items.map((e) => e.id)
      expect([...ids].sort((x, y) => x - y)).toEqual(ids)
      expect(oldestFirst.items[0]).toMatchObject({
        actorId: actor.id,
        blockId: a.blockId,
        version: '1.0.0',
        details: { step: 'a.1', nested: { ok: true } },
      })

      const first = await ref.store.listAudit({ blockId: a.blockId, limit: 2 })
      expect(first.items.map((e) => e.action)).toEqual(['a.3', 'a.2'])
      expect(first.nextCursor).not.toBeNull()
      const second = await ref.store.listAudit({
        blockId: a.blockId,
        limit: 2,
        cursor: first.nextCursor!,
      })
      expect(second.items.map((e) => e.action)).toEqual(['a.1'])
      expect(second.nextCursor).toBeNull()
    })

    it('is append-only in the database', async () => {
      await ref.store.appendAudit({ action: 'admin.bootstrap' })
      const update = await rejection(ref.harness.rawExecute("UPDATE audit_log SET action = 'x'"))
      expect(String((update as Error).message)).toContain('bauplan.append_only')
      const remove = await rejection(ref.harness.rawExecute('DELETE FROM audit_log'))
      expect(String((remove as Error).message)).toContain('bauplan.append_only')
      expect((await ref.store.listAudit()).items).toHaveLength(1)
    })

    it('checks actors, blocks and cursors', async () => {
      expect(
        await rejection(ref.store.appendAudit({ action: 'x', actorId: 'ghost' }))
      ).toBeInstanceOf(NotFoundError)
      expect(
        await rejection(
          ref.store.appendAudit({ action: 'x', blockId: 'urn:bauplan:baustein:sn:nope' })
        )
      ).toBeInstanceOf(NotFoundError)
      expect(await rejection(ref.store.listAudit({ cursor: 'not-a-cursor' }))).toBeInstanceOf(
        InvalidInputError
      )
      expect(await rejection(ref.store.listAudit({ limit: 101 }))).toBeInstanceOf(InvalidInputError)
    })
  })

  describe('meta', () => {
    const ref = useHarness(open)

    it('stores and overwrites values by key', async () => {
      expect(await ref.store.getMeta('seeded-from-models')).toBeNull()
      await ref.store.setMeta('seeded-from-models', '2026-03-02T09:00:00.000Z')
      await ref.store.setMeta('admin-bootstrap', 'done')
      await ref.store.setMeta('seeded-from-models', '2026-03-03T09:00:00.000Z')
      expect(await ref.store.getMeta('seeded-from-models')).toBe('2026-03-03T09:00:00.000Z')
      expect(await ref.store.getMeta('admin-bootstrap')).toBe('done')
    })
  })
}
