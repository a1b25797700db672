import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CatalogueStore } from '../store'
import { ValidationError } from './errors'
import { folder, type FolderSpec } from './testing/folders'
import { sqlite } from './testing/backends'
import { expectRefused } from './testing/snapshot'
import { blockId, createWorld, SN, type World } from './testing/world'
import { SLOW } from './testing/slow'

const A = blockId('identitaet-pruefen')
const B = blockId('gewerbe-anmelden')

describe('publishing gate', { timeout: SLOW }, () => {
  let store: CatalogueStore
  let w: World
  beforeEach(async () => {
    store = await sqlite.open()
    w = await createWorld(store)
  })
  afterEach(() => store.close())

  async function publish(spec: FolderSpec) {
    const created = await w.service.createBlock(w.analyst, {
      organisationId: SN,
      files: folder(spec),
    })
    await w.service.submit(w.analyst, spec.id, created.version.version)
    await w.service.approve(w.curator, spec.id, created.version.version)
  }

  async function draft(spec: FolderSpec) {
    return w.service.createBlock(w.analyst, { organisationId: SN, files: folder(spec) })
  }

  function codes(error: ValidationError): string[] {
    return error.problems.filter((p) => p.severity === 'error').map((p) => p.code)
  }

  it('stores an incomplete draft with warnings but refuses to submit it (422 with the field pointer)', async () => {
    const created = await draft({ id: A, metadata: { freigabestatus: 99 } })
    expect(created.problems.some((p) => p.pointer === '/freigabestatus')).toBe(true)
    const error = await expectRefused(
      store,
      () => w.service.submit(w.analyst, A, '1.0.0'),
      ValidationError,
      422
    )
    expect(error.problems).toContainEqual(
      expect.objectContaining({
        pointer: '/freigabestatus',
        file: 'baustein.json',
        severity: 'error',
      })
    )
  })

  it('refuses a reference to an unknown block', async () => {
    await draft({ id: B, calls: [{ id: A, range: '^1.0.0' }] })
    const error = await expectRefused(
      store,
      () => w.service.submit(w.analyst, B, '1.0.0'),
      ValidationError,
      422
    )
    expect(codes(error)).toEqual(['ref.unknownBlock'])
    expect(error.problems[0]).toMatchObject({ elementId: 'Call_1', file: 'gewerbe-anmelden.bpmn' })
  })

  it('refuses a reference whose range no published version satisfies (drafts do not count)', async () => {
    await publish({ id: A })
    await w.service.createDraft(w.analyst, A)
    await draft({ id: B, calls: [{ id: A, range: '^2.0.0' }] })
    const error = await expectRefused(
      store,
      () => w.service.submit(w.analyst, B, '1.0.0'),
      ValidationError,
      422
    )
    expect(codes(error)).toEqual(['ref.noMatchingVersion'])
    expect(error.problems[0]?.message.en).toContain('Available: 1.0.0')
  })

  it('refuses a version that would close a reference cycle through published versions', async () => {
    await publish({ id: A })
    await draft({ id: B, calls: [{ id: A, range: '^1.0.0' }] })
    await w.service.submit(w.analyst, B, '1.0.0')
    // The called block's next version calls its caller.
    await w.service.createDraft(w.analyst, A)
    await w.service.updateDraft(
      w.analyst,
      A,
      '1.0.1',
      folder({ id: A, version: '1.0.1', calls: [{ id: B, range: '^1.0.0' }] })
    )
    // A@1.0.1 cannot be submitted: B has no published version yet.
    await expectRefused(store, () => w.service.submit(w.analyst, A, '1.0.1'), ValidationError, 422)
    const approved = await w.service.approve(w.curator, B, '1.0.0')
    expect(approved.resolutions).toEqual([{ targetBlockId: A, resolvedVersion: '1.0.0' }])
    // Now A@1.0.1 → B@1.0.0 → A closes a cycle (listed from the smaller id).
    const error = await expectRefused(
      store,
      () => w.service.submit(w.analyst, A, '1.0.1'),
      ValidationError,
      422
    )
    expect(codes(error)).toEqual(['ref.cycle'])
    expect(error.problems[0]?.message.de).toContain(`${B} → ${A} → ${B}`)
  })

  it('refuses a block that calls itself', async () => {
    await publish({ id: A })
    await w.service.createDraft(w.analyst, A)
    await w.service.updateDraft(
      w.analyst,
      A,
      '1.0.1',
      folder({ id: A, version: '1.0.1', calls: [{ id: A, range: '^1.0.0' }] })
    )
    const error = await expectRefused(
      store,
      () => w.service.submit(w.analyst, A, '1.0.1'),
      ValidationError,
      422
    )
    // The folder check names the self-reference; the gate's cycle search finds it in the catalogue too.
    expect(codes(error)).toEqual(['ref.selfReference', 'ref.cycle'])
  })

  it('refuses a version bump smaller than the interface change requires', async () => {
    await publish({ id: A, inputs: [{ id: 'name', anzahl: '1:1' }] })
    await w.service.createDraft(w.analyst, A)
    // A new required input breaks existing callers: a major version is needed, 1.0.1 is too small.
    await w.service.updateDraft(
      w.analyst,
      A,
      '1.0.1',
      folder({
        id: A,
        version: '1.0.1',
        inputs: [
          { id: 'name', anzahl: '1:1' },
          { id: 'geburtsdatum', anzahl: '1:1' },
        ],
      })
    )
    const error = await expectRefused(
      store,
      () => w.service.submit(w.analyst, A, '1.0.1'),
      ValidationError,
      422
    )
    expect(codes(error)).toEqual(['version.bumpTooSmall'])
    expect(error.problems.find((p) => p.code === 'version.bumpTooSmall')).toMatchObject({
      pointer: '/version',
      file: 'baustein.json',
    })
    // With 2.0.0 it passes.
    await w.service.updateDraft(
      w.analyst,
      A,
      '1.0.1',
      folder({
        id: A,
        version: '2.0.0',
        inputs: [
          { id: 'name', anzahl: '1:1' },
          { id: 'geburtsdatum', anzahl: '1:1' },
        ],
      })
    )
    expect((await w.service.submit(w.analyst, A, '2.0.0')).version.state).toBe('in_pruefung')
  })

  it('refuses renumbering a draft to a version that is not above every published one', async () => {
    await publish({ id: A })
    await w.service.createDraft(w.analyst, A)
    const error = await expectRefused(
      store,
      () => w.service.updateDraft(w.analyst, A, '1.0.1', folder({ id: A, version: '1.0.0' })),
      ValidationError,
      422
    )
    expect(codes(error)).toEqual(['version.notGreater'])
  })

  it('resolves to a deprecated version with a warning', async () => {
    await publish({ id: A })
    await w.service.createDraft(w.analyst, A)
    await w.service.submit(w.analyst, A, '1.0.1')
    await w.service.approve(w.curator, A, '1.0.1')
    await w.service.deprecate(w.curator, A, '1.0.0', { id: A, version: '1.0.1' })
    await draft({ id: B, calls: [{ id: A, range: '~1.0.0 <1.0.1' }] })
    const submitted = await w.service.submit(w.analyst, B, '1.0.0')
    expect(submitted.problems).toContainEqual(
      expect.objectContaining({
        code: 'ref.deprecatedVersion',
        severity: 'warning',
        elementId: 'Call_1',
      })
    )
    const approved = await w.service.approve(w.curator, B, '1.0.0')
    expect(approved.resolutions).toEqual([{ targetBlockId: A, resolvedVersion: '1.0.0' }])
  })

  it('refuses calls of one block with different ranges', async () => {
    await publish({ id: A })
    await draft({
      id: B,
      calls: [
        { id: A, range: '^1.0.0' },
        { id: A, range: '~1.0.0' },
      ],
    })
    const error = await expectRefused(
      store,
      () => w.service.submit(w.analyst, B, '1.0.0'),
      ValidationError,
      422
    )
    expect(codes(error)).toEqual(['ref.inconsistentRanges'])
  })
})
