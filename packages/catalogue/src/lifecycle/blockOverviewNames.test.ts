import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CatalogueStore } from '../store'
import { lifecycleBackends } from './testing/backends'
import { folder } from './testing/folders'
import { SLOW } from './testing/slow'
import { blockId, createWorld, DD, SN, type World } from './testing/world'

const IDENT = blockId('identitaet-pruefen')
const PROC = blockId('gewerbe-anmelden')
const VARIANT = blockId('identitaet-pruefen', DD)

describe.each(lifecycleBackends())(
  'names in overview and audit on $name',
  { timeout: SLOW },
  (backend) => {
    let store: CatalogueStore
    let w: World
    beforeEach(async () => {
      store = await backend.open()
      w = await createWorld(store)
    })
    afterEach(async () => {
      await store.close()
    })

    async function publish(id: string, spec: Parameters<typeof folder>[0]) {
      const created = await w.service.createBlock(w.analyst, {
        organisationId: SN,
        files: folder(spec),
      })
      await w.service.submit(w.analyst, id, created.version.version, 'fertig')
      await w.service.approve(w.curator, id, created.version.version)
    }

    it('names people and related blocks; readers without drafts get published names only', async () => {
      await publish(IDENT, { id: IDENT, name: 'Identität prüfen' })
      await publish(PROC, {
        id: PROC,
        name: 'Gewerbe anmelden',
        calls: [{ id: IDENT, range: '^1.0.0' }],
      })
      await w.service.deriveVariant(w.ddAnalyst, {
        originId: IDENT,
        originVersion: '1.0.0',
        organisationId: DD,
        newId: VARIANT,
      })

      const overview = await w.service.getBlockOverview(w.curator, IDENT)
      const version = overview.versions[0]
      expect(version).toMatchObject({ createdByName: 'analyst' })
      expect(version?.history.map((e) => [e.kind, e.actorName])).toEqual([
        ['eingereicht', 'analyst'],
        ['veroeffentlicht', 'curator'],
      ])
      expect(overview.whereUsed.map((u) => [u.blockId, u.name])).toEqual([
        [PROC, 'Gewerbe anmelden'],
      ])
      // The variant exists only as a draft: its name comes from that draft.
      expect(overview.variants).toEqual([
        {
          blockId: VARIANT,
          name: 'Identität prüfen',
          organisationId: DD,
          organisationName: 'Landeshauptstadt Dresden',
          derivedFrom: '1.0.0',
        },
      ])
      const proc = await w.service.getBlockOverview(w.curator, PROC)
      expect(proc.dependencies.map((d) => [d.targetBlockId, d.targetName])).toEqual([
        [IDENT, 'Identität prüfen'],
      ])
      const variant = await w.service.getBlockOverview(w.ddAnalyst, VARIANT)
      expect(variant.origin).toMatchObject({
        blockId: IDENT,
        name: 'Identität prüfen',
        organisationName: 'Freistaat Sachsen',
      })

      // IT providers see published versions only, so no names taken from drafts either.
      const forIt = await w.service.getBlockOverview(w.itProvider, IDENT)
      expect(forIt.variants.map((v) => v.name)).toEqual([null])

      const audit = await w.service.listAudit(w.analyst, { blockId: IDENT, order: 'asc' })
      expect(audit.items.map((e) => [e.action, e.actorName, e.blockName])).toEqual([
        ['block.created', 'analyst', 'Identität prüfen'],
        ['version.submitted', 'analyst', 'Identität prüfen'],
        ['version.published', 'curator', 'Identität prüfen'],
      ])
    })
  }
)
