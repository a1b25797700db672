/**
 * axe-core (WCAG 2 A/AA) on every main page of the workbench as a signed-in analyst sees it, and
 * on the login page; zero serious or critical violations allowed.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { describeFindings, seriousViolations } from './support/axe'
import { ACCOUNTS, launchChromium, newPage } from './support/browser'
import { blockPath, createBlockFromTemplate, logIn } from './support/workbench'

const REFERENCE_BLOCK = 'urn:bauplan:baustein:sn:gewerbe-anmelden'

describe('accessibility of the main pages', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function withPage(run: (page: Page) => Promise<void>): Promise<void> {
    const { context, page } = await newPage(browser, baseUrl)
    try {
      await run(page)
    } finally {
      await context.close()
    }
  }

  async function expectNoSeriousViolations(page: Page): Promise<void> {
    const findings = await seriousViolations(page)
    expect(findings, describeFindings(findings)).toEqual([])
  }

  it('login page', async () => {
    await withPage(async (page) => {
      await page.goto('/login')
      await page.getByRole('heading', { name: 'Anmelden', level: 1 }).waitFor()
      await expectNoSeriousViolations(page)
    })
  })

  it('the check itself reports a serious violation when one is there', async () => {
    await withPage(async (page) => {
      await page.goto('/login')
      await page.getByRole('heading', { name: 'Anmelden', level: 1 }).waitFor()
      // An image without a text alternative is a critical WCAG 1.1.1 failure.
      await page.evaluate(() => {
        const image = document.createElement('img')
        image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='
        document.querySelector('main')?.append(image)
      })
      const findings = await seriousViolations(page)
      expect(findings.map((f) => f.id)).toContain('image-alt')
    })
  })

  const signedInPages: Array<[string, string, string]> = [
    ['Katalog', '/', 'Katalog'],
    ['Prüfung', '/pruefung', 'Prüfung'],
    ['Benachrichtigungen', '/benachrichtigungen', 'Benachrichtigungen'],
    ['Konto', '/konto', 'Konto'],
  ]
  it.each(signedInPages)('%s', async (_name, path, heading) => {
    await withPage(async (page) => {
      await logIn(page, ACCOUNTS.analyst)
      await page.goto(path)
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor()
      await expectNoSeriousViolations(page)
    })
  })

  it('Baustein page', async () => {
    await withPage(async (page) => {
      await logIn(page, ACCOUNTS.analyst)
      await page.goto(blockPath(REFERENCE_BLOCK))
      await page.getByRole('heading', { name: 'Gewerbe anmelden', level: 1 }).waitFor()
      await expectNoSeriousViolations(page)
    })
  })

  it("editor's UI around the canvas", async () => {
    await withPage(async (page) => {
      await logIn(page, ACCOUNTS.analyst)
      await createBlockFromTemplate(page, 'Barrierefreiheit prüfen')
      await expectNoSeriousViolations(page)
    })
  })
})
