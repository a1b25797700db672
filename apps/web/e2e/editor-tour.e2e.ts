/**
 * A procedure (Verfahren) in the workbench: its block page lists the blocks it calls, and in the
 * editor a call activity shows which catalogue block it calls (the call-activity picker) while the
 * decision tab opens the DMN table. Screenshots for the user guide with BAUPLAN_SCREENSHOTS=1.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ACCOUNTS, launchChromium, newPage } from './support/browser'
import { explainFailure } from './support/failureShots'
import { screenshot, screenshotOf } from './support/screenshots'
import { blockPath, logIn, POLL, processCanvas } from './support/workbench'

// Not the procedure quality-gates.e2e.ts drafts: the files share one server, and a block has at
// most one open draft.
const PROCEDURE = 'urn:bauplan:baustein:sn:bewohnerparkausweis-beantragen'
const PROCEDURE_NAME = 'Bewohnerparkausweis beantragen'
// „Melde- und Halterdaten abrufen“ (its label wraps into lines, so it is found by its BPMN id).
const CALL_ACTIVITY_ID = 'Activity_RegisterAbfragen'
const DECISION_TABLE = 'Entscheidungstabelle: Berechtigung'

describe('a procedure in the editor', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('lists its called blocks, links a call activity to its block and opens its decisions', async () => {
    const { context, page } = await newPage(browser, baseUrl)
    try {
      await logIn(page, ACCOUNTS.analyst)
      await page.goto(blockPath(PROCEDURE))
      await page.getByRole('heading', { name: PROCEDURE_NAME, level: 1 }).waitFor()
      const dependencies = page.getByRole('region', { name: 'Abhängigkeiten und Verwendungen' })
      const called = dependencies.getByRole('table', { name: 'Aufgerufene Bausteine' })
      await expect.poll(() => called.getByRole('row').count(), POLL).toBeGreaterThan(2)
      await screenshotOf(dependencies, 'abhaengigkeiten')

      await page.getByRole('button', { name: 'Neuen Entwurf anlegen' }).click()
      await page.waitForURL(/\/bearbeiten$/)
      await page
        .getByRole('heading', { name: `Entwurf bearbeiten: ${PROCEDURE_NAME}`, level: 1 })
        .waitFor()
      const call = processCanvas(page).locator(
        `.djs-element.djs-shape[data-element-id="${CALL_ACTIVITY_ID}"]`
      )
      await call.click()
      const picker = page.getByRole('complementary', {
        name: 'Eigenschaften des ausgewählten Elements',
      })
      await picker.getByRole('heading', { name: 'Aufgerufener Baustein' }).waitFor()
      await picker.getByRole('button', { name: 'Baustein öffnen' }).waitFor()
      await screenshot(page, 'aufrufaktivitaet')

      await page.getByRole('tab', { name: /^Entscheidungen \(DMN\)/ }).click()
      const decisions = page.getByRole('tabpanel', { name: /^Entscheidungen \(DMN\)/ })
      const table = decisions
        .getByRole('tab', { name: DECISION_TABLE })
        .or(decisions.getByRole('button', { name: DECISION_TABLE }))
      await table.click()
      await decisions.locator('.dmn-decision-table-container').first().waitFor()
      await decisions.getByText('Berechtigung').first().waitFor()
      await screenshot(page, 'dmn')
    } catch (error) {
      await explainFailure(page, 'editor-tour', error)
    } finally {
      await context.close()
    }
  })
})
