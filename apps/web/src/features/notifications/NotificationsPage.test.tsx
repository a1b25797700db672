import { describe, expect, it } from 'vitest'
import type { NotificationFeed, NotificationItem } from '../../lib/api/types'
import { expectNoSeriousA11yViolations } from '../../lib/testing/axe'
import { FakeServer } from '../../lib/testing/fakeServer'
import { demoUser, referenceBlock, searchResultOf } from '../../lib/testing/referenceData'
import { renderApp, signedInAs } from '../../lib/testing/renderApp'

const block = referenceBlock('unterlagen-nachfordern')
const origin = referenceBlock('identitaet-pruefen')

function item(id: number, extra: Partial<NotificationItem>): NotificationItem {
  return {
    id,
    at: `2026-12-0${id}T10:00:00.000Z`,
    kind: 'decision',
    action: 'version.published',
    blockId: block.id,
    blockName: block.name,
    version: '1.0.0',
    actorId: 'user-kurator',
    actorName: 'Kuratorin Koordinierungsstelle',
    text: null,
    origin: null,
    unread: true,
    ...extra,
  }
}

function feed(items: NotificationItem[], extra: Partial<NotificationFeed> = {}): NotificationFeed {
  return { items, nextCursor: null, readUpTo: 0, unread: items.length, ...extra }
}

describe('notifications page', () => {
  it('shows the server feed with names, kinds and reasons, and marks it read on the server', async () => {
    const analyst = demoUser('modellierer')
    let readUpTo = 0
    const items = [
      item(4, {
        kind: 'upstreamChanged',
        action: 'variant.upstreamChanged',
        version: null,
        origin: { blockId: origin.id, name: origin.name, version: '1.1.0' },
      }),
      item(3, {
        action: 'version.rejected',
        text: 'Die Frist ist zu kurz.',
      }),
    ]
    const server = signedInAs(new FakeServer(), analyst)
      .on('GET', '/api/benachrichtigungen', () => ({
        json: feed(
          items.map((n) => ({ ...n, unread: n.id > readUpTo })),
          { readUpTo, unread: items.filter((n) => n.id > readUpTo).length }
        ),
      }))
      .on('POST', '/api/benachrichtigungen/gelesen', (request) => {
        readUpTo = (request.body as { upTo: number }).upTo
        return { json: { readUpTo } }
      })
    const { screen } = await renderApp(server, { path: '/benachrichtigungen' })
    const list = screen.getByRole('list', { name: 'Benachrichtigungen, neueste zuerst' })
    await expect.element(list.getByText('Zurückgewiesen')).toBeVisible()
    await expect.element(list.getByText('„Die Frist ist zu kurz.“')).toBeVisible()
    await expect
      .element(list.getByText(`Ursprung „${origin.name}“ hat Version 1.1.0 veröffentlicht`))
      .toBeVisible()
    await expect.element(list.getByText('Entscheidung über Ihre Einreichung')).toBeVisible()
    await expect
      .element(list.getByRole('link', { name: `${block.name} 1.0.0` }))
      .toHaveAttribute('title', block.id)
    await expect
      .element(list.getByText('von Kuratorin Koordinierungsstelle', { exact: false }).first())
      .toBeVisible()
    await expect.element(screen.getByText('2 neue Benachrichtigungen')).toBeVisible()
    await expectNoSeriousA11yViolations(document.body)

    await screen.getByRole('button', { name: 'Alle als gelesen markieren' }).click()
    await expect.element(screen.getByText('Keine neuen Benachrichtigungen')).toBeVisible()
    expect(server.requestsTo('POST', '/api/benachrichtigungen/gelesen')[0]?.body).toEqual({
      upTo: 4,
    })
    expect(list.getByText('neu', { exact: true }).elements()).toHaveLength(0)
  })

  it('loads older notifications with the cursor', async () => {
    const server = signedInAs(new FakeServer(), demoUser('kurator')).on(
      'GET',
      '/api/benachrichtigungen',
      (request) =>
        request.query.get('cursor') === 'weiter'
          ? { json: feed([item(1, { kind: 'reviewRequested', action: 'version.submitted' })]) }
          : { json: feed([item(2, {})], { nextCursor: 'weiter' }) }
    )
    const { screen } = await renderApp(server, { path: '/benachrichtigungen' })
    await screen.getByRole('button', { name: 'Ältere Benachrichtigungen laden' }).click()
    await expect.element(screen.getByText('Zu prüfen')).toBeVisible()
    const list = screen.getByRole('list', { name: 'Benachrichtigungen, neueste zuerst' })
    expect(list.getByRole('listitem').elements()).toHaveLength(2)
    expect(
      screen.getByRole('button', { name: 'Ältere Benachrichtigungen laden' }).elements()
    ).toHaveLength(0)
  })

  it('says so when there is nothing, and shows IT providers the latest publications too', async () => {
    const server = signedInAs(
      new FakeServer(),
      demoUser('it_dienstleister', 'it-dienstleister-sachsen')
    )
      .on('GET', '/api/benachrichtigungen', { json: feed([]) })
      .on('GET', '/api/bausteine', { json: searchResultOf([block]) })
    const { screen } = await renderApp(server, { path: '/benachrichtigungen' })
    await expect.element(screen.getByText('Keine Benachrichtigungen.')).toBeVisible()
    await expect
      .element(
        screen.getByRole('link', { name: `Version 1.0.0 von „${block.name}“ veröffentlicht` })
      )
      .toBeVisible()
    await expectNoSeriousA11yViolations(document.body)
  })
})
