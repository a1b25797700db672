import { describe, expect, it } from 'vitest'
import type { ApiToken } from '../../lib/api/types'
import { expectNoSeriousA11yViolations } from '../../lib/testing/axe'
import { FakeServer } from '../../lib/testing/fakeServer'
import { demoUser } from '../../lib/testing/referenceData'
import { renderApp, signedInAs } from '../../lib/testing/renderApp'

describe('account page', () => {
  it('creates an API token, shows its secret once, and revokes it', async () => {
    const tokens: ApiToken[] = []
    const server = signedInAs(new FakeServer(), demoUser('modellierer'))
      .on('GET', '/api/tokens', () => ({ json: { items: tokens } }))
      .on('POST', '/api/tokens', (request) => {
        const body = request.body as { name: string; expiresInDays: number }
        const token: ApiToken = {
          id: 't1',
          name: body.name,
          createdAt: '2026-12-01T10:00:00.000Z',
          expiresAt: '2099-01-01T00:00:00.000Z',
          lastUsedAt: null,
          revokedAt: null,
        }
        tokens.push(token)
        return { status: 201, json: { token, secret: 'bpl_secret_shown_once' } }
      })
      .on('DELETE', '/api/tokens/:id', (request) => {
        const token = tokens.find((t) => t.id === request.params.id)!
        token.revokedAt = '2026-12-01T11:00:00.000Z'
        return { json: token }
      })
    const { screen } = await renderApp(server, { path: '/konto' })
    await expect.element(screen.getByText('Sie haben noch keine API-Tokens.')).toBeVisible()
    await screen.getByLabelText('Name des Tokens').fill('CLI Laptop')
    await screen.getByRole('button', { name: 'Token erzeugen' }).click()
    await expect
      .element(screen.getByLabelText('Token', { exact: true }))
      .toHaveValue('bpl_secret_shown_once')
    expect(server.requestsTo('POST', '/api/tokens')[0]?.body).toEqual({
      name: 'CLI Laptop',
      expiresInDays: 90,
    })
    await expect.element(screen.getByRole('cell', { name: 'aktiv' })).toBeVisible()
    await expectNoSeriousA11yViolations(document.body)
    const confirm = window.confirm
    window.confirm = () => true
    await screen.getByRole('button', { name: 'Token „CLI Laptop“ widerrufen' }).click()
    window.confirm = confirm
    await expect.element(screen.getByRole('cell', { name: /widerrufen am/ })).toBeVisible()
  })
})
