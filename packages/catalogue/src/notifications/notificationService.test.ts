import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { InvalidInputError } from '../errors'
import { SYSTEM_ACTOR } from '../lifecycle/actor'
import { ForbiddenError } from '../lifecycle/errors'
import { lifecycleBackends } from '../lifecycle/testing/backends'
import { folder } from '../lifecycle/testing/folders'
import { SLOW } from '../lifecycle/testing/slow'
import { blockId, createWorld, DD, SN, type World } from '../lifecycle/testing/world'
import type { CatalogueStore } from '../store'
import { createNotificationService, type NotificationService } from './notificationService'

const IDENT = blockId('identitaet-pruefen')
const VARIANT = blockId('identitaet-pruefen', DD)
const DD_PROC = blockId('gewerbe-anmelden', DD)

describe.each(lifecycleBackends())('notifications on $name', { timeout: SLOW }, (backend) => {
  let store: CatalogueStore
  let w: World
  let feed: NotificationService
  beforeEach(async () => {
    store = await backend.open()
    w = await createWorld(store)
    feed = createNotificationService(store)
  })
  afterEach(async () => {
    await store.close()
  })

  /**
   * Sachsen's analyst publishes IDENT 1.0.0; Dresden derives a variant and a procedure calling it;
   * the analyst's 1.0.1 is rejected once, then published.
   */
  async function story(): Promise<void> {
    await w.service.createBlock(w.analyst, { organisationId: SN, files: folder({ id: IDENT }) })
    await w.service.submit(w.analyst, IDENT, '1.0.0', 'Bitte prüfen')
    await w.service.approve(w.curator, IDENT, '1.0.0', 'passt')
    await w.service.deriveVariant(w.ddAnalyst, {
      originId: IDENT,
      originVersion: '1.0.0',
      organisationId: DD,
      newId: VARIANT,
    })
    await w.service.createBlock(w.ddAnalyst, {
      organisationId: DD,
      files: folder({ id: DD_PROC, calls: [{ id: IDENT, range: '^1.0.0' }] }),
    })
    await w.service.createDraft(w.analyst, IDENT)
    await w.service.submit(w.analyst, IDENT, '1.0.1', 'zweite Fassung')
    await w.service.reject(w.curator, IDENT, '1.0.1', 'Die Rechtsgrundlage fehlt.')
    await w.service.submit(w.analyst, IDENT, '1.0.1', 'ergänzt')
    await w.service.approve(w.curator, IDENT, '1.0.1')
  }

  it('tells the analyst of decisions on their submissions, with who and why, newest first', async () => {
    await story()
    const { items } = await feed.listNotifications(w.analyst)
    expect(items.map((n) => [n.kind, n.action, n.version, n.actorName, n.text])).toEqual([
      ['decision', 'version.published', '1.0.1', 'curator', null],
      ['decision', 'version.rejected', '1.0.1', 'curator', 'Die Rechtsgrundlage fehlt.'],
      ['decision', 'version.published', '1.0.0', 'curator', 'passt'],
    ])
    expect(items[0]).toMatchObject({ blockId: IDENT, blockName: 'Baustein identitaet-pruefen' })
  })

  it('asks curators of the owner and of coordination bodies to review, but nobody else', async () => {
    await story()
    const reviews = async (actor: World['curator']) =>
      (await feed.listNotifications(actor)).items
        .filter((n) => n.kind === 'reviewRequested')
        .map((n) => [n.version, n.text, n.actorName])
    const expected = [
      ['1.0.1', 'ergänzt', 'analyst'],
      ['1.0.1', 'zweite Fassung', 'analyst'],
      ['1.0.0', 'Bitte prüfen', 'analyst'],
    ]
    expect(await reviews(w.curator)).toEqual(expected)
    expect(await reviews(w.koordCurator)).toEqual(expected)
    expect(await reviews(w.ddCurator)).toEqual([])
    expect(await reviews(w.analyst2)).toEqual([])
  })

  it('tells Dresden that the origin of its variant changed and that a called block has an update', async () => {
    await story()
    const { items } = await feed.listNotifications(w.ddAnalyst)
    expect(items.map((n) => [n.kind, n.blockId, n.version])).toEqual([
      ['upstreamChanged', VARIANT, null],
      ['updateAvailable', IDENT, '1.0.1'],
    ])
    expect(items[0]?.origin).toEqual({
      blockId: IDENT,
      name: 'Baustein identitaet-pruefen',
      version: '1.0.1',
    })
    // 1.0.0 was published before Dresden referenced the block: no update for them then.
  })

  it('pages with a cursor and keeps a read mark per user that never moves back', async () => {
    await story()
    const first = await feed.listNotifications(w.analyst, { limit: 2 })
    expect(first.items).toHaveLength(2)
    expect(first.unread).toBe(3)
    expect(first.items.every((n) => n.unread)).toBe(true)
    const second = await feed.listNotifications(w.analyst, {
      limit: 2,
      cursor: first.nextCursor ?? '',
    })
    expect(second.items.map((n) => n.version)).toEqual(['1.0.0'])
    expect(second.nextCursor).toBeNull()

    const newest = first.items[0]?.id ?? 0
    const middle = first.items[1]?.id ?? 0
    expect(await feed.markNotificationsRead(w.analyst, middle)).toEqual({ readUpTo: middle })
    expect(await feed.markNotificationsRead(w.analyst, 1)).toEqual({ readUpTo: middle })
    const after = await feed.listNotifications(w.analyst)
    expect(after.unread).toBe(1)
    expect(after.items.map((n) => n.unread)).toEqual([true, false, false])
    expect(after.items[0]?.id).toBe(newest)
    // Each user has a mark of their own.
    expect((await feed.listNotifications(w.curator)).readUpTo).toBe(0)
  })

  it('lists my submissions with their state and the decision on the latest one', async () => {
    await story()
    await w.service.createDraft(w.analyst, IDENT)
    await w.service.submit(w.analyst, IDENT, '1.0.2')
    const { items } = await feed.listMySubmissions(w.analyst)
    expect(
      items.map((s) => [s.version, s.status, s.state, s.note, s.decision?.kind ?? null])
    ).toEqual([
      ['1.0.2', 'inReview', 'in_pruefung', null, null],
      ['1.0.1', 'published', 'veroeffentlicht', 'ergänzt', 'veroeffentlicht'],
      ['1.0.0', 'published', 'veroeffentlicht', 'Bitte prüfen', 'veroeffentlicht'],
    ])
    expect(items[1]?.decision).toMatchObject({ actorName: 'curator', reason: null })
    expect(items[2]?.decision).toMatchObject({ actorName: 'curator', reason: 'passt' })
    expect(items[0]?.blockName).toBe('Baustein identitaet-pruefen')

    await w.service.reject(w.curator, IDENT, '1.0.2', 'Noch nicht.')
    const rejected = (await feed.listMySubmissions(w.analyst)).items[0]
    expect(rejected).toMatchObject({
      version: '1.0.2',
      status: 'rejected',
      state: 'entwurf',
      decision: { kind: 'zurueckgewiesen', reason: 'Noch nicht.', actorName: 'curator' },
    })
    expect((await feed.listMySubmissions(w.analyst2)).items).toEqual([])
  })

  it('refuses the system actor, bad marks and bad cursors', async () => {
    await expect(feed.listNotifications(SYSTEM_ACTOR)).rejects.toBeInstanceOf(ForbiddenError)
    await expect(feed.markNotificationsRead(w.analyst, -1)).rejects.toBeInstanceOf(
      InvalidInputError
    )
    await expect(feed.markNotificationsRead(w.analyst, 1.5)).rejects.toBeInstanceOf(
      InvalidInputError
    )
    await expect(
      feed.listNotifications(w.analyst, { cursor: 'kein-cursor' })
    ).rejects.toBeInstanceOf(InvalidInputError)
  })
})
