import { describe, expect, it } from 'vitest'
import type { MySubmission, User } from '../../lib/api/types'
import { expectNoSeriousA11yViolations } from '../../lib/testing/axe'
import { FakeServer } from '../../lib/testing/fakeServer'
import {
  demoUser,
  referenceBlock,
  searchHitOf,
  searchResultOf,
} from '../../lib/testing/referenceData'
import { renderApp, signedInAs } from '../../lib/testing/renderApp'

const hund = referenceBlock('hundesteuer-anmelden')
const park = referenceBlock('bewohnerparkausweis-beantragen')

function reviewServer(user: User) {
  const inReview = { ...searchResultOf([hund]), hits: [searchHitOf(hund, 'in_pruefung')] }
  const mine: MySubmission[] = [
    {
      blockId: park.id,
      blockName: park.name,
      version: '1.0.0',
      status: 'rejected',
      state: 'entwurf',
      submittedAt: '2026-12-01T09:00:00.000Z',
      note: 'bitte prüfen',
      decision: {
        kind: 'zurueckgewiesen',
        at: '2026-12-02T09:00:00.000Z',
        actorId: 'user-kurator',
        actorName: 'Kuratorin Koordinierungsstelle',
        reason: 'Die Gebühr fehlt.',
      },
    },
  ]
  return signedInAs(new FakeServer(), user)
    .on('GET', '/api/bausteine', (request) =>
      request.query.getAll('status').join() === 'in_pruefung'
        ? { json: inReview }
        : { json: searchResultOf([park]) }
    )
    .on('GET', '/api/benachrichtigungen/einreichungen', { json: { items: mine } })
}

describe('review page', () => {
  it('lists versions in review for curators, with links to them', async () => {
    const { screen } = await renderApp(reviewServer(demoUser('kurator')), { path: '/pruefung' })
    const queue = screen.getByRole('region', { name: 'Zur Prüfung eingereicht' })
    await expect
      .element(queue.getByRole('link', { name: 'Hundesteuer anmelden' }))
      .toHaveAttribute(
        'href',
        `/bausteine/${encodeURIComponent(hund.id)}/versionen/${hund.version}`
      )
    expect(screen.getByRole('region', { name: 'Meine Einreichungen' }).elements()).toHaveLength(0)
    await expectNoSeriousA11yViolations(document.body)
  })

  it('shows analysts their submissions and the outcome with the reason', async () => {
    const analyst = demoUser('modellierer')
    const { screen } = await renderApp(reviewServer(analyst), { path: '/pruefung' })
    const mine = screen.getByRole('region', { name: 'Meine Einreichungen' })
    await expect
      .element(mine.getByRole('cell', { name: 'Zurückgewiesen', exact: false }))
      .toBeVisible()
    await expect
      .element(mine.getByText('von Kuratorin Koordinierungsstelle', { exact: false }))
      .toBeVisible()
    await expect.element(mine.getByText('Ihre Notiz: „bitte prüfen“')).toBeVisible()
    await expect.element(mine.getByRole('cell', { name: 'Die Gebühr fehlt.' })).toBeVisible()
    await expect.element(mine.getByRole('link', { name: park.name })).toBeVisible()
    expect(screen.getByRole('region', { name: 'Zur Prüfung eingereicht' }).elements()).toHaveLength(
      0
    )
    await expectNoSeriousA11yViolations(document.body)
  })
})
