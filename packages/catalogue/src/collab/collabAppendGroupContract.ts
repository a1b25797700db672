import { describe, expect, it } from 'vitest'
import { InvalidInputError, NotFoundError } from '../errors'
import type { VersionKey } from '../model/inputs'
import { blockId, failsWith, publish, seedDraft } from '../test/contract/fixtures'
import { useHarness, type OpenHarness } from '../test/contract/harness'
import { CollabDocumentFrozenError, CollabDocumentTooLargeError } from './collabErrors'
import { collabDocumentName } from './collabDocumentName'
import type { CollabAppendOutcome } from './collabRecords'
import { createCollabPersistence } from './createCollabPersistence'

const bytes = (...values: number[]) => new Uint8Array(values)
const LIMIT = 1_000

function errorOf(outcome: CollabAppendOutcome | undefined): unknown {
  if (outcome === undefined || outcome.ok) throw new Error('expected a refused append')
  return outcome.error
}

/** Group commit of appends (docs/collaboration.md § Durability) on a store adapter. */
export function describeCollabAppendGroups(open: OpenHarness): void {
  describe('collaborative documents: appends written in groups', () => {
    const ref = useHarness(open)

    async function seedDrafts(count: number): Promise<VersionKey[]> {
      const drafts: VersionKey[] = []
      for (let index = 0; index < count; index++) {
        drafts.push(await seedDraft(ref.store, `gruppe-${index}`))
      }
      return drafts
    }

    it('stores many concurrent appends to many documents, each document in order', async () => {
      const drafts = await seedDrafts(8)
      const persistence = createCollabPersistence(ref.store)
      const rounds = 15
      // All started in one turn: they are written in groups, interleaved across documents.
      const appends = Array.from({ length: rounds }, (_, round) =>
        drafts.map((draft, doc) =>
          persistence.append(collabDocumentName(draft), bytes(doc, round + 1))
        )
      )
      const sizes = await Promise.all(appends.map((round) => Promise.all(round)))
      for (const [doc, draft] of drafts.entries()) {
        const expected = Array.from({ length: rounds }, (_, round) => bytes(doc, round + 1))
        expect(await persistence.load(collabDocumentName(draft))).toEqual(expected)
        // Each append reports the log as it stood right after it.
        expect(sizes.map((round) => round[doc]?.storedUpdates)).toEqual(
          Array.from({ length: rounds }, (_, round) => round + 1)
        )
      }
    }, 30_000)

    it('appends a group in one call, in order, and reports each outcome', async () => {
      const [one, two] = await seedDrafts(2)
      if (one === undefined || two === undefined) throw new Error('two drafts expected')
      const outcomes = await ref.store.appendCollabUpdates([
        { ...two, update: bytes(1), maxDocumentBytes: LIMIT },
        { ...one, update: bytes(2), maxDocumentBytes: LIMIT },
        { ...two, update: bytes(3, 3), maxDocumentBytes: LIMIT },
      ])
      expect(outcomes).toEqual([
        { ok: true, result: { seq: 1, storedBytes: 1, storedUpdates: 1 } },
        { ok: true, result: { seq: 1, storedBytes: 1, storedUpdates: 1 } },
        { ok: true, result: { seq: 2, storedBytes: 3, storedUpdates: 2 } },
      ])
      expect(await ref.store.loadCollabUpdates(two)).toEqual([bytes(1), bytes(3, 3)])
      expect(await ref.store.loadCollabUpdates(one)).toEqual([bytes(2)])
      expect(await ref.store.appendCollabUpdates([])).toEqual([])
    })

    it('refuses single appends of a group and stores the others', async () => {
      const [open, frozen, small] = await seedDrafts(3)
      if (open === undefined || frozen === undefined || small === undefined) {
        throw new Error('three drafts expected')
      }
      await publish(ref.store, frozen)
      const unknown = { blockId: blockId('fehlt'), version: '1.0.0' }
      const outcomes = await ref.store.appendCollabUpdates([
        { ...open, update: bytes(1), maxDocumentBytes: LIMIT },
        { ...frozen, update: bytes(2), maxDocumentBytes: LIMIT },
        { ...small, update: bytes(3, 3, 3), maxDocumentBytes: 2 },
        { ...unknown, update: bytes(4), maxDocumentBytes: LIMIT },
        { ...open, update: bytes(), maxDocumentBytes: LIMIT },
        { ...small, update: bytes(5), maxDocumentBytes: 2 },
        { ...open, update: bytes(6), maxDocumentBytes: LIMIT },
      ])
      expect(errorOf(outcomes[1])).toBeInstanceOf(CollabDocumentFrozenError)
      expect(errorOf(outcomes[2])).toBeInstanceOf(CollabDocumentTooLargeError)
      expect(errorOf(outcomes[3])).toBeInstanceOf(NotFoundError)
      expect(errorOf(outcomes[4])).toBeInstanceOf(InvalidInputError)
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(3)
      expect(await ref.store.loadCollabUpdates(open)).toEqual([bytes(1), bytes(6)])
      expect(await ref.store.loadCollabUpdates(frozen)).toEqual([])
      expect(await ref.store.loadCollabUpdates(small)).toEqual([bytes(5)])
    })

    it('rejects only the refused append among concurrent ones through the persistence', async () => {
      const [open, frozen] = await seedDrafts(2)
      if (open === undefined || frozen === undefined) throw new Error('two drafts expected')
      await publish(ref.store, frozen)
      const persistence = createCollabPersistence(ref.store)
      const [before, refused, after] = await Promise.allSettled([
        persistence.append(collabDocumentName(open), bytes(1)),
        persistence.append(collabDocumentName(frozen), bytes(2)),
        persistence.append(collabDocumentName(open), bytes(3)),
      ])
      expect(before).toEqual({ status: 'fulfilled', value: { storedBytes: 1, storedUpdates: 1 } })
      expect(after).toEqual({ status: 'fulfilled', value: { storedBytes: 2, storedUpdates: 2 } })
      expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(
        CollabDocumentFrozenError
      )
      expect(await persistence.load(collabDocumentName(open))).toEqual([bytes(1), bytes(3)])
      expect(await persistence.load(collabDocumentName(frozen))).toEqual([])
    })

    it('rolls a whole group back with the transaction it ran in', async () => {
      const [one, two] = await seedDrafts(2)
      if (one === undefined || two === undefined) throw new Error('two drafts expected')
      await failsWith(
        ref.store.transaction(async (tx) => {
          await tx.appendCollabUpdates([
            { ...one, update: bytes(1), maxDocumentBytes: LIMIT },
            { ...two, update: bytes(2), maxDocumentBytes: LIMIT },
          ])
          throw new InvalidInputError('test', { de: 'Abbruch', en: 'abort' })
        }),
        InvalidInputError
      )
      expect(await ref.store.loadCollabUpdates(one)).toEqual([])
      expect(await ref.store.loadCollabUpdates(two)).toEqual([])
    })
  })
}
