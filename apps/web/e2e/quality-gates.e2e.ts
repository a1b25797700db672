/**
 * Quality gates as the user guide (docs/user-guide/quality-gates.md) tells them: a curator sets a
 * rule's level on the Prüfregeln page; an analyst opens a draft of a procedure with decisions, sees
 * the live lint markers and the rule findings among the checks, and runs the decision tests in the
 * browser, one of them failing. Screenshots (docs/screenshots/quality-*.png) only with
 * BAUPLAN_SCREENSHOTS=1.
 *
 * The suite shares one server: the curator only lowers a rule (error → warning), which cannot make
 * another file's block fail its gate.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ACCOUNTS, launchChromium, newPage } from './support/browser'
import { REPO_ROOT } from '@bauplan/server-process'
import { blockPath, logIn } from './support/workbench'

const SCREENSHOT_DIR = path.join(REPO_ROOT, 'docs/screenshots')
const HUNDESTEUER = 'urn:bauplan:baustein:sn:hundesteuer-anmelden'
/** expect.poll's default second is far too short on a loaded 2-core machine. */
const POLL = { timeout: 30_000, interval: 100 } as const

async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.BAUPLAN_SCREENSHOTS !== '1') return
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) })
}

describe('quality gates', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a curator lowers a rule to a warning; the change is a new revision in the history', async () => {
    const { context, page } = await newPage(browser, baseUrl)
    try {
      await logIn(page, ACCOUNTS.curator)
      await page.getByRole('link', { name: 'Prüfregeln' }).click()
      await page.getByRole('heading', { name: 'Prüfregeln', level: 1 }).waitFor()
      const level = page.getByRole('combobox', {
        name: 'Stufe für „Jede Aktivität liegt in einer Lane“',
      })
      await expect.poll(() => level.inputValue(), POLL).toBe('error')
      await level.selectOption('warning')
      await page
        .getByLabel('Kommentar zur Änderung')
        .fill('Viele Kommunen modellieren Teilprozesse ohne Lanes; Hinweis statt Sperre.')
      await page.getByRole('button', { name: 'Konfiguration speichern' }).click()
      await page.getByText(/^Gespeichert als Revision \d+\.$/).waitFor()
      await page.getByText('Jede Aktivität liegt in einer Lane: Fehler → Warnung').first().waitFor()
      await expect.poll(() => level.inputValue(), POLL).toBe('warning')
      await screenshot(page, 'quality-rules')
    } finally {
      await context.close()
    }
  })

  it('an analyst sees lint markers and rule findings, and runs the decision tests', async () => {
    const { context, page } = await newPage(browser, baseUrl)
    try {
      await logIn(page, ACCOUNTS.analyst)
      await page.goto(blockPath(HUNDESTEUER))
      await page.getByRole('button', { name: 'Neuen Entwurf anlegen' }).click()
      await page
        .getByRole('heading', { name: 'Entwurf bearbeiten: Hund zur Hundesteuer anmelden' })
        .waitFor()
      const canvas = page.getByRole('tabpanel', { name: 'Prozess (BPMN)' })
      await canvas.locator('[data-ready="true"]').waitFor()

      // A new task, left unnamed: the rule "Jeder Schritt ist benannt" marks it on the canvas.
      const shapes = canvas.locator('.djs-element.djs-shape')
      const before = await shapes.count()
      await shapes.filter({ hasText: 'Hundesteuer festsetzen' }).first().click()
      await canvas.getByTitle('Aufgabe anhängen').click()
      await canvas.locator('.djs-direct-editing-parent').waitFor()
      await page.keyboard.press('Escape')
      await expect.poll(() => shapes.count(), POLL).toBe(before + 1)
      // The new task is the selected shape; its marker lists the finding when hovered.
      const taskId = await canvas
        .locator('.djs-shape.selected')
        .first()
        .getAttribute('data-element-id')
      // For the screenshot: the diagram scrolled left and zoomed in around the new task, so its
      // marker and the finding's text are readable (wheel scrolls, Ctrl+wheel zooms in diagram-js).
      const container = await canvas.locator('.djs-container').boundingBox()
      await page.mouse.move(
        container!.x + container!.width / 2,
        container!.y + container!.height / 2
      )
      await page.mouse.wheel(400, 0)
      const task = await canvas.locator(`.djs-element[data-element-id="${taskId}"]`).boundingBox()
      await page.mouse.move(task!.x + task!.width / 2, task!.y + task!.height / 2)
      await page.keyboard.down('Control')
      // diagram-js zooms one step per wheel event.
      for (let step = 0; step < 5; step++) await page.mouse.wheel(0, -120)
      await page.keyboard.up('Control')
      const overlay = canvas.locator(`.djs-overlays[data-container-id="${taskId}"] .bjsl-overlay`)
      await overlay.locator('.bjsl-icon-error').waitFor()
      await overlay.hover()
      const dropdown = overlay.locator('.bjsl-dropdown-content')
      await dropdown.waitFor({ state: 'visible' })
      expect(await dropdown.innerText()).toContain('hat keinen Namen')
      await screenshot(page, 'quality-lint')

      await page.getByRole('tab', { name: /^Prüfungen/ }).click()
      const finding = page.getByText('(Prüfregel „Jeder Schritt ist benannt“)').first()
      await finding.waitFor()
      await screenshot(page, 'quality-checks')

      await page.getByRole('tab', { name: 'Entscheidungstests' }).click()
      await page.getByRole('heading', { name: 'Entscheidung „Steuersatz“' }).waitFor()
      await page.getByRole('button', { name: 'Tests ausführen' }).click()
      const summary = page.getByText(/^\d+ Tests: \d+ bestanden, 0 fehlgeschlagen\.$/)
      await summary.waitFor()

      // The analyst expects the second dog to cost more than the statute says: that test fails.
      await page.getByRole('textbox', { name: 'Test Nr. 2: erwartet „jahressteuer“' }).fill('120')
      await page.getByRole('button', { name: 'Tests ausführen' }).click()
      await page.getByText(/^\d+ Tests: \d+ bestanden, 1 fehlgeschlagen\.$/).waitFor()
      const failed = page.locator('tr.decision-test-failed')
      await expect.poll(() => failed.count(), POLL).toBe(1)
      expect(await failed.innerText()).toContain('Ist: 100')
      expect(await failed.innerText()).toMatch(/Getroffene Regeln: Regel \d+/)
      await failed.scrollIntoViewIfNeeded()
      await screenshot(page, 'quality-decision-tests')
    } finally {
      await context.close()
    }
  })
})
