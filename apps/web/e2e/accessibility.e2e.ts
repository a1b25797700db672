/**
 * axe-core (WCAG 2 A/AA) on every main page of the workbench — login, catalogue, block page,
 * editor, review list, a version in review with its diff, the diff page, notifications, account
 * and quality rules — with zero serious or critical violations allowed. Each page is checked once
 * it shows its content (not its loading state). The login page and the catalogue are also
 * screenshot for the user guide.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { describeFindings, seriousViolations } from './support/axe'
import { ACCOUNTS, launchChromium, newPage } from './support/browser'
import { explainFailure } from './support/failureShots'
import { callApi, draftsApiPath, versionApiPath } from './support/pageApi'
import { screenshot } from './support/screenshots'
import { blockPath, createBlockFromTemplate, logIn, versionPath } from './support/workbench'

const REFERENCE_BLOCK = 'urn:bauplan:baustein:sn:gewerbe-anmelden'

describe('accessibility of the main pages', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser
  // A new version of the reference block, submitted in beforeAll, so review and diff have content.
  let published = ''
  let inReview = ''

  beforeAll(async () => {
    browser = await launchChromium()
    await withPage(ACCOUNTS.analyst, async (page) => {
      const overview = await callApi(
        page,
        'GET',
        `/api/bausteine/${encodeURIComponent(REFERENCE_BLOCK)}`
      )
      expect(overview.status, overview.text).toBe(200)
      published = (JSON.parse(overview.text) as { latestPublished: string }).latestPublished
      const draft = await callApi(page, 'POST', draftsApiPath(REFERENCE_BLOCK), {})
      expect(draft.status, draft.text).toBe(201)
      inReview = (JSON.parse(draft.text) as { version: { version: string } }).version.version
      const submitted = await callApi(
        page,
        'POST',
        `${versionApiPath(REFERENCE_BLOCK, inReview)}/einreichen`,
        {}
      )
      expect(submitted.status, submitted.text).toBe(200)
    })
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** A fresh context, signed in as `account` (or not at all), closed afterwards. */
  async function withPage(
    account: string | undefined,
    run: (page: Page) => Promise<void>
  ): Promise<void> {
    const { context, page } = await newPage(browser, baseUrl)
    try {
      if (account) await logIn(page, account)
      await run(page)
    } catch (error) {
      await explainFailure(page, `a11y-${expect.getState().currentTestName ?? ''}`, error)
    } finally {
      await context.close()
    }
  }

  async function expectNoSeriousViolations(page: Page): Promise<void> {
    const findings = await seriousViolations(page)
    expect(findings, describeFindings(findings)).toEqual([])
  }

  it('login page', async () => {
    await withPage(undefined, async (page) => {
      await page.goto('/login')
      await page.getByRole('heading', { name: 'Anmelden', level: 1 }).waitFor()
      await screenshot(page, 'anmeldung')
      await expectNoSeriousViolations(page)
    })
  })

  it('the check itself reports a serious violation when one is there', async () => {
    await withPage(undefined, async (page) => {
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

  const listPages: Array<[string, string, string, string]> = [
    ['Katalog', ACCOUNTS.analyst, '/', 'Katalog'],
    ['Prüfung (list of versions in review)', ACCOUNTS.curator, '/pruefung', 'Prüfung'],
    ['Benachrichtigungen', ACCOUNTS.analyst, '/benachrichtigungen', 'Benachrichtigungen'],
    ['Konto', ACCOUNTS.analyst, '/konto', 'Konto'],
    ['Prüfregeln', ACCOUNTS.curator, '/pruefregeln', 'Prüfregeln'],
  ]
  it.each(listPages)('%s', async (_name, account, path, heading) => {
    await withPage(account, async (page) => {
      await page.goto(path)
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor()
      await expectNoSeriousViolations(page)
    })
  })

  it('Baustein page', async () => {
    await withPage(ACCOUNTS.analyst, async (page) => {
      await page.goto(blockPath(REFERENCE_BLOCK))
      await page.getByRole('heading', { name: 'Gewerbe anmelden', level: 1 }).waitFor()
      await page.getByRole('region', { name: 'Versionen' }).waitFor()
      await expectNoSeriousViolations(page)
    })
  })

  it('a version in review with its diff, as the curator sees it', async () => {
    await withPage(ACCOUNTS.curator, async (page) => {
      await page.goto(versionPath(REFERENCE_BLOCK, inReview))
      await page
        .getByRole('heading', {
          name: `Änderungen gegenüber der veröffentlichten Version ${published}`,
        })
        .waitFor()
      await page.getByRole('heading', { name: 'Geänderte Elemente' }).waitFor()
      await page.getByRole('button', { name: 'Freigeben und veröffentlichen' }).waitFor()
      await expectNoSeriousViolations(page)
    })
  })

  it('diff page', async () => {
    await withPage(ACCOUNTS.analyst, async (page) => {
      const query = new URLSearchParams({ von: published, bis: inReview })
      await page.goto(`${blockPath(REFERENCE_BLOCK)}/diff?${query}`)
      await page
        .getByRole('heading', { name: `Unterschiede von Version ${published} zu ${inReview}` })
        .waitFor()
      await page.getByRole('heading', { name: 'Geänderte Elemente' }).waitFor()
      await expectNoSeriousViolations(page)
    })
  })

  it("editor's UI around the canvas", async () => {
    await withPage(ACCOUNTS.analyst, async (page) => {
      await createBlockFromTemplate(page, 'Barrierefreiheit prüfen')
      await expectNoSeriousViolations(page)
    })
  })
})
