import { METADATA_FILE } from '@bauplan/domain'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CatalogueStore } from '../store'
import type { Actor } from './actor'
import { folder } from './testing/folders'
import { sqlite } from './testing/backends'
import { SLOW } from './testing/slow'
import { blockId, createWorld, SN, type World } from './testing/world'
import { mayRead } from './visibility'

const ID = blockId('identitaet-pruefen')

describe('mayRead', { timeout: SLOW }, () => {
  let store: CatalogueStore
  let w: World
  beforeEach(async () => {
    store = await sqlite.open()
    w = await createWorld(store)
  })
  afterEach(() => store.close())

  /** Whether the service lets `actor` read the version's metadata file. */
  async function serviceReads(actor: Actor, version: string): Promise<boolean> {
    return w.service.getFile(actor, ID, version, METADATA_FILE).then(
      () => true,
      () => false
    )
  }

  it('answers as getFile decides, for every role, on a draft and on a published version', async () => {
    await w.service.createBlock(w.analyst, { organisationId: SN, files: folder({ id: ID }) })
    await w.service.submit(w.analyst, ID, '1.0.0')
    await w.service.approve(w.curator, ID, '1.0.0')
    const draft = (await w.service.createDraft(w.analyst, ID)).version.version
    const withoutRole: Actor = { userId: 'nobody', memberships: [] }
    const actors = [
      w.analyst,
      w.analyst2,
      w.curator,
      w.ddAnalyst,
      w.itProvider,
      w.admin,
      withoutRole,
    ]
    const answers: boolean[] = []
    for (const versionNumber of ['1.0.0', draft]) {
      const version = await store.getVersion({ blockId: ID, version: versionNumber })
      if (version === null) throw new Error(`version ${versionNumber} expected`)
      for (const actor of actors) {
        const answer = mayRead(actor, version)
        expect(answer, `${actor.userId} on ${versionNumber}`).toBe(
          await serviceReads(actor, versionNumber)
        )
        answers.push(answer)
      }
    }
    // Both answers occur: the IT provider reads the published version only, nobody without a role.
    expect(answers).toContain(true)
    expect(answers).toContain(false)
  })
})
