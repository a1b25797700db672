import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NotFoundError, UniqueViolationError } from '../errors'
import type { CatalogueStore } from '../store'
import { StateConflictError } from './errors'
import { folder } from './testing/folders'
import { sqlite } from './testing/backends'
import { expectRefused } from './testing/snapshot'
import { blockId, createWorld, SN, type World } from './testing/world'
import { SLOW } from './testing/slow'

const ID = blockId('identitaet-pruefen')

describe('state transitions', { timeout: SLOW }, () => {
  let store: CatalogueStore
  let w: World
  beforeEach(async () => {
    store = await sqlite.open()
    w = await createWorld(store)
    await w.service.createBlock(w.analyst, { organisationId: SN, files: folder({ id: ID }) })
  })
  afterEach(() => store.close())

  it('refuses approving or rejecting a draft that was not submitted (409 with states)', async () => {
    const error = await expectRefused(
      store,
      () => w.service.approve(w.curator, ID, '1.0.0'),
      StateConflictError,
      409
    )
    expect(error.current).toBe('entwurf')
    expect(error.expected).toEqual(['in_pruefung'])
    await expectRefused(
      store,
      () => w.service.reject(w.curator, ID, '1.0.0', 'Bitte noch einmal prüfen'),
      StateConflictError,
      409
    )
  })

  it('refuses submitting twice and editing a version under review', async () => {
    await w.service.submit(w.analyst, ID, '1.0.0')
    await expectRefused(
      store,
      () => w.service.submit(w.analyst, ID, '1.0.0'),
      StateConflictError,
      409
    )
    await expectRefused(
      store,
      () => w.service.updateDraft(w.analyst, ID, '1.0.0', folder({ id: ID, taskName: 'neu' })),
      StateConflictError,
      409
    )
  })

  it('refuses editing a published version', async () => {
    await w.service.submit(w.analyst, ID, '1.0.0')
    await w.service.approve(w.curator, ID, '1.0.0')
    const error = await expectRefused(
      store,
      () => w.service.updateDraft(w.analyst, ID, '1.0.0', folder({ id: ID, taskName: 'geändert' })),
      StateConflictError,
      409
    )
    expect(error.current).toBe('veroeffentlicht')
  })

  it('allows one open draft per block', async () => {
    await w.service.submit(w.analyst, ID, '1.0.0')
    await w.service.approve(w.curator, ID, '1.0.0')
    await w.service.createDraft(w.analyst, ID)
    const error = await expectRefused(
      store,
      () => w.service.createDraft(w.analyst2, ID),
      StateConflictError,
      409
    )
    expect(error.code).toBe('lifecycle.openDraftExists')
  })

  it('refuses a draft edit at a stale revision', async () => {
    const error = await expectRefused(
      store,
      () => w.service.updateDraft(w.analyst, ID, '1.0.0', folder({ id: ID, taskName: 'a' }), 7),
      StateConflictError,
      409
    )
    expect(error.code).toBe('lifecycle.revisionConflict')
    const updated = await w.service.updateDraft(
      w.analyst,
      ID,
      '1.0.0',
      folder({ id: ID, taskName: 'a' }),
      1
    )
    expect(updated.version.revision).toBe(2)
  })

  it('refuses deprecating a version that is not published', async () => {
    await expectRefused(
      store,
      () => w.service.deprecate(w.curator, ID, '1.0.0', { id: ID, version: '1.0.0' }),
      StateConflictError,
      409
    )
  })

  it('refuses a block id that exists already and unknown blocks or versions', async () => {
    await expectRefused(
      store,
      () => w.service.createBlock(w.analyst, { organisationId: SN, files: folder({ id: ID }) }),
      UniqueViolationError,
      409
    )
    await expectRefused(store, () => w.service.submit(w.analyst, ID, '9.9.9'), NotFoundError, 404)
    await expectRefused(
      store,
      () => w.service.createDraft(w.analyst, blockId('gibt-es-nicht')),
      NotFoundError,
      404
    )
  })
})
