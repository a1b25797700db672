import { checkBausteinFolder } from '@bauplan/domain'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CatalogueStore } from '../store'
import { createCatalogueService } from './catalogueService'
import { folder } from './testing/folders'
import { sqlite } from './testing/backends'
import { storageSnapshot } from './testing/snapshot'
import { blockId, createWorld, SN, type World } from './testing/world'
import { SLOW } from './testing/slow'

const ID = blockId('identitaet-pruefen')

describe('all or nothing', { timeout: SLOW }, () => {
  let store: CatalogueStore
  let w: World
  beforeEach(async () => {
    store = await sqlite.open()
    w = await createWorld(store)
    await w.service.createBlock(w.analyst, { organisationId: SN, files: folder({ id: ID }) })
    await w.service.submit(w.analyst, ID, '1.0.0')
    await w.service.approve(w.curator, ID, '1.0.0')
  })
  afterEach(() => store.close())

  it('leaves no trace of an operation that fails after it has written', async () => {
    // createDraft writes the draft, its references and the audit entry, and only then checks the new
    // folder for warnings. A failure at that last step must take everything back.
    const failing = createCatalogueService({
      store,
      checkFolder: async () => {
        throw new Error('check crashed')
      },
    })
    const before = await storageSnapshot(store)
    await expect(failing.createDraft(w.analyst, ID)).rejects.toThrow('check crashed')
    expect(await storageSnapshot(store)).toEqual(before)

    // The same operation with a working check succeeds afterwards: nothing half-done blocks it.
    const working = createCatalogueService({ store, checkFolder: (f) => checkBausteinFolder(f) })
    expect((await working.createDraft(w.analyst, ID)).version.version).toBe('1.0.1')
  })
})
