import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CatalogueStore } from '../store'
import { folder } from './testing/folders'
import { lifecycleBackends } from './testing/backends'
import { blockId, createWorld, DD, SN, type World } from './testing/world'
import { SLOW } from './testing/slow'

const IDENT = blockId('identitaet-pruefen')
const PROC = blockId('gewerbe-anmelden')

describe.each(lifecycleBackends())('lifecycle on $name', { timeout: SLOW }, (backend) => {
  let store: CatalogueStore
  let w: World
  beforeEach(async () => {
    store = await backend.open()
    w = await createWorld(store)
  })
  afterEach(async () => {
    await store.close()
  })

  async function publishNew(spec: Parameters<typeof folder>[0]) {
    const created = await w.service.createBlock(w.analyst, {
      organisationId: SN,
      files: folder(spec),
    })
    await w.service.submit(w.analyst, spec.id, created.version.version, 'fertig')
    return w.service.approve(w.curator, spec.id, created.version.version, 'passt')
  }

  it('takes a block from draft through review to publication, with audit and review history', async () => {
    const created = await w.service.createBlock(w.analyst, {
      organisationId: SN,
      files: folder({ id: IDENT }),
    })
    expect(created.version).toMatchObject({ blockId: IDENT, version: '1.0.0', state: 'entwurf' })
    expect(created.problems.filter((p) => p.severity === 'error')).toEqual([])

    const submitted = await w.service.submit(w.analyst, IDENT, '1.0.0', 'Bitte prüfen')
    expect(submitted.version.state).toBe('in_pruefung')
    const approved = await w.service.approve(w.curator, IDENT, '1.0.0', 'Sieht gut aus')
    expect(approved.version.state).toBe('veroeffentlicht')
    expect(approved.version.contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect((await store.verifyContent({ blockId: IDENT, version: '1.0.0' })).ok).toBe(true)

    const history = await store.listReviewEvents({ blockId: IDENT, version: '1.0.0' })
    expect(history.map((e) => [e.kind, e.actorId, e.reason])).toEqual([
      ['eingereicht', w.analyst.userId, 'Bitte prüfen'],
      ['veroeffentlicht', w.curator.userId, 'Sieht gut aus'],
    ])
    const audit = await store.listAudit({ blockId: IDENT, order: 'asc' })
    expect(audit.items.map((e) => [e.action, e.actorId, e.version])).toEqual([
      ['block.created', w.analyst.userId, '1.0.0'],
      ['version.submitted', w.analyst.userId, '1.0.0'],
      ['version.published', w.curator.userId, '1.0.0'],
    ])
  })

  it('pins references at publication and shows where-used and update available', async () => {
    await publishNew({ id: IDENT })
    const proc = await publishNew({ id: PROC, calls: [{ id: IDENT, range: '^1.0.0' }] })
    expect(proc.resolutions).toEqual([{ targetBlockId: IDENT, resolvedVersion: '1.0.0' }])
    expect(await store.listReferences({ blockId: PROC, version: '1.0.0' })).toMatchObject([
      { targetBlockId: IDENT, range: '^1.0.0', resolvedVersion: '1.0.0' },
    ])

    // A compatible fix of the called block: the procedure sees an update within its range.
    const draft = await w.service.createDraft(w.analyst, IDENT)
    expect(draft.version.version).toBe('1.0.1')
    expect(draft.version.metadata.version).toBe('1.0.1')
    await w.service.updateDraft(
      w.analyst,
      IDENT,
      '1.0.1',
      folder({ id: IDENT, version: '1.0.1', taskName: 'Identität sorgfältig prüfen' })
    )
    await w.service.submit(w.analyst, IDENT, '1.0.1')
    await w.service.approve(w.curator, IDENT, '1.0.1')

    const overview = await w.service.getBlockOverview(w.itProvider, PROC)
    expect(overview.latestPublished).toBe('1.0.0')
    expect(overview.dependencies).toEqual([
      {
        targetBlockId: IDENT,
        targetName: 'Baustein identitaet-pruefen',
        range: '^1.0.0',
        resolvedVersion: '1.0.0',
        targetState: 'veroeffentlicht',
        updates: { withinRange: '1.0.1' },
      },
    ])
    const called = await w.service.getBlockOverview(w.analyst, IDENT)
    expect(called.whereUsed).toEqual([
      {
        blockId: PROC,
        name: 'Baustein gewerbe-anmelden',
        version: '1.0.0',
        state: 'veroeffentlicht',
        range: '^1.0.0',
        resolvedVersion: '1.0.0',
      },
    ])
    expect(called.versions.map((v) => [v.version, v.state])).toEqual([
      ['1.0.1', 'veroeffentlicht'],
      ['1.0.0', 'veroeffentlicht'],
    ])
  })

  it('rejects with a reason back to draft, renumbers a raised draft, and deprecates with a successor', async () => {
    await publishNew({ id: IDENT })
    await w.service.createDraft(w.analyst, IDENT)
    await w.service.submit(w.analyst, IDENT, '1.0.1', 'erste Fassung')
    const rejected = await w.service.reject(
      w.curator,
      IDENT,
      '1.0.1',
      'Die Rechtsgrundlage fehlt noch.'
    )
    expect(rejected.state).toBe('entwurf')
    const events = await store.listReviewEvents({ blockId: IDENT, version: '1.0.1' })
    expect(events.at(-1)).toMatchObject({
      kind: 'zurueckgewiesen',
      reason: 'Die Rechtsgrundlage fehlt noch.',
    })

    // The analyst adds an optional input (a minor change) and raises the number to 1.1.0.
    const raised = await w.service.updateDraft(
      w.analyst,
      IDENT,
      '1.0.1',
      folder({ id: IDENT, version: '1.1.0', inputs: [{ id: 'hinweis', anzahl: '0:1' }] })
    )
    expect(raised.version).toMatchObject({ version: '1.1.0', state: 'entwurf' })
    expect(await store.getVersion({ blockId: IDENT, version: '1.0.1' })).toBeNull()
    await w.service.submit(w.analyst, IDENT, '1.1.0')
    await w.service.approve(w.curator, IDENT, '1.1.0')

    const deprecated = await w.service.deprecate(w.curator, IDENT, '1.0.0', {
      id: IDENT,
      version: '1.1.0',
    })
    expect(deprecated.state).toBe('abgekuendigt')
    const overview = await w.service.getBlockOverview(w.itProvider, IDENT)
    expect(overview.versions.find((v) => v.version === '1.0.0')?.successor).toEqual({
      id: IDENT,
      version: '1.1.0',
    })
  })

  it('derives a municipal variant and flags it when the origin publishes again', async () => {
    await publishNew({ id: IDENT })
    const variantId = blockId('identitaet-pruefen', DD)
    const variant = await w.service.deriveVariant(w.ddAnalyst, {
      originId: IDENT,
      originVersion: '1.0.0',
      organisationId: DD,
      newId: variantId,
    })
    expect(variant.version).toMatchObject({
      blockId: variantId,
      version: '1.0.0',
      state: 'entwurf',
    })
    expect(variant.version.metadata).toMatchObject({
      id: variantId,
      herausgeber: { organisationsname: 'Landeshauptstadt Dresden' },
      relationen: [{ praedikat: 'ABL', objekt: { id: IDENT, version: '1.0.0' } }],
    })
    expect(variant.problems.filter((p) => p.severity === 'error')).toEqual([])
    let overview = await w.service.getBlockOverview(w.ddAnalyst, variantId)
    expect(overview.origin).toMatchObject({
      blockId: IDENT,
      basedOn: '1.0.0',
      upstreamChanged: false,
    })

    await w.service.createDraft(w.analyst, IDENT)
    await w.service.submit(w.analyst, IDENT, '1.0.1')
    const approved = await w.service.approve(w.curator, IDENT, '1.0.1')
    expect(approved.flaggedVariants).toEqual([variantId])

    overview = await w.service.getBlockOverview(w.ddAnalyst, variantId)
    expect(overview.origin).toEqual({
      blockId: IDENT,
      name: 'Baustein identitaet-pruefen',
      organisationId: SN,
      organisationName: 'Freistaat Sachsen',
      basedOn: '1.0.0',
      latestPublished: '1.0.1',
      upstreamChanged: true,
      newerVersions: ['1.0.1'],
    })
    const notices = await w.service.listAudit(w.ddAnalyst, { blockId: variantId })
    expect(notices.items[0]).toMatchObject({
      action: 'variant.upstreamChanged',
      actorName: 'curator',
      blockName: 'Baustein identitaet-pruefen',
      details: { originId: IDENT, originVersion: '1.0.1', derivedFrom: '1.0.0' },
    })
    const origin = await w.service.getBlockOverview(w.analyst, IDENT)
    expect(origin.variants).toEqual([
      {
        blockId: variantId,
        name: 'Baustein identitaet-pruefen',
        organisationId: DD,
        organisationName: 'Landeshauptstadt Dresden',
        derivedFrom: '1.0.0',
      },
    ])
  })
})
