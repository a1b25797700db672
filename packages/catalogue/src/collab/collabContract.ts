import { checkPersistenceContract } from '@bauplan/collab'
import { describe, expect, it } from 'vitest'
import { InvalidInputError, NotFoundError } from '../errors'
import type { VersionKey } from '../model/inputs'
import { blockId, failsWith, publish, seedDraft } from '../test/contract/fixtures'
import { useHarness, type OpenHarness } from '../test/contract/harness'
import { CollabDocumentFrozenError, CollabDocumentTooLargeError } from './collabErrors'
import { collabDocumentName } from './collabDocumentName'
import { createCollabPersistence } from './createCollabPersistence'

const bytes = (...values: number[]) => new Uint8Array(values)

/** The collaborative document log on a store adapter: the hub's persistence contract and more. */
export function describeCollabDocuments(open: OpenHarness): void {
  describe('collaborative draft documents', () => {
    const ref = useHarness(open)

    it('keeps the persistence contract of the collaboration hub', async () => {
      const one = await seedDraft(ref.store, 'eins')
      const two = await seedDraft(ref.store, 'zwei')
      const versions: Record<string, VersionKey> = { 'doc-one': one, 'doc-two': two }
      const persistence = createCollabPersistence(ref.store, {
        versionOf: (docName) => versions[docName] ?? { blockId: docName, version: '0.0.0' },
      })
      expect(await checkPersistenceContract(persistence, 'doc')).toEqual([])
    })

    it('names a document <blockId>@<version> and keeps its updates across a restart', async () => {
      const draft = await seedDraft(ref.store)
      const docName = collabDocumentName(draft)
      await createCollabPersistence(ref.store).append(docName, bytes(1, 2))
      await createCollabPersistence(ref.store).append(docName, bytes(3))
      const reopened = await ref.harness.reopen()
      expect(await createCollabPersistence(reopened).load(docName)).toEqual([bytes(1, 2), bytes(3)])
      expect(await reopened.loadCollabUpdates(draft)).toEqual([bytes(1, 2), bytes(3)])
    })

    it('refuses unknown versions and malformed names without writing', async () => {
      const persistence = createCollabPersistence(ref.store)
      const unknown = collabDocumentName({ blockId: blockId('fehlt'), version: '1.0.0' })
      await failsWith(persistence.load(unknown), NotFoundError)
      await failsWith(persistence.append(unknown, bytes(1)), NotFoundError)
      await failsWith(persistence.load('ohne-version'), InvalidInputError)
      const draft = await seedDraft(ref.store)
      await failsWith(persistence.append(collabDocumentName(draft), bytes()), InvalidInputError)
      expect(await persistence.load(collabDocumentName(draft))).toEqual([])
    })

    it('freezes the document once the version leaves entwurf, and it stays readable', async () => {
      const draft = await seedDraft(ref.store)
      const docName = collabDocumentName(draft)
      const persistence = createCollabPersistence(ref.store)
      await persistence.append(docName, bytes(1))
      await publish(ref.store, draft)
      const refused = await failsWith(
        persistence.append(docName, bytes(2)),
        CollabDocumentFrozenError
      )
      expect(refused.problem.message.de).toContain('veroeffentlicht')
      expect(await persistence.load(docName)).toEqual([bytes(1)])
    })

    it('accepts updates again when a submitted draft is sent back to entwurf', async () => {
      const draft = await seedDraft(ref.store)
      const docName = collabDocumentName(draft)
      const persistence = createCollabPersistence(ref.store)
      const change = {
        ...draft,
        expected: 'entwurf',
        next: 'in_pruefung',
        kind: 'eingereicht',
      } as const
      expect((await ref.store.setVersionState(change)).ok).toBe(true)
      await failsWith(persistence.append(docName, bytes(1)), CollabDocumentFrozenError)
      const back = await ref.store.setVersionState({
        ...draft,
        expected: 'in_pruefung',
        next: 'entwurf',
        kind: 'zurueckgewiesen',
        reason: 'Bitte Zuständigkeit ergänzen',
      })
      expect(back.ok).toBe(true)
      await persistence.append(docName, bytes(2))
      expect(await persistence.load(docName)).toEqual([bytes(2)])
    })

    it('removes the document with its deleted draft', async () => {
      const draft = await seedDraft(ref.store)
      const docName = collabDocumentName(draft)
      await createCollabPersistence(ref.store).append(docName, bytes(1))
      expect((await ref.store.deleteDraft(draft)).ok).toBe(true)
      await seedDraft(ref.store)
      expect(await createCollabPersistence(ref.store).load(docName)).toEqual([])
    })

    it('refuses an append beyond the stated maximum size and stores nothing of it', async () => {
      const draft = await seedDraft(ref.store)
      const docName = collabDocumentName(draft)
      const persistence = createCollabPersistence(ref.store, { maxDocumentBytes: 8 })
      await persistence.append(docName, bytes(1, 1, 1, 1, 1))
      const refused = await failsWith(
        persistence.append(docName, bytes(2, 2, 2, 2)),
        CollabDocumentTooLargeError
      )
      expect(refused.problem.message.en).toContain('limit of 8 bytes')
      expect(await persistence.load(docName)).toEqual([bytes(1, 1, 1, 1, 1)])
      // Compaction shrinks the log, and the next update fits again.
      await persistence.compact(docName, bytes(9), 1)
      await persistence.append(docName, bytes(2, 2, 2, 2))
      expect(await persistence.load(docName)).toEqual([bytes(9), bytes(2, 2, 2, 2)])
    })

    it('refuses a compaction of more updates than are stored and changes nothing', async () => {
      const draft = await seedDraft(ref.store)
      const docName = collabDocumentName(draft)
      const persistence = createCollabPersistence(ref.store)
      await persistence.append(docName, bytes(1))
      await persistence.append(docName, bytes(2))
      await failsWith(persistence.compact(docName, bytes(9), 3), InvalidInputError)
      await failsWith(persistence.compact(docName, bytes(9), 0), InvalidInputError)
      expect(await persistence.load(docName)).toEqual([bytes(1), bytes(2)])
    })

    it('lets concurrent writers of one document take turns (several server instances)', async () => {
      const draft = await seedDraft(ref.store)
      const docName = collabDocumentName(draft)
      // PostgreSQL runs these on several pooled connections at once; without the row lock two of
      // them would pick the same sequence number and one would fail.
      const writers = Array.from({ length: 12 }, (_, index) =>
        createCollabPersistence(ref.store).append(docName, bytes(index + 1))
      )
      await Promise.all(writers)
      const stored = await createCollabPersistence(ref.store).load(docName)
      expect(stored.map((update) => update[0]).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
        Array.from({ length: 12 }, (_, index) => index + 1)
      )
    })

    it('rolls an append back with the transaction it ran in', async () => {
      const draft = await seedDraft(ref.store)
      await failsWith(
        ref.store.transaction(async (tx) => {
          await tx.appendCollabUpdate({ ...draft, update: bytes(1), maxDocumentBytes: 100 })
          throw new InvalidInputError('test', { de: 'Abbruch', en: 'abort' })
        }),
        InvalidInputError
      )
      expect(await ref.store.loadCollabUpdates(draft)).toEqual([])
    })
  })
}
