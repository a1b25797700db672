import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CatalogueStore } from '../store'
import { ForbiddenError } from './errors'
import { folder } from './testing/folders'
import { sqlite } from './testing/backends'
import { expectRefused } from './testing/snapshot'
import { blockId, createWorld, DD, SN, type World } from './testing/world'
import { SLOW } from './testing/slow'

const ID = blockId('identitaet-pruefen')

describe('rights', { timeout: SLOW }, () => {
  let store: CatalogueStore
  let w: World
  beforeEach(async () => {
    store = await sqlite.open()
    w = await createWorld(store)
  })
  afterEach(() => store.close())

  async function inReview() {
    await w.service.createBlock(w.analyst, { organisationId: SN, files: folder({ id: ID }) })
    await w.service.submit(w.analyst, ID, '1.0.0')
  }

  it('refuses a curator creating a block (analysts only) and names who may', async () => {
    const error = await expectRefused(
      store,
      () => w.service.createBlock(w.curator, { organisationId: SN, files: folder({ id: ID }) }),
      ForbiddenError,
      403
    )
    expect(error.problem.message.de).toContain('Modellierer der Organisation „sn“')
    expect(error.problem.message.en).toContain('analysts (Modellierer) of the organisation "sn"')
  })

  it('refuses an analyst of another organisation editing or submitting the draft', async () => {
    await w.service.createBlock(w.analyst, { organisationId: SN, files: folder({ id: ID }) })
    await expectRefused(
      store,
      () => w.service.updateDraft(w.ddAnalyst, ID, '1.0.0', folder({ id: ID, taskName: 'x' })),
      ForbiddenError,
      403
    )
    await expectRefused(
      store,
      () => w.service.submit(w.ddAnalyst, ID, '1.0.0'),
      ForbiddenError,
      403
    )
    await expectRefused(
      store,
      () =>
        w.service.createBlock(w.ddAnalyst, {
          organisationId: SN,
          files: folder({ id: blockId('x') }),
        }),
      ForbiddenError,
      403
    )
  })

  it('refuses approval by an analyst, by a curator of another municipality, and by the submitter', async () => {
    await w.service.createBlock(w.analystCurator, { organisationId: SN, files: folder({ id: ID }) })
    await w.service.submit(w.analystCurator, ID, '1.0.0')
    await expectRefused(store, () => w.service.approve(w.analyst, ID, '1.0.0'), ForbiddenError, 403)
    await expectRefused(
      store,
      () => w.service.approve(w.ddCurator, ID, '1.0.0'),
      ForbiddenError,
      403
    )
    const selfApproval = await expectRefused(
      store,
      () => w.service.approve(w.analystCurator, ID, '1.0.0'),
      ForbiddenError,
      403
    )
    expect(selfApproval.code).toBe('lifecycle.forbidden.fourEyes')
    expect(selfApproval.problem.message.de).toContain('Vier-Augen-Prinzip')
  })

  it('lets a curator of a coordination body approve for a member organisation', async () => {
    await inReview()
    const approved = await w.service.approve(w.koordCurator, ID, '1.0.0', 'ok')
    expect(approved.version.state).toBe('veroeffentlicht')
  })

  it('refuses rejection and deprecation by analysts', async () => {
    await inReview()
    await expectRefused(
      store,
      () => w.service.reject(w.analyst2, ID, '1.0.0', 'Bitte überarbeiten'),
      ForbiddenError,
      403
    )
    await w.service.approve(w.curator, ID, '1.0.0')
    await expectRefused(
      store,
      () => w.service.deprecate(w.analyst, ID, '1.0.0', { id: ID, version: '1.0.0' }),
      ForbiddenError,
      403
    )
  })

  it('shows IT providers published versions only, everywhere', async () => {
    await inReview()
    await expectRefused(
      store,
      () => w.service.getFile(w.itProvider, ID, '1.0.0', 'identitaet-pruefen.bpmn'),
      ForbiddenError,
      403
    )
    await expectRefused(
      store,
      () => w.service.diff(w.itProvider, ID, '1.0.0', '1.0.0'),
      ForbiddenError,
      403
    )
    expect((await w.service.getBlockOverview(w.itProvider, ID)).versions).toEqual([])
    const asIt = await w.service.search(w.itProvider, { states: ['entwurf', 'in_pruefung'] })
    expect(asIt.total).toBe(0)
    const asAnalyst = await w.service.search(w.analyst, { states: ['in_pruefung'] })
    expect(asAnalyst.hits.map((h) => h.blockId)).toEqual([ID])
    await expectRefused(
      store,
      () => w.service.listAudit(w.itProvider, { blockId: ID }),
      ForbiddenError,
      403
    )

    await w.service.approve(w.curator, ID, '1.0.0')
    const file = await w.service.getFile(w.itProvider, ID, '1.0.0', 'baustein.json')
    expect(JSON.parse(new TextDecoder().decode(file.bytes))).toMatchObject({
      id: ID,
      version: '1.0.0',
    })
    expect((await w.service.search(w.itProvider, {})).hits.map((h) => h.blockId)).toEqual([ID])
  })

  it('keeps the whole audit log for admins', async () => {
    await inReview()
    await expectRefused(store, () => w.service.listAudit(w.curator), ForbiddenError, 403)
    const all = await w.service.listAudit(w.admin)
    expect(all.items.map((e) => e.action)).toEqual(['version.submitted', 'block.created'])
  })

  it('refuses a user without any role', async () => {
    await inReview()
    const nobody = { userId: w.analyst.userId, memberships: [] }
    await expectRefused(store, () => w.service.getBlockOverview(nobody, ID), ForbiddenError, 403)
  })

  it('refuses a variant for an organisation the analyst does not belong to', async () => {
    await inReview()
    await w.service.approve(w.curator, ID, '1.0.0')
    await expectRefused(
      store,
      () =>
        w.service.deriveVariant(w.analyst, {
          originId: ID,
          originVersion: '1.0.0',
          organisationId: DD,
          newId: blockId('identitaet-pruefen', DD),
        }),
      ForbiddenError,
      403
    )
  })
})
