import { describe, expect, it } from 'vitest'
import { computeContentHash, sha256Hex } from '../../contentHash'
import { InvalidInputError, NotFoundError, UniqueViolationError } from '../../errors'
import { REVIEW_EVENT_KINDS } from '../../model/vocabulary'
import {
  blockId,
  bytes,
  files,
  metadata,
  publish,
  failsWith,
  rejection,
  seedDraft,
  seedOrganisation,
  SN,
  text,
} from './fixtures'
import { useHarness, type OpenHarness } from './harness'

export function describeVersions(open: OpenHarness): void {
  describe('blocks and drafts', () => {
    const ref = useHarness(open)

    it('creates a block and a draft with its files, hashed by the store', async () => {
      await seedOrganisation(ref.store)
      const id = blockId('identitaet-pruefen')
      const user = await ref.store.createUser({ displayName: 'Modelliererin' })
      const block = await ref.store.createBlock({ id, organisationId: SN, createdBy: user.id })
      expect(await ref.store.getBlock(id)).toEqual(block)
      const key = { blockId: id, version: '1.0.0' }
      const draft = await ref.store.createDraft({
        ...key,
        metadata: metadata(key, { name: 'Identität prüfen', nested: { b: 1, a: [1, 2] } }),
        files: files(),
        createdBy: user.id,
      })
      expect(draft).toMatchObject({
        ...key,
        state: 'entwurf',
        revision: 1,
        contentHash: null,
        createdBy: user.id,
      })
      expect(draft.metadata.nested).toEqual({ b: 1, a: [1, 2] })
      expect(await ref.store.getVersion(key)).toEqual(draft)

      const listed = await ref.store.listFiles(key)
      expect(listed.map((f) => f.name)).toEqual(['baustein.json', 'prozess.bpmn'])
      const bpmn = await ref.store.getFile({ ...key, name: 'prozess.bpmn' })
      expect(text(bpmn?.bytes ?? new Uint8Array())).toBe('<definitions id="v1"/>')
      expect(bpmn?.sha256).toBe(sha256Hex('<definitions id="v1"/>'))
      expect(bpmn?.size).toBe(22)
      expect(await ref.store.getFile({ ...key, name: 'missing.dmn' })).toBeNull()
    })

    it('refuses a second draft of the same version and a draft of an unknown block', async () => {
      const draft = await seedDraft(ref.store)
      const duplicate = await rejection(seedDraft(ref.store))
      expect(duplicate).toBeInstanceOf(UniqueViolationError)
      expect((duplicate as UniqueViolationError).entity).toBe('version')
      expect((duplicate as UniqueViolationError).key).toBe(`${draft.blockId}@1.0.0`)
      const unknown = ref.store.createDraft({
        blockId: blockId('gibt-es-nicht'),
        version: '1.0.0',
        metadata: {},
        files: [],
      })
      expect((await failsWith(unknown, NotFoundError)).entity).toBe('block')
    })

    it('checks versions, file names and duplicate files', async () => {
      await seedDraft(ref.store)
      const id = blockId('identitaet-pruefen')
      const badVersion = ref.store.createDraft({
        blockId: id,
        version: '1.0',
        metadata: {},
        files: [],
      })
      expect((await failsWith(badVersion, InvalidInputError)).problem.pointer).toBe('/version')
      const twice = ref.store.createDraft({
        blockId: id,
        version: '2.0.0',
        metadata: {},
        files: [files()[0]!, files()[0]!],
      })
      expect((await failsWith(twice, InvalidInputError)).problem.pointer).toBe('/files/1/name')
      const badName = ref.store.createDraft({
        blockId: id,
        version: '2.0.0',
        metadata: {},
        files: [{ name: '../etc/passwd', mediaType: 'text/plain', bytes: bytes('x') }],
      })
      expect(await rejection(badName)).toBeInstanceOf(InvalidInputError)
    })

    it('lists versions by semver, not by text (1.10.0 after 1.9.0)', async () => {
      for (const version of ['1.9.0', '1.10.0', '0.1.0', '2.0.0'])
        await seedDraft(ref.store, 'x', version)
      const versions = await ref.store.listVersions(blockId('x'))
      expect(versions.map((v) => v.version)).toEqual(['2.0.0', '1.10.0', '1.9.0', '0.1.0'])
      const page = await ref.store.listBlocks({ organisationId: SN, limit: 10 })
      expect(page.total).toBe(1)
    })
  })

  describe('draft updates and state changes (compare-and-set)', () => {
    const ref = useHarness(open)

    it('updates metadata and replaces files, counting revisions', async () => {
      const draft = await seedDraft(ref.store)
      const key = { blockId: draft.blockId, version: draft.version }
      ref.clock.advance(1000)
      const result = await ref.store.updateDraft({
        ...key,
        expectedRevision: 1,
        metadata: metadata(key, { name: 'Identität sicher prüfen' }),
        files: [files('v2')[0]!],
      })
      expect(result.ok).toBe(true)
      if (!result.ok) return
      expect(result.value).toMatchObject({ revision: 2, updatedAt: ref.clock.iso() })
      expect(result.value.metadata.name).toBe('Identität sicher prüfen')
      expect((await ref.store.listFiles(key)).map((f) => f.name)).toEqual(['prozess.bpmn'])

      const stale = await ref.store.updateDraft({ ...key, expectedRevision: 1, metadata: {} })
      expect(stale).toEqual({ ok: false, conflict: { kind: 'revision', expected: 1, actual: 2 } })
      expect((await ref.store.getVersion(key))?.metadata.name).toBe('Identität sicher prüfen')
    })

    it('changes state only from the expected state and records the review history', async () => {
      const draft = await seedDraft(ref.store)
      const key = { blockId: draft.blockId, version: draft.version }
      const curator = await ref.store.createUser({ displayName: 'Kurator' })
      const submit = {
        ...key,
        expected: 'entwurf',
        next: 'in_pruefung',
        kind: 'eingereicht',
      } as const
      expect((await ref.store.setVersionState(submit)).ok).toBe(true)
      expect(await ref.store.setVersionState(submit)).toEqual({
        ok: false,
        conflict: { kind: 'state', expected: 'entwurf', actual: 'in_pruefung' },
      })
      const reject = {
        ...key,
        expected: 'in_pruefung',
        next: 'entwurf',
        kind: 'zurueckgewiesen',
      } as const
      expect(
        await rejection(ref.store.setVersionState({ ...reject, reason: '  ' }))
      ).toBeInstanceOf(InvalidInputError)
      ref.clock.advance(1000)
      const rejected = await ref.store.setVersionState({
        ...reject,
        actorId: curator.id,
        reason: 'Rechtsgrundlage fehlt.',
      })
      expect(rejected.ok && rejected.value.state).toBe('entwurf')
      await publish(ref.store, key)

      const events = await ref.store.listReviewEvents(key)
      expect(events.map((e) => [e.kind, e.fromState, e.toState])).toEqual([
        ['eingereicht', 'entwurf', 'in_pruefung'],
        ['zurueckgewiesen', 'in_pruefung', 'entwurf'],
        ['eingereicht', 'entwurf', 'in_pruefung'],
        ['veroeffentlicht', 'in_pruefung', 'veroeffentlicht'],
      ])
      expect(events[1]).toMatchObject({
        reason: 'Rechtsgrundlage fehlt.',
        actorId: curator.id,
        at: ref.clock.iso(),
      })
    })

    it('reports a database CHECK failure as a typed error naming the field', async () => {
      const draft = await seedDraft(ref.store)
      const tooLong = ref.store.setVersionState({
        ...draft,
        expected: 'entwurf',
        next: 'in_pruefung',
        kind: 'eingereicht',
        reason: 'x'.repeat(5001),
      })
      expect((await failsWith(tooLong, InvalidInputError)).problem.pointer).toBe('/reason')
      expect((await ref.store.getVersion(draft))?.state).toBe('entwurf')
    })

    it('stores every kind of review event the vocabulary names', async () => {
      const draft = await seedDraft(ref.store)
      type Toggle = 'entwurf' | 'in_pruefung'
      let state: Toggle = 'entwurf'
      for (const kind of REVIEW_EVENT_KINDS) {
        const next: Toggle = state === 'entwurf' ? 'in_pruefung' : 'entwurf'
        const result = await ref.store.setVersionState({
          blockId: draft.blockId,
          version: draft.version,
          expected: state,
          next,
          kind,
          reason: 'Begründung',
        })
        expect(result.ok).toBe(true)
        state = next
      }
      expect((await ref.store.listReviewEvents(draft)).map((e) => e.kind)).toEqual([
        ...REVIEW_EVENT_KINDS,
      ])
    })

    it('lets exactly one of two concurrent changes from the same state win', async () => {
      const draft = await seedDraft(ref.store)
      const key = { blockId: draft.blockId, version: draft.version }
      await ref.store.setVersionState({
        ...key,
        expected: 'entwurf',
        next: 'in_pruefung',
        kind: 'eingereicht',
      })
      const [publishResult, rejectResult] = await Promise.all([
        ref.store.setVersionState({
          ...key,
          expected: 'in_pruefung',
          next: 'veroeffentlicht',
          kind: 'veroeffentlicht',
        }),
        ref.store.setVersionState({
          ...key,
          expected: 'in_pruefung',
          next: 'entwurf',
          kind: 'zurueckgewiesen',
          reason: 'Nein',
        }),
      ])
      expect([publishResult.ok, rejectResult.ok].filter(Boolean)).toHaveLength(1)
      const loser = publishResult.ok ? rejectResult : publishResult
      expect(loser.ok).toBe(false)
      if (!loser.ok) expect(loser.conflict.kind).toBe('state')
      expect(await ref.store.listReviewEvents(key)).toHaveLength(2)
    })

    it('publishing stores the content hash of exactly the stored content', async () => {
      const draft = await seedDraft(ref.store)
      const published = await publish(ref.store, draft)
      const stored = await ref.store.listFiles(draft)
      expect(published.contentHash).toBe(
        computeContentHash({ metadata: published.metadata, files: stored })
      )
      expect(published.publishedAt).toBe(ref.clock.iso())
      expect(await ref.store.verifyContent(draft)).toEqual({
        ok: true,
        storedHash: published.contentHash,
        computedHash: published.contentHash,
      })
      // Deprecating keeps the hash and the publication date.
      ref.clock.advance(1000)
      const deprecated = await ref.store.setVersionState({
        ...draft,
        expected: 'veroeffentlicht',
        next: 'abgekuendigt',
        kind: 'abgekuendigt',
      })
      expect(deprecated.ok && [deprecated.value.contentHash, deprecated.value.publishedAt]).toEqual(
        [published.contentHash, published.publishedAt]
      )
    })

    it('a state change with a stale revision is a conflict', async () => {
      const draft = await seedDraft(ref.store)
      await ref.store.updateDraft({ ...draft, metadata: metadata(draft, { name: 'Neu' }) })
      const result = await ref.store.setVersionState({
        ...draft,
        expected: 'entwurf',
        next: 'in_pruefung',
        kind: 'eingereicht',
        expectedRevision: 1,
      })
      expect(result).toEqual({ ok: false, conflict: { kind: 'revision', expected: 1, actual: 2 } })
    })
  })
}
