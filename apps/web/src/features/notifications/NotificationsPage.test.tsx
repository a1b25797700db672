import { beforeEach, describe, expect, it } from 'vitest'
import { expectNoSeriousA11yViolations } from '../../lib/testing/axe'
import { FakeServer } from '../../lib/testing/fakeServer'
import {
  auditEntry,
  demoUser,
  referenceBlock,
  searchResultOf,
  versionDetailOf,
} from '../../lib/testing/referenceData'
import { renderApp, signedInAs } from '../../lib/testing/renderApp'

const block = referenceBlock('unterlagen-nachfordern')

beforeEach(() => localStorage.clear())

describe('notifications page', () => {
  it('derives notifications from the audit log and marks them read', async () => {
    const analyst = demoUser('modellierer')
    const server = signedInAs(new FakeServer(), analyst)
      .on('GET', '/api/bausteine', { json: searchResultOf([block]) })
      .on('GET', '/api/bausteine/:id/versionen/:version', { json: versionDetailOf(block) })
      .on('GET', '/api/bausteine/:id/audit', {
        json: {
          items: [
            auditEntry(3, 'version.rejected', block.id, 'curator', '2026-12-02T10:00:00.000Z', {
              reason: 'Die Frist ist zu kurz.',
            }),
            auditEntry(2, 'version.submitted', block.id, analyst.id, '2026-12-01T10:00:00.000Z'),
          ],
          nextCursor: null,
        },
      })
    const { screen } = await renderApp(server, { path: '/benachrichtigungen' })
    const list = screen.getByRole('list', { name: 'Benachrichtigungen, neueste zuerst' })
    await expect.element(list.getByText('Zurückgewiesen')).toBeVisible()
    await expect.element(list.getByText('„Die Frist ist zu kurz.“')).toBeVisible()
    await expect.element(list.getByRole('link', { name: `${block.name} 1.0.0` })).toBeVisible()
    expect(list.getByText('Zur Prüfung eingereicht').elements()).toHaveLength(0)
    await expect.element(screen.getByText('1 neue Benachrichtigungen')).toBeVisible()
    await expectNoSeriousA11yViolations(document.body)
    await screen.getByRole('button', { name: 'Alle als gelesen markieren' }).click()
    await expect.element(screen.getByText('Keine neuen Benachrichtigungen')).toBeVisible()
    expect(
      server.requestsTo('GET', `/api/bausteine/${encodeURIComponent(block.id)}/audit`)
    ).toHaveLength(1)
  })

  it('shows IT providers the latest publications instead of audit logs', async () => {
    const server = signedInAs(
      new FakeServer(),
      demoUser('it_dienstleister', 'it-dienstleister-sachsen')
    ).on('GET', '/api/bausteine', { json: searchResultOf([block]) })
    const { screen } = await renderApp(server, { path: '/benachrichtigungen' })
    await expect
      .element(
        screen.getByRole('link', { name: `Version 1.0.0 von „${block.name}“ veröffentlicht` })
      )
      .toBeVisible()
    expect(server.requests.some((r) => r.path.endsWith('/audit'))).toBe(false)
    await expectNoSeriousA11yViolations(document.body)
  })
})
