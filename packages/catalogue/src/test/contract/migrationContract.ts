import { describe, expect, it } from 'vitest'
import { MigrationError } from '../../errors'
import { seedDraft } from './fixtures'
import { useHarness, type OpenHarness } from './harness'

export function describeMigrations(open: OpenHarness): void {
  describe('migrations', () => {
    const ref = useHarness(open)

    it('are recorded once and not applied again when the store reopens', async () => {
      const first = await ref.store.listAppliedMigrations()
      // Every migration file of the dialect, in order (later ones are added by other features).
      expect(first.map((m) => m.version)).toEqual(first.map((_, index) => index + 1))
      expect(first.slice(0, 3).map((m) => [m.version, m.name])).toEqual([
        [1, 'initial'],
        [2, 'search_indexes'],
        [3, 'published_heads'],
      ])
      expect(first[0]?.checksum).toMatch(/^[0-9a-f]{64}$/)
      await seedDraft(ref.store)

      const reopened = await ref.harness.reopen()
      expect(await reopened.listAppliedMigrations()).toEqual(first)
      // The data written before the restart is still there.
      expect(await reopened.getBlock('urn:bauplan:baustein:sn:identitaet-pruefen')).not.toBeNull()
      await ref.harness.reopen()
      expect(await ref.store.listAppliedMigrations()).toEqual(first)
    })

    it('refuse to open a database whose applied migration was changed afterwards', async () => {
      await ref.harness.rawExecute(
        "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1"
      )
      const error = await ref.harness.reopen().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(MigrationError)
      expect((error as MigrationError).problem.message.en).toContain('changed after it was applied')
    })

    it('refuse to open a database migrated by a newer program', async () => {
      await ref.harness.rawExecute(
        "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (999, 'future', 'x', '2030-01-01T00:00:00.000Z')"
      )
      const error = await ref.harness.reopen().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(MigrationError)
      expect((error as MigrationError).problem.message.de).toContain('999')
    })
  })
}
