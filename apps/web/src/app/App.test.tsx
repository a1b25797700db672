import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { expectNoSeriousA11yViolations } from '../lib/testing/axe'
import { FakeServer, problemResponse } from '../lib/testing/fakeServer'
import { demoUser, searchResultOf, REFERENCE_BLOCKS } from '../lib/testing/referenceData'
import { renderApp, signedInAs } from '../lib/testing/renderApp'

function catalogueServer() {
  return signedInAs(new FakeServer(), demoUser('modellierer')).on('GET', '/api/bausteine', {
    json: searchResultOf(REFERENCE_BLOCKS.slice(0, 3)),
  })
}

describe('app shell', () => {
  it('sends a visitor without a session to the login page, remembering the page', async () => {
    const server = new FakeServer().on('GET', '/api/session', () =>
      problemResponse(401, 'auth.required', 'Für diese Anfrage ist eine Anmeldung nötig.')
    )
    const { screen, history } = await renderApp(server, { path: '/pruefung' })
    await expect.element(screen.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible()
    expect(history.location().pathname).toBe('/login')
    expect(history.location().search).toBe('?next=%2Fpruefung')
    expect(document.title).toBe('Anmelden – Bauplan')
  })

  it('shows who is signed in with organisation and role, and the main navigation', async () => {
    const { screen } = await renderApp(catalogueServer())
    const header = screen.getByRole('banner')
    await expect.element(header.getByText('Modellierer Koordinierungsstelle')).toBeVisible()
    await expect.element(header.getByText('Modellierer/in')).toBeVisible()
    await expect
      .element(header.getByText('Koordinierungsstelle E-Government-Generalbebauungsplan Sachsen'))
      .toBeVisible()
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' })
    await expect
      .element(nav.getByRole('link', { name: 'Katalog' }))
      .toHaveAttribute('aria-current', 'page')
    await expect
      .element(nav.getByRole('link', { name: 'Benachrichtigungen' }))
      .toHaveAttribute('href', '/benachrichtigungen')
    await expect.element(screen.getByRole('main')).toBeVisible()
  })

  it('switches to English: labels, document language and the language asked of the server', async () => {
    const server = catalogueServer()
    const { screen } = await renderApp(server)
    await expect.element(screen.getByRole('heading', { level: 1, name: 'Katalog' })).toBeVisible()
    await screen.getByRole('button', { name: 'English' }).click()
    await expect.element(screen.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible()
    await expect.element(screen.getByRole('link', { name: 'Notifications' })).toBeVisible()
    await expect
      .element(screen.getByRole('button', { name: 'English' }))
      .toHaveAttribute('aria-pressed', 'true')
    expect(document.documentElement.lang).toBe('en')
    await screen.getByRole('link', { name: 'Notifications' }).click()
    await expect
      .element(screen.getByRole('heading', { level: 1, name: 'Notifications' }))
      .toBeVisible()
    const last = server.requests.at(-1)
    expect(last?.headers.get('Accept-Language')).toBe('en')
    await screen.getByRole('button', { name: 'Deutsch' }).click()
    expect(document.documentElement.lang).toBe('de')
  })

  it('moves focus to the new page heading and sets the document title after navigation', async () => {
    const { screen } = await renderApp(
      catalogueServer().on('GET', '/api/tokens', { json: { items: [] } })
    )
    await expect.element(screen.getByRole('heading', { level: 1, name: 'Katalog' })).toBeVisible()
    expect(document.activeElement?.tagName).not.toBe('H1')
    await screen.getByRole('link', { name: 'Konto' }).click()
    const heading = screen.getByRole('heading', { level: 1, name: 'Konto' })
    await expect.element(heading).toHaveFocus()
    expect(document.title).toBe('Konto – Bauplan')
  })

  it('offers a skip link that moves focus into the main content', async () => {
    const { screen } = await renderApp(catalogueServer())
    await expect.element(screen.getByRole('heading', { level: 1, name: 'Katalog' })).toBeVisible()
    await userEvent.keyboard('{Tab}')
    const skip = screen.getByRole('link', { name: 'Zum Inhalt springen' })
    await expect.element(skip).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByRole('main')).toHaveFocus()
  })

  it('answers an unknown address with a 404 page without serious accessibility findings', async () => {
    const { screen } = await renderApp(catalogueServer(), { path: '/gibt-es-nicht' })
    await expect
      .element(screen.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }))
      .toBeVisible()
    await expect.element(screen.getByText('/gibt-es-nicht', { exact: false })).toBeVisible()
    await expect
      .element(screen.getByRole('link', { name: 'Zum Katalog' }))
      .toHaveAttribute('href', '/')
    await expectNoSeriousA11yViolations(document.body)
  })

  it('logs out with the CSRF token from the cookie and returns to the login page', async () => {
    document.cookie = 'bauplan_csrf=csrf-from-cookie; path=/'
    const server = catalogueServer().on('DELETE', '/api/session', { status: 204 })
    const { screen, history } = await renderApp(server)
    await screen.getByRole('button', { name: 'Abmelden' }).click()
    await expect.element(screen.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible()
    expect(history.location().pathname).toBe('/login')
    const logout = server.requestsTo('DELETE', '/api/session')[0]
    expect(logout?.headers.get('X-CSRF-Token')).toBe('csrf-from-cookie')
    document.cookie = 'bauplan_csrf=; path=/; max-age=0'
  })

  it('tells the user when the server cannot be reached and lets them try again', async () => {
    const server = new FakeServer()
    let calls = 0
    server.on('GET', '/api/session', () => {
      calls += 1
      return new Response('<html>Bad gateway</html>', { status: 502 })
    })
    const { screen } = await renderApp(server)
    await expect
      .element(screen.getByRole('heading', { level: 1, name: 'Der Server ist nicht erreichbar' }))
      .toBeVisible()
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Status 502')
    await screen.getByRole('button', { name: 'Erneut versuchen' }).click()
    await expect.poll(() => calls).toBe(2)
  })
})
