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
      expect(errorOf(outcomes[1])).toMatchObject({ state: 'veroeffentlicht' })
      expect(errorOf(outcomes[2])).toBeInstanceOf(CollabDocumentTooLargeError)
      expect(errorOf(outcomes[2])).toMatchObject({
        storedBytes: 0,
        updateBytes: 3,
        maxDocumentBytes: 2,
      })
      expect(errorOf(outcomes[3])).toBeInstanceOf(NotFoundError)
      expect(errorOf(outcomes[4])).toBeInstanceOf(InvalidInputError)
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(3)
      expect(outcomes[5]).toEqual({
        ok: true,
        result: { seq: 1, storedBytes: 1, storedUpdates: 1 },
      })
      expect(outcomes[6]).toEqual({
        ok: true,
        result: { seq: 2, storedBytes: 2, storedUpdates: 2 },
      })
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

    it('stores two groups that share documents and run at once (two instances) without gaps', async () => {
      const drafts = await seedDrafts(6)
      // Each group touches every document, in a different order: on PostgreSQL they run on two
      // pooled connections and lock the same rows; the second must see the first's totals.
      const group = (first: number, reversed: boolean) =>
        (reversed ? [...drafts].reverse() : drafts).flatMap((draft) => [
          { ...draft, update: bytes(first), maxDocumentBytes: LIMIT },
          { ...draft, update: bytes(first + 1, first + 1), maxDocumentBytes: LIMIT },
        ])
      const results = await Promise.all(
        Array.from({ length: 4 }, (_, index) =>
          ref.store.appendCollabUpdates(group(10 * (index + 1), index % 2 === 1))
        )
      )
      expect(results.flat().every((outcome) => outcome.ok)).toBe(true)
      for (const draft of drafts) {
        const log = await ref.store.loadCollabUpdates(draft)
        expect(log).toHaveLength(8)
        // Each group's two updates of a document stay together and in order.
        expect(log.map((update) => update[0])).toEqual(
          expect.arrayContaining([10, 11, 20, 21, 30, 31, 40, 41])
        )
        const next = await ref.store.appendCollabUpdate({
          ...draft,
          update: bytes(1),
          maxDocumentBytes: LIMIT,
        })
        expect(next).toEqual({ seq: 9, storedBytes: 13, storedUpdates: 9 })
      }
    }, 30_000)

    it('writes each append alone when the group fails in the database, so only the bad one fails', async () => {
      const [one, two] = await seedDrafts(2)
      if (one === undefined || two === undefined) throw new Error('two drafts expected')
      await ref.store.appendCollabUpdate({ ...two, update: bytes(1), maxDocumentBytes: LIMIT })
      // A row written behind the totals' back (as by a writer that ignores migration 008): the
      // next sequence number of `two` is taken, so its insert violates the primary key.
      const blob = ref.harness.dialect === 'postgres' ? "'\\x07'::bytea" : "x'07'"
      await ref.harness.rawExecute(
        `INSERT INTO collab_updates (block_id, version, seq, bytes, created_at)
         VALUES ('${two.blockId}', '${two.version}', 2, ${blob}, '2026-03-02T09:00:00.000Z')`
      )
      const outcomes = await ref.store.appendCollabUpdates([
        { ...one, update: bytes(1), maxDocumentBytes: LIMIT },
        { ...two, update: bytes(2), maxDocumentBytes: LIMIT },
        { ...one, update: bytes(3), maxDocumentBytes: LIMIT },
      ])
      expect(outcomes[0]).toEqual({
        ok: true,
        result: { seq: 1, storedBytes: 1, storedUpdates: 1 },
      })
      expect(outcomes[1]?.ok).toBe(false)
      expect(outcomes[2]).toEqual({
        ok: true,
        result: { seq: 2, storedBytes: 2, storedUpdates: 2 },
      })
      expect(await ref.store.loadCollabUpdates(one)).toEqual([bytes(1), bytes(3)])
      expect(await ref.store.loadCollabUpdates(two)).toEqual([bytes(1), bytes(7)])
    })

    it('fills the log totals from the stored logs when migration 008 runs', async () => {
      const [plain, compacted, empty] = await seedDrafts(3)
      if (plain === undefined || compacted === undefined || empty === undefined) {
        throw new Error('three drafts expected')
      }
      await ref.store.appendCollabUpdates([
        { ...plain, update: bytes(1, 1), maxDocumentBytes: LIMIT },
        { ...compacted, update: bytes(2), maxDocumentBytes: LIMIT },
        { ...plain, update: bytes(3, 3, 3), maxDocumentBytes: LIMIT },
        { ...compacted, update: bytes(4), maxDocumentBytes: LIMIT },
      ])
      await ref.store.compactCollabUpdates({ ...compacted, merge: () => bytes(5, 5, 5, 5) })
      await ref.store.appendCollabUpdate({
        ...compacted,
        update: bytes(6),
        maxDocumentBytes: LIMIT,
      })
      // As a database written before 008: no totals, the migration still to run.
      await ref.harness.rawExecute('DROP TABLE collab_documents')
      await ref.harness.rawExecute('DELETE FROM schema_migrations WHERE version = 8')
      const store = await ref.harness.reopen()
      const next = (key: VersionKey) =>
        store.appendCollabUpdate({ ...key, update: bytes(9), maxDocumentBytes: LIMIT })
      expect(await next(plain)).toEqual({ seq: 3, storedBytes: 6, storedUpdates: 3 })
      expect(await next(compacted)).toEqual({ seq: 4, storedBytes: 6, storedUpdates: 3 })
      expect(await next(empty)).toEqual({ seq: 1, storedBytes: 1, storedUpdates: 1 })
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
