import { describe, expect, it } from 'vitest'
import { ImmutableVersionError } from '../../errors'
import { blockId, publish, rejection, seedDraft } from './fixtures'
import { useHarness, type OpenHarness } from './harness'

const ID = blockId('identitaet-pruefen')
const WHERE = `WHERE block_id = '${ID}' AND version = '1.0.0'`

export function describeImmutability(open: OpenHarness): void {
  describe('published versions are immutable, enforced by the database itself', () => {
    const ref = useHarness(open)

    async function published() {
      const draft = await seedDraft(ref.store)
      await ref.store.setReferences(draft, [{ targetBlockId: blockId('other'), range: '^1.0.0' }])
      return publish(ref.store, draft)
    }

    async function rawRefusal(sql: string): Promise<string> {
      const error = await rejection(ref.harness.rawExecute(sql))
      return error instanceof Error ? error.message : String(error)
    }

    it('refuses raw SQL that changes content, files or references, or deletes the version', async () => {
      await published()
      expect(await rawRefusal(`UPDATE block_versions SET metadata = '{}' ${WHERE}`)).toContain(
        'bauplan.version_immutable'
      )
      expect(await rawRefusal(`UPDATE block_versions SET content_hash = NULL ${WHERE}`)).toContain(
        'bauplan.version_immutable'
      )
      expect(await rawRefusal(`UPDATE block_versions SET state = 'entwurf' ${WHERE}`)).toContain(
        'bauplan.version_immutable'
      )
      expect(await rawRefusal(`DELETE FROM version_files ${WHERE}`)).toContain(
        'bauplan.version_immutable'
      )
      expect(
        await rawRefusal(`UPDATE version_files SET media_type = 'text/plain' ${WHERE}`)
      ).toContain('bauplan.version_immutable')
      expect(await rawRefusal(`DELETE FROM version_references ${WHERE}`)).toContain(
        'bauplan.version_immutable'
      )
      expect(await rawRefusal(`DELETE FROM block_versions ${WHERE}`)).toContain(
        'bauplan.version_immutable'
      )
      expect(await ref.store.verifyContent({ blockId: ID, version: '1.0.0' })).toMatchObject({
        ok: true,
      })
    })

    it('still lets the state move between veroeffentlicht and abgekuendigt', async () => {
      await published()
      await ref.harness.rawExecute(`UPDATE block_versions SET state = 'abgekuendigt' ${WHERE}`)
      expect((await ref.store.getVersion({ blockId: ID, version: '1.0.0' }))?.state).toBe(
        'abgekuendigt'
      )
    })

    it('turns the refusal into a typed error when the store is asked to break it', async () => {
      const version = await published()
      const back = await rejection(
        ref.store.setVersionState({
          ...version,
          expected: 'veroeffentlicht',
          next: 'entwurf',
          kind: 'zurueckgezogen',
        })
      )
      expect(back).toBeInstanceOf(ImmutableVersionError)
      expect((back as ImmutableVersionError).problem.code).toBe('catalogue.versionImmutable')
      expect((back as ImmutableVersionError).problem.message.de).toContain(`${ID}@1.0.0`)
      expect(await rejection(ref.store.setReferences(version, []))).toBeInstanceOf(
        ImmutableVersionError
      )
      // The draft-only update reports the state instead of writing.
      expect(await ref.store.updateDraft({ ...version, metadata: {} })).toEqual({
        ok: false,
        conflict: { kind: 'state', expected: 'entwurf', actual: 'veroeffentlicht' },
      })
      expect((await ref.store.getVersion(version))?.metadata.name).toBe('Identität prüfen')
    })

    it('verifyContent notices bytes changed behind the triggers’ back', async () => {
      await published()
      // Simulate damage the triggers cannot see (e.g. a restored backup): drop the guard, then edit.
      await ref.harness.rawExecute(
        ref.harness.dialect === 'sqlite'
          ? 'DROP TRIGGER version_files_published_update'
          : 'DROP TRIGGER version_files_published_frozen ON version_files'
      )
      await ref.harness.rawExecute(
        `UPDATE version_files SET bytes = ${ref.harness.dialect === 'sqlite' ? "X'00'" : "'\\x00'::bytea"}, size = 1 ${WHERE} AND name = 'prozess.bpmn'`
      )
      const check = await ref.store.verifyContent({ blockId: ID, version: '1.0.0' })
      expect(check.ok).toBe(false)
      expect(check.computedHash).not.toBe(check.storedHash)
    })
  })
}
