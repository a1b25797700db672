import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { expectNoSeriousA11yViolations } from '../../lib/testing/axe'
import { FakeServer, problemResponse } from '../../lib/testing/fakeServer'
import { demoUser, ORGANISATIONS, searchResultOf } from '../../lib/testing/referenceData'
import { renderApp } from '../../lib/testing/renderApp'

/** The server answers a wrong password in the language the client asked for, as the real one does. */
function loginServer() {
  const user = demoUser('kurator')
  return new FakeServer()
    .on('GET', '/api/session', () =>
      problemResponse(401, 'auth.required', 'Anmeldung erforderlich')
    )
    .on('POST', '/api/session', (request) => {
      const body = request.body as { username: string; password: string }
      if (body.password !== 'bauplan-demo') {
        const english = request.headers.get('Accept-Language') === 'en'
        return problemResponse(
          401,
          'auth.invalidCredentials',
          english
            ? 'User name (or e-mail address) or password is wrong.'
            : 'Benutzername (oder E-Mail-Adresse) oder Passwort ist falsch.'
        )
      }
      return { json: { user, via: 'session', csrfToken: 'csrf-1' } }
    })
    .on('GET', '/api/organisations', {
      json: { items: ORGANISATIONS, total: 3, limit: 100, offset: 0 },
    })
    .on('GET', '/api/bausteine', { json: searchResultOf([]) })
}

describe('login page', () => {
  it('has labelled fields and no serious accessibility findings', async () => {
    const { screen } = await renderApp(loginServer(), { path: '/login' })
    await expect.element(screen.getByLabelText('Benutzername oder E-Mail-Adresse')).toBeVisible()
    await expect.element(screen.getByLabelText('Passwort')).toHaveAttribute('type', 'password')
    await expectNoSeriousA11yViolations(document.body)
  })

  it('shows the server’s error in German, announced as an alert, and keeps the form usable', async () => {
    const server = loginServer()
    const { screen } = await renderApp(server, { path: '/login' })
    await screen
      .getByLabelText('Benutzername oder E-Mail-Adresse')
      .fill('kurator@koordinierung.example')
    await screen.getByLabelText('Passwort').fill('falsch')
    await screen.getByRole('button', { name: 'Anmelden' }).click()
    const alert = screen.getByRole('alert')
    await expect.element(alert).toHaveTextContent('Anmeldung fehlgeschlagen')
    await expect
      .element(alert)
      .toHaveTextContent('Benutzername (oder E-Mail-Adresse) oder Passwort ist falsch.')
    await expect.element(screen.getByLabelText('Passwort')).toHaveAttribute('aria-invalid', 'true')
    await expect.element(screen.getByRole('button', { name: 'Anmelden' })).toBeEnabled()
    await expectNoSeriousA11yViolations(document.body)
  })

  it('shows the error in English after switching the language', async () => {
    const { screen } = await renderApp(loginServer(), { path: '/login' })
    await screen.getByRole('button', { name: 'English' }).click()
    await screen.getByLabelText('User name or e-mail address').fill('kurator@koordinierung.example')
    await screen.getByLabelText('Password').fill('wrong')
    await userEvent.keyboard('{Enter}')
    const alert = screen.getByRole('alert')
    await expect.element(alert).toHaveTextContent('Login failed')
    await expect
      .element(alert)
      .toHaveTextContent('User name (or e-mail address) or password is wrong.')
  })

  it('signs in and continues to the page the user asked for', async () => {
    const server = loginServer().on('GET', '/api/tokens', { json: { items: [] } })
    const { screen, history } = await renderApp(server, { path: '/login?next=%2Fkonto' })
    await screen
      .getByLabelText('Benutzername oder E-Mail-Adresse')
      .fill('kurator@koordinierung.example')
    await screen.getByLabelText('Passwort').fill('bauplan-demo')
    await screen.getByRole('button', { name: 'Anmelden' }).click()
    await expect.element(screen.getByRole('heading', { level: 1, name: 'Konto' })).toBeVisible()
    expect(history.location().pathname).toBe('/konto')
    await expect.element(screen.getByRole('banner').getByText('Kurator/in')).toBeVisible()
  })

  it('asks for both fields before sending anything', async () => {
    const server = loginServer()
    const { screen } = await renderApp(server, { path: '/login' })
    await screen.getByRole('button', { name: 'Anmelden' }).click()
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Bitte füllen Sie beide Felder aus.')
    expect(server.requestsTo('POST', '/api/session')).toHaveLength(0)
  })
})
