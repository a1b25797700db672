/**
 * The workbench's main path, as the issue tells it: an analyst creates a block from a template,
 * adds a task in the editor, meets a German validation message in the metadata, saves and submits;
 * a curator approves; the block is published. Screenshots of the pages along the way are written
 * to docs/screenshots only with BAUPLAN_SCREENSHOTS=1, so ordinary runs leave the tree clean.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ACCOUNTS, launchChromium, newPage } from './support/browser'
import { REPO_ROOT } from './support/server'
import { blockPath, createBlockFromTemplate, logIn } from './support/workbench'

const SCREENSHOT_DIR = path.join(REPO_ROOT, 'docs/screenshots')

async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.BAUPLAN_SCREENSHOTS !== '1') return
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) })
}

describe('from template to published block', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('analyst drafts and submits, curator approves, the block is published', async () => {
    const analyst = await newPage(browser, baseUrl)
    const page = analyst.page
    let id: string
    try {
      await logIn(page, ACCOUNTS.analyst)
      await page.getByRole('heading', { name: 'Katalog', level: 1 }).waitFor()
      await page.getByRole('article', { name: 'Gewerbe anmelden' }).waitFor()
      await screenshot(page, 'katalog')

      id = await createBlockFromTemplate(page, 'Ergebnis festhalten')

      // A task appended after an existing one through the context pad, named right away.
      const process = page.getByRole('tabpanel', { name: 'Prozess (BPMN)' })
      const shapes = process.locator('.djs-element.djs-shape')
      const before = await shapes.count()
      await shapes.filter({ hasText: 'Stellungnahmen auswerten' }).click()
      await process.getByTitle('Aufgabe anhängen').click()
      await page.keyboard.type('Ergebnis dokumentieren')
      await page.keyboard.press('Enter')
      await expect.poll(() => shapes.count()).toBe(before + 1)
      await expect.poll(() => shapes.filter({ hasText: 'Ergebnis dokumentieren' }).count()).toBe(1)
      await screenshot(page, 'editor')

      // An invalid version shows a German message naming the problem; the valid one clears it.
      await page.getByRole('tab', { name: 'Metadaten' }).click()
      const form = page.getByRole('form', { name: 'Metadaten des Bausteins' })
      const version = form.getByLabel('Version (Pflichtfeld)')
      await version.fill('eins')
      const summary = form.getByRole('region', { name: 'Die Metadaten enthalten 1 Fehler' })
      await expect
        .poll(() => summary.getByRole('link').first().textContent())
        .toContain('Feld „version“ hat den Wert „eins“; erwartet wird eine Versionsnummer')
      await screenshot(page, 'metadaten-fehler')
      await version.fill('1.0.0')
      await form.getByText('Die Metadaten sind gültig.').waitFor()

      await page.getByRole('button', { name: /Speichern/ }).click()
      await page.getByRole('status').filter({ hasText: 'Alle Änderungen gespeichert' }).waitFor()

      await page.goto(blockPath(id))
      await page.getByRole('heading', { name: 'Ergebnis festhalten', level: 1 }).waitFor()
      await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
      await page.getByText('Version 1.0.0 ist eingereicht.').waitFor()
    } finally {
      await analyst.context.close()
    }

    const curator = await newPage(browser, baseUrl)
    try {
      const review = curator.page
      await logIn(review, ACCOUNTS.curator)
      await review.goto('/pruefung')
      await review.getByRole('heading', { name: 'Prüfung', level: 1 }).waitFor()
      await review.getByRole('link', { name: 'Ergebnis festhalten' }).first().click()
      await review.getByRole('heading', { name: 'Ergebnis festhalten', level: 1 }).waitFor()
      await review.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click()
      const dialog = review.getByRole('dialog')
      await dialog.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click()
      await review.getByText('Version 1.0.0 ist veröffentlicht.').waitFor()
      await review.goto(blockPath(id))
      await review
        .getByText(/Status: Veröffentlicht/)
        .first()
        .waitFor()
      await screenshot(review, 'baustein')
    } finally {
      await curator.context.close()
    }
  })
})
