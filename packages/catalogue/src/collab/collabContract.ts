import {
  checkPersistenceContract,
  DocumentHub,
  InProcessRelayBus,
  type InProcessRelay,
} from '@bauplan/collab'
import { describe, expect, it } from 'vitest'
import { InvalidInputError, NotFoundError } from '../errors'
import type { VersionKey } from '../model/inputs'
import { blockId, failsWith, publish, seedDraft } from '../test/contract/fixtures'
import { useHarness, type OpenHarness } from '../test/contract/harness'
import { describeCollabAppendGroups } from './collabAppendGroupContract'
import { CollabDocumentFrozenError, CollabDocumentTooLargeError } from './collabErrors'
import { collabDocumentName } from './collabDocumentName'
import { createCollabPersistence } from './createCollabPersistence'
import { importYjs } from './crash/collabYjs'

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
      await persistence.compact(docName, () => bytes(9))
      await persistence.append(docName, bytes(2, 2, 2, 2))
      expect(await persistence.load(docName)).toEqual([bytes(9), bytes(2, 2, 2, 2)])
    })

    it('refuses an empty merge and changes nothing; an empty log is not merged', async () => {
      const draft = await seedDraft(ref.store)
      const docName = collabDocumentName(draft)
      const persistence = createCollabPersistence(ref.store)
      const neverCalled = () => {
        throw new Error('merge of an empty log')
      }
      expect(await persistence.compact(docName, neverCalled)).toEqual({
        storedBytes: 0,
        storedUpdates: 0,
      })
      await persistence.append(docName, bytes(1))
      await persistence.append(docName, bytes(2))
      const refused = await failsWith(
        persistence.compact(docName, () => bytes()),
        InvalidInputError
      )
      expect(refused.problem.pointer).toBe('/state')
      expect(await persistence.load(docName)).toEqual([bytes(1), bytes(2)])
    })

    it('compacts exactly the updates stored when it runs, while other writers append (several instances)', async () => {
      const draft = await seedDraft(ref.store)
      const docName = collabDocumentName(draft)
      await createCollabPersistence(ref.store).append(docName, bytes(100))
      const merged: number[][] = []
      // Each merged state is one byte naming the merge, so the test can tell what it replaced.
      const compaction = () =>
        createCollabPersistence(ref.store).compact(docName, (updates) => {
          merged.push(updates.map((update) => update[0] ?? 0))
          return bytes(200 + merged.length)
        })
      // On PostgreSQL these run on several pooled connections at once.
      await Promise.all([
        ...Array.from({ length: 12 }, (_, index) =>
          createCollabPersistence(ref.store).append(docName, bytes(index + 1))
        ),
        compaction(),
        compaction(),
        compaction(),
      ])
      // Every appended update is either still in the log or in a merge that is.
      const expand = (value: number): number[] =>
        value > 200 ? (merged[value - 201] ?? []).flatMap(expand) : [value]
      const stored = (await createCollabPersistence(ref.store).load(docName)).flatMap((update) =>
        expand(update[0] ?? 0)
      )
      expect(stored.sort((a, b) => a - b)).toEqual([
        ...Array.from({ length: 12 }, (_, index) => index + 1),
        100,
      ])
      // Many transactions on two cores shared with other suites: more than the default 5 s.
    }, 30_000)

    it('merges outside its transaction: appends during the merge stay behind it, an overtaken compaction changes nothing', async () => {
      const draft = await seedDraft(ref.store)
      const docName = collabDocumentName(draft)
      const persistence = createCollabPersistence(ref.store)
      await persistence.append(docName, bytes(1))
      await persistence.append(docName, bytes(2, 2))
      // The merge waits (a worker thread) while another instance appends: no lock is held.
      const compacted = await persistence.compact(docName, async (updates) => {
        expect(updates).toEqual([bytes(1), bytes(2, 2)])
        await createCollabPersistence(ref.store).append(docName, bytes(3, 3, 3))
        return bytes(9)
      })
      expect(compacted).toEqual({ storedBytes: 4, storedUpdates: 2 })
      expect(await persistence.load(docName)).toEqual([bytes(9), bytes(3, 3, 3)])
      // Another instance compacts the same rows while this merge runs: this one changes nothing.
      const overtaken = await persistence.compact(docName, async () => {
        await createCollabPersistence(ref.store).compact(docName, () => bytes(8, 8))
        await createCollabPersistence(ref.store).append(docName, bytes(4))
        return bytes(7)
      })
      expect(overtaken).toEqual({ storedBytes: 3, storedUpdates: 2 })
      expect(await persistence.load(docName)).toEqual([bytes(8, 8), bytes(4)])
      // The totals kept step: the next append gets the next seq and the exact size.
      expect(
        await ref.store.appendCollabUpdate({ ...draft, update: bytes(5), maxDocumentBytes: 100 })
      ).toEqual({
        seq: 5,
        storedBytes: 4,
        storedUpdates: 3,
      })
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

    it('two hubs on one log lose nothing when one compacts updates it has not seen (several instances)', async () => {
      const draft = await seedDraft(ref.store)
      const docName = collabDocumentName(draft)
      const Y = await importYjs()
      const bus = new InProcessRelayBus()
      const instance = (relay: InProcessRelay) => {
        const hub = new DocumentHub({
          persistence: createCollabPersistence(ref.store),
          relay,
          limits: { compactAfterUpdates: 3 },
          onError: () => undefined,
        })
        return { hub, relay }
      }
      const a = instance(bus.relay('a'))
      const b = instance(bus.relay('b'))
      // A reader on each keeps the document loaded, so each hub works from its own copy.
      const idle = { send: () => undefined, close: () => undefined }
      await a.hub.connect(docName, idle, { readOnly: true })
      await b.hub.connect(docName, idle, { readOnly: true })
      // A hears nothing from B: A's copy lacks B's updates whenever A compacts.
      a.relay.interrupt()
      const edit = (name: string) => {
        const doc = new Y.Doc()
        doc.getMap('edits').set(name, 1)
        return Y.encodeStateAsUpdate(doc)
      }
      for (let round = 0; round < 8; round++) {
        await Promise.all([
          a.hub.applyServerUpdate(docName, edit(`a${round}`)),
          b.hub.applyServerUpdate(docName, edit(`b${round}`)),
        ])
      }
      const log = await createCollabPersistence(ref.store).load(docName)
      // Compacted on the way, and still every edit of both is there.
      expect(log.length).toBeLessThan(16)
      const stored = new Y.Doc()
      for (const update of log) Y.applyUpdate(stored, update)
      const edits = stored.getMap('edits')
      expect(edits.size).toBe(16)
      for (let round = 0; round < 8; round++) {
        expect(edits.has(`a${round}`) && edits.has(`b${round}`)).toBe(true)
      }
      // Many transactions on two cores shared with other suites: more than the default 5 s.
    }, 30_000)

    it('reports the log size after each append and compaction', async () => {
      const draft = await seedDraft(ref.store)
      const docName = collabDocumentName(draft)
      const persistence = createCollabPersistence(ref.store)
      expect(await persistence.append(docName, bytes(1, 1))).toEqual({
        storedBytes: 2,
        storedUpdates: 1,
      })
      // Another writer's update is in the next figure too.
      await createCollabPersistence(ref.store).append(docName, bytes(2, 2, 2))
      expect(await persistence.append(docName, bytes(3))).toEqual({
        storedBytes: 6,
        storedUpdates: 3,
      })
      expect(await persistence.compact(docName, () => bytes(9, 9))).toEqual({
        storedBytes: 2,
        storedUpdates: 1,
      })
    })

    it('reports the log totals without reading the log; a compaction keeps the last seq', async () => {
      const draft = await seedDraft(ref.store)
      const empty = { lastSeq: 0, storedBytes: 0, storedUpdates: 0 }
      expect(await ref.store.collabLogTotals(draft)).toEqual(empty)
      const persistence = createCollabPersistence(ref.store)
      await persistence.append(collabDocumentName(draft), bytes(1, 1))
      await persistence.append(collabDocumentName(draft), bytes(2, 2, 2))
      expect(await ref.store.collabLogTotals(draft)).toEqual({
        lastSeq: 2,
        storedBytes: 5,
        storedUpdates: 2,
      })
      await persistence.compact(collabDocumentName(draft), () => bytes(9))
      expect(await ref.store.collabLogTotals(draft)).toEqual({
        lastSeq: 2,
        storedBytes: 1,
        storedUpdates: 1,
      })
      await persistence.append(collabDocumentName(draft), bytes(3))
      expect((await ref.store.collabLogTotals(draft)).lastSeq).toBe(3)
      await failsWith(
        ref.store.collabLogTotals({ blockId: blockId('fehlt'), version: '1.0.0' }),
        NotFoundError
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
  describeCollabAppendGroups(open)
}
