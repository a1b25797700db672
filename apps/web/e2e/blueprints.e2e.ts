/**
 * Blueprints end to end against the real server: an IT provider exports a published procedure
 * from its version page (a real download through the browser), and a curator uploads that bundle
 * on the import page (real XMLHttpRequest upload, real verification). Importing a catalogue's own
 * bundle back changes nothing, which keeps the shared server's catalogue as it was for the other
 * files: every check passes and every version is reported as already here, unchanged.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { describeFindings, seriousViolations } from './support/axe'
import { ACCOUNTS, launchChromium, newPage } from './support/browser'
import { explainFailure } from './support/failureShots'
import { callApi } from './support/pageApi'
import { screenshot, screenshotOf } from './support/screenshots'
import { logIn, versionPath } from './support/workbench'

const PROCEDURE = 'urn:bauplan:baustein:sn:hundesteuer-anmelden'

describe('blueprints: export in the workbench, import on the import page', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser
  let folder = ''
  let bundlePath = ''

  beforeAll(async () => {
    browser = await launchChromium()
    folder = await mkdtemp(path.join(tmpdir(), 'bauplan-e2e-blueprint-'))
  })
  afterAll(async () => {
    await browser?.close()
    if (folder !== '') await rm(folder, { recursive: true, force: true })
  })

  async function withPage(account: string, run: (page: Page) => Promise<void>): Promise<void> {
    const { context, page } = await newPage(browser, baseUrl)
    try {
      await logIn(page, account)
      await run(page)
    } catch (error) {
      await explainFailure(page, `${expect.getState().currentTestName ?? 'e2e'}-${account}`, error)
    } finally {
      await context.close()
    }
  }

  it('an IT provider exports the published procedure as a bundle with progress', async () => {
    await withPage(ACCOUNTS.itProvider, async (page) => {
      const overview = await callApi(page, 'GET', `/api/bausteine/${encodeURIComponent(PROCEDURE)}`)
      expect(overview.status, overview.text).toBe(200)
      const version = (JSON.parse(overview.text) as { latestPublished: string }).latestPublished
      await page.goto(versionPath(PROCEDURE, version))
      const section = page.locator('.blueprint-export')
      await section.getByRole('heading', { name: 'Implementierungsblaupause' }).waitFor()
      const download = page.waitForEvent('download')
      await section.getByRole('button', { name: 'Blaupause exportieren' }).click()
      const file = await download
      expect(file.suggestedFilename()).toBe(`hundesteuer-anmelden-${version}-all.zip`)
      bundlePath = path.join(folder, file.suggestedFilename())
      await file.saveAs(bundlePath)
      await section.getByText(/gespeichert \(/).waitFor()
      await screenshotOf(section, 'blueprint-export')
      // A zip with the manifest at its root.
      const bytes = await readFile(bundlePath)
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
      expect(bytes.includes(Buffer.from('blueprint.json'))).toBe(true)
    })
  })

  it('a curator imports the bundle: all checks pass, nothing changes, the versions are linked', async () => {
    expect(bundlePath, 'the export test saves the bundle first').not.toBe('')
    await withPage(ACCOUNTS.curator, async (page) => {
      await page.goto('/')
      await page
        .getByRole('navigation', { name: 'Hauptnavigation' })
        .getByRole('link', { name: 'Import' })
        .click()
      await page.getByRole('heading', { level: 1, name: 'Blaupause importieren' }).waitFor()
      await page.getByLabel('Bundle (Zip)').setInputFiles(bundlePath)
      await page.getByRole('button', { name: 'Importieren' }).click()
      await page.getByRole('heading', { name: 'Import abgeschlossen' }).waitFor()

      await expect.poll(() => page.getByText('bestanden', { exact: true }).count()).toBe(7)
      await page.getByRole('heading', { name: 'Neu importiert (0)' }).waitFor()
      const unchanged = page.getByRole('heading', {
        name: /^Schon vorhanden, unverändert \(\d+\)$/,
      })
      await unchanged.waitFor()
      const count = Number(/\((\d+)\)/.exec((await unchanged.textContent()) ?? '')?.[1])
      expect(count).toBeGreaterThan(1)
      await page.getByText(/^Herkunft: urn:bauplan:baustein:sn:hundesteuer-anmelden@/).waitFor()
      await screenshot(page, 'blueprint-import')
      const findings = await seriousViolations(page)
      expect(findings, describeFindings(findings)).toEqual([])

      await page.getByRole('link', { name: new RegExp(`^${PROCEDURE} `) }).click()
      await page.waitForURL(
        /\/bausteine\/urn%3Abauplan%3Abaustein%3Asn%3Ahundesteuer-anmelden\/versionen\//
      )
    })
  })

  it('an IT provider has no import entry and is told why on the import page', async () => {
    await withPage(ACCOUNTS.itProvider, async (page) => {
      await page.goto('/blaupausen/import')
      await page.getByText(/^Blaupausen importieren dürfen nur Kuratorinnen/).waitFor()
      const nav = page.getByRole('navigation', { name: 'Hauptnavigation' })
      expect(await nav.getByRole('link', { name: 'Import' }).count()).toBe(0)
    })
  })
})
