import { describe, expect, it } from 'vitest'
import { InvalidInputError, NotFoundError } from '../../errors'
import { failsWith, rejection } from './fixtures'
import { useHarness, type OpenHarness } from './harness'

const LEVELS_1 = { 'bauplan/task-verb-object': 'error', 'bauplan/no-implicit-join': 'off' }
const LEVELS_2 = { 'bauplan/task-verb-object': 'warning', 'bauplan/no-implicit-join': 'error' }

export function describeLintConfig(open: OpenHarness): void {
  describe('rule configuration revisions', () => {
    const ref = useHarness(open)

    it('has none before the first change', async () => {
      expect(await ref.store.getCurrentLintConfig()).toBeNull()
      expect(await ref.store.listLintConfigRevisions()).toEqual([])
    })

    it('numbers revisions 1, 2, … and makes the highest the current one', async () => {
      const curator = await ref.store.createUser({ displayName: 'Karla Kurator' })
      const first = await ref.store.appendLintConfigRevision({
        basedOnRevision: 0,
        rules: LEVELS_1,
        changedBy: curator.id,
        comment: '  Objekt + Verb verbindlich  ',
      })
      expect(first).toEqual({
        ok: true,
        value: {
          revision: 1,
          rules: LEVELS_1,
          changedBy: curator.id,
          changedAt: ref.clock.iso(),
          comment: 'Objekt + Verb verbindlich',
        },
      })
      ref.clock.advance(60_000)
      const second = await ref.store.appendLintConfigRevision({
        basedOnRevision: 1,
        rules: LEVELS_2,
        changedBy: null,
        comment: '   ',
      })
      expect(second.ok && second.value).toMatchObject({
        revision: 2,
        comment: null,
        changedBy: null,
      })
      expect(await ref.store.getCurrentLintConfig()).toEqual(second.ok ? second.value : null)
      const history = await ref.store.listLintConfigRevisions()
      expect(history.map((r) => [r.revision, r.rules])).toEqual([
        [2, LEVELS_2],
        [1, LEVELS_1],
      ])
      // The same after a restart: the revisions are in the database, not in memory.
      const reopened = await ref.harness.reopen()
      expect(await reopened.listLintConfigRevisions()).toEqual(history)
    })

    it('writes nothing on a stale revision and names the current one', async () => {
      await ref.store.appendLintConfigRevision({
        basedOnRevision: 0,
        rules: LEVELS_1,
        changedBy: null,
      })
      const stale = await ref.store.appendLintConfigRevision({
        basedOnRevision: 0,
        rules: LEVELS_2,
        changedBy: null,
      })
      expect(stale).toEqual({ ok: false, conflict: { expected: 0, actual: 1 } })
      const ahead = await ref.store.appendLintConfigRevision({
        basedOnRevision: 5,
        rules: LEVELS_2,
        changedBy: null,
      })
      expect(ahead).toEqual({ ok: false, conflict: { expected: 5, actual: 1 } })
      expect((await ref.store.listLintConfigRevisions()).map((r) => r.rules)).toEqual([LEVELS_1])
    })

    it('lets exactly one of two changes on the same revision through', async () => {
      const [a, b] = await Promise.all([
        ref.store.appendLintConfigRevision({
          basedOnRevision: 0,
          rules: LEVELS_1,
          changedBy: null,
        }),
        ref.store.appendLintConfigRevision({
          basedOnRevision: 0,
          rules: LEVELS_2,
          changedBy: null,
        }),
      ])
      expect([a.ok, b.ok].sort()).toEqual([false, true])
      expect(await ref.store.listLintConfigRevisions()).toHaveLength(1)
    })

    it('refuses unknown users, non-objects, bad revision numbers and overlong comments', async () => {
      await failsWith(
        ref.store.appendLintConfigRevision({ basedOnRevision: 0, rules: {}, changedBy: 'ghost' }),
        NotFoundError
      )
      await failsWith(
        ref.store.appendLintConfigRevision({
          basedOnRevision: 0,
          rules: [] as unknown as Record<string, never>,
          changedBy: null,
        }),
        InvalidInputError
      )
      await failsWith(
        ref.store.appendLintConfigRevision({ basedOnRevision: -1, rules: {}, changedBy: null }),
        InvalidInputError
      )
      await failsWith(
        ref.store.appendLintConfigRevision({
          basedOnRevision: 0,
          rules: {},
          changedBy: null,
          comment: 'x'.repeat(2001),
        }),
        InvalidInputError
      )
      expect(await ref.store.listLintConfigRevisions()).toEqual([])
    })

    it('keeps revisions append-only in the database', async () => {
      await ref.store.appendLintConfigRevision({
        basedOnRevision: 0,
        rules: LEVELS_1,
        changedBy: null,
      })
      const update = await rejection(
        ref.harness.rawExecute("UPDATE lint_config_revisions SET comment = 'x'")
      )
      expect(String((update as Error).message)).toContain('bauplan.append_only')
      const remove = await rejection(ref.harness.rawExecute('DELETE FROM lint_config_revisions'))
      expect(String((remove as Error).message)).toContain('bauplan.append_only')
      expect(await ref.store.listLintConfigRevisions()).toHaveLength(1)
    })
  })
}
