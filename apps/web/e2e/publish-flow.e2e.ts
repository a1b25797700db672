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
  // The first test publishes this block; the second builds its next version on top of it.
  let id = ''

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('analyst drafts and submits, curator approves, the block is published', async () => {
    const analyst = await newPage(browser, baseUrl)
    const page = analyst.page
    try {
      await logIn(page, ACCOUNTS.analyst)
      await page.getByRole('heading', { name: 'Katalog', level: 1 }).waitFor()
      await page.getByRole('article', { name: 'Gewerbe anmelden' }).waitFor()
      // The screenshot should show rendered previews, not their placeholders.
      await page
        .getByRole('img', { name: 'Prozessdiagramm „Andere Stellen beteiligen“ (Vorschau)' })
        .waitFor()
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

  it('a second version shows its change in the diff; an IT provider cannot edit', async () => {
    expect(id, 'the first test publishes the block').not.toBe('')
    const analyst = await newPage(browser, baseUrl)
    let draftVersion: string
    try {
      const page = analyst.page
      await logIn(page, ACCOUNTS.analyst)
      await page.goto(blockPath(id))
      await page.getByRole('button', { name: 'Neuen Entwurf anlegen' }).click()
      await page.waitForURL(/\/bearbeiten$/)
      draftVersion = decodeURIComponent(new URL(page.url()).pathname.split('/')[4] ?? '')
      expect(draftVersion).not.toBe('1.0.0')
      const process = page.getByRole('tabpanel', { name: 'Prozess (BPMN)' })
      const shapes = process.locator('.djs-element.djs-shape')
      await shapes.filter({ hasText: 'Ergebnis dokumentieren' }).click()
      await process.getByTitle('Aufgabe anhängen').click()
      await page.keyboard.type('Akte schließen')
      await page.keyboard.press('Enter')
      await expect.poll(() => shapes.filter({ hasText: 'Akte schließen' }).count()).toBe(1)
      await page.getByRole('button', { name: /Speichern/ }).click()
      await page.getByRole('status').filter({ hasText: 'Alle Änderungen gespeichert' }).waitFor()

      await page.goto(`${blockPath(id)}/versionen/${encodeURIComponent(draftVersion)}`)
      await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
      await page.getByText(`Version ${draftVersion} ist eingereicht.`).waitFor()
    } finally {
      await analyst.context.close()
    }

    const curator = await newPage(browser, baseUrl)
    try {
      const review = curator.page
      await logIn(review, ACCOUNTS.curator)
      await review.goto('/pruefung')
      await review.getByRole('heading', { name: 'Prüfung', level: 1 }).waitFor()
      await screenshot(review, 'pruefung')
      await review.goto(`${blockPath(id)}/versionen/${encodeURIComponent(draftVersion)}`)
      await review
        .getByRole('heading', { name: 'Änderungen gegenüber der veröffentlichten Version 1.0.0' })
        .waitFor()
      await review.getByText('Akte schließen').first().waitFor()
      await screenshot(review, 'review')
      await review
        .getByRole('link', { name: 'Vergleich mit 1.0.0 als eigene Seite öffnen' })
        .click()
      await review.waitForURL(/\/diff/)
      await review.getByText('Akte schließen').first().waitFor()
      await screenshot(review, 'diff')
    } finally {
      await curator.context.close()
    }

    const itProvider = await newPage(browser, baseUrl)
    try {
      const page = itProvider.page
      await logIn(page, ACCOUNTS.itProvider)
      await page.goto(blockPath(id))
      await page.getByRole('heading', { name: 'Ergebnis festhalten', level: 1 }).waitFor()
      await page.getByRole('region', { name: 'Versionen' }).waitFor()
      await expect(page.getByRole('link', { name: 'Entwurf bearbeiten' }).count()).resolves.toBe(0)
      await expect(
        page.getByRole('button', { name: 'Neuen Entwurf anlegen' }).count()
      ).resolves.toBe(0)
      // The server is the real guard: the same write from this session is refused.
      const status = await page.evaluate(
        async ({ url }) => {
          const csrf = /(?:^|; )bauplan_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? ''
          const response = await fetch(url, {
            method: 'PUT',
            headers: {
              'Content-Type': 'application/json',
              'X-CSRF-Token': decodeURIComponent(csrf),
            },
            body: '{}',
          })
          return response.status
        },
        {
          url: `/api/bausteine/${encodeURIComponent(id)}/versionen/${encodeURIComponent(draftVersion)}/dateien/baustein.json`,
        }
      )
      expect(status).toBe(403)
    } finally {
      await itProvider.context.close()
    }
  })
})
