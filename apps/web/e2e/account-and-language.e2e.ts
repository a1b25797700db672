/**
 * The account page's API token (shown once, then usable by the CLI and scripts as a bearer token
 * against the real API) and the language switch (German ⇄ English, remembered in this browser).
 * Screenshots for the user guide with BAUPLAN_SCREENSHOTS=1.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ACCOUNTS, launchChromium, newPage } from './support/browser'
import { explainFailure } from './support/failureShots'
import { screenshot } from './support/screenshots'
import { logIn } from './support/workbench'

describe('account and language', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function asAnalyst(run: (page: Page) => Promise<void>): Promise<void> {
    const { context, page } = await newPage(browser, baseUrl)
    try {
      await logIn(page, ACCOUNTS.analyst)
      await run(page)
    } catch (error) {
      await explainFailure(page, `account-${expect.getState().currentTestName ?? ''}`, error)
    } finally {
      await context.close()
    }
  }

  it('an API token is shown once, listed, and opens the API for a script', async () => {
    await asAnalyst(async (page) => {
      await page.goto('/konto')
      await page.getByRole('heading', { name: 'Konto', level: 1 }).waitFor()
      await page.getByLabel('Name des Tokens').fill('CLI Laptop')
      await page.getByRole('button', { name: 'Token erzeugen' }).click()
      const shown = page.getByRole('status').filter({ hasText: 'Ihr neues Token „CLI Laptop“' })
      await shown.waitFor()
      const secret = await shown.getByLabel('Token').inputValue()
      expect(secret.length).toBeGreaterThan(20)
      await page
        .getByRole('table', { name: 'Ihre API-Tokens' })
        .getByRole('row')
        .filter({ hasText: 'CLI Laptop' })
        .waitFor()
      await screenshot(page, 'konto')

      // What the CLI does with it: the token alone (no cookie) identifies the analyst.
      const response = await fetch(`${baseUrl}/api/session`, {
        headers: { Authorization: `Bearer ${secret}`, Accept: 'application/json' },
      })
      expect(response.status).toBe(200)
      const session = (await response.json()) as { user: { email?: string; username?: string } }
      expect(JSON.stringify(session.user)).toContain(ACCOUNTS.analyst)
    })
  })

  it('the language switch turns the workbench English and is remembered', async () => {
    await asAnalyst(async (page) => {
      await page.getByRole('heading', { name: 'Katalog', level: 1 }).waitFor()
      const switcher = page.getByRole('group', { name: 'Sprache' })
      await switcher.getByRole('button', { name: 'English' }).click()
      await page.getByRole('heading', { name: 'Catalogue', level: 1 }).waitFor()
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
      await page.getByRole('article', { name: 'Gewerbe anmelden' }).waitFor()
      await screenshot(page, 'englisch')

      await page.reload()
      await page.getByRole('heading', { name: 'Catalogue', level: 1 }).waitFor()
      await page
        .getByRole('group', { name: 'Language' })
        .getByRole('button', { name: 'Deutsch' })
        .click()
      await page.getByRole('heading', { name: 'Katalog', level: 1 }).waitFor()
    })
  })
})
