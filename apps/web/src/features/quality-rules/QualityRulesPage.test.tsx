import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { expectNoSeriousA11yViolations } from '../../lib/testing/axe'
import { FakeServer } from '../../lib/testing/fakeServer'
import { demoUser } from '../../lib/testing/referenceData'
import { renderApp, signedInAs } from '../../lib/testing/renderApp'
import { ruleConfigurationRoutes } from './testing/ruleConfigurationRoutes'

const TASK_IN_LANE = 'Stufe für „Jede Aktivität liegt in einer Lane“'

describe('quality rules page', () => {
  it('lets a curator change a level with a comment, and lists the change in the history', async () => {
    const server = signedInAs(new FakeServer(), demoUser('kurator'))
    const rules = ruleConfigurationRoutes(server)
    const { screen } = await renderApp(server, { path: '/' })
    await screen.getByRole('link', { name: 'Prüfregeln' }).click()
    await expect
      .element(screen.getByRole('heading', { level: 1, name: 'Prüfregeln' }))
      .toBeVisible()
    await expect
      .element(screen.getByText('Stand: Standardkonfiguration, noch nie geändert.'))
      .toBeVisible()
    await expect
      .element(screen.getByText('Noch keine Änderungen – es gelten die Standardstufen.'))
      .toBeVisible()
    const select = screen.getByRole('combobox', { name: TASK_IN_LANE })
    await expect.element(select).toHaveValue('error')
    // Keyboard only: focus the select and choose "Warnung".
    await select.selectOptions('warning')
    await expect
      .element(screen.getByText('1 Regel(n) geändert, noch nicht gespeichert.'))
      .toBeVisible()
    await screen
      .getByLabelText('Kommentar zur Änderung')
      .fill('Lanes sind in Kommunen oft nicht modelliert.')
    await expectNoSeriousA11yViolations(document.body)
    await screen.getByRole('button', { name: 'Konfiguration speichern' }).click()

    await expect.element(screen.getByText('Gespeichert als Revision 1.')).toBeVisible()
    expect(server.requestsTo('PUT', '/api/pruefregeln')[0]?.body).toMatchObject({
      basedOnRevision: 0,
      comment: 'Lanes sind in Kommunen oft nicht modelliert.',
      rules: { 'bauplan/task-in-lane': 'warning', 'bauplan/named-flow-nodes': 'error' },
    })
    expect(rules.current().revision).toBe(1)
    await expect.element(screen.getByText(/^Revision 1 · .* · Kim Kurator$/)).toBeVisible()
    await expect
      .element(screen.getByText('Jede Aktivität liegt in einer Lane: Fehler → Warnung'))
      .toBeVisible()
    await expect
      .element(screen.getByText('Kommentar: Lanes sind in Kommunen oft nicht modelliert.'))
      .toBeVisible()
    await expect
      .element(screen.getByRole('combobox', { name: TASK_IN_LANE }))
      .toHaveValue('warning')
  })

  it('offers to reload when someone else saved in between (409), instead of overwriting', async () => {
    const server = signedInAs(new FakeServer(), demoUser('admin'))
    const rules = ruleConfigurationRoutes(server)
    const { screen } = await renderApp(server, { path: '/pruefregeln' })
    await screen.getByRole('combobox', { name: TASK_IN_LANE }).selectOptions('off')
    rules.saveAsOther({ 'bauplan/named-flow-nodes': 'warning' })
    await screen.getByRole('button', { name: 'Konfiguration speichern' }).click()
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/jetzt Revision 1/)
    expect(rules.current().revision).toBe(1)
    await screen.getByRole('button', { name: 'Neuen Stand laden' }).click()
    await expect
      .element(screen.getByRole('combobox', { name: 'Stufe für „Jeder Schritt ist benannt“' }))
      .toHaveValue('warning')
    await expect.element(screen.getByRole('combobox', { name: TASK_IN_LANE })).toHaveValue('error')
    await expect.element(screen.getByText(/^Revision 1 · .* · Alex Andere$/)).toBeVisible()
  })

  it('shows the server’s refusal in the row of the rule it names', async () => {
    const server = signedInAs(new FakeServer(), demoUser('kurator'))
    ruleConfigurationRoutes(server)
    const { screen } = await renderApp(server, { path: '/pruefregeln', locale: 'en' })
    const select = screen.getByRole('combobox', {
      name: 'Level for “Every activity lies in a lane”',
    })
    await expect.element(select).toBeVisible()
    // A level the UI never offers, as a stale or tampered client might send it.
    const element = select.element() as HTMLSelectElement
    element.add(new Option('sometimes', 'sometimes'))
    await select.selectOptions('sometimes')
    await screen.getByRole('button', { name: 'Save configuration' }).click()
    await expect.element(screen.getByText('Saving failed')).toBeVisible()
    await expect.element(select).toHaveAccessibleDescription(/"sometimes" is not a level/)
    await expect.element(select).toHaveAttribute('aria-invalid', 'true')
  })

  it('shows the levels read-only to analysts and keeps the page out of their navigation', async () => {
    const server = signedInAs(new FakeServer(), demoUser('modellierer'))
    ruleConfigurationRoutes(server)
    const { screen } = await renderApp(server, { path: '/pruefregeln' })
    await expect.element(screen.getByText(/Sie sehen die Konfiguration nur lesend/)).toBeVisible()
    await expect.element(screen.getByRole('cell', { name: 'Warnung' }).first()).toBeVisible()
    expect(screen.getByRole('combobox').elements()).toHaveLength(0)
    expect(screen.getByRole('button', { name: 'Konfiguration speichern' }).elements()).toHaveLength(
      0
    )
    expect(screen.getByRole('link', { name: 'Prüfregeln' }).elements()).toHaveLength(0)
    await userEvent.keyboard('{Tab}')
    await expectNoSeriousA11yViolations(document.body)
  })
})
