/**
 * The workbench's main path, as issue #4 tells it: an analyst creates a block from a template,
 * adds a task in the editor, meets a German validation message in the metadata, saves and submits;
 * a curator approves; the block is published. A variant is derived from it; a second version's
 * diff shows its change to the curator, who approves it; the variant then shows that its origin has
 * moved on, and its own submission is rejected with a reason (a too short one is refused in German);
 * an IT provider downloads the published files and cannot edit. Every step waits for
 * what a person would see (or what the server stored), and the screenshots of the user guide are
 * taken along the way (BAUPLAN_SCREENSHOTS=1).
 *
 * The tests build on each other (one block through its life), so they run in order in one file.
 */
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ACCOUNTS, launchChromium, newPage } from './support/browser'
import { explainFailure } from './support/failureShots'
import { callApi, draftsApiPath } from './support/pageApi'
import { screenshot } from './support/screenshots'
import {
  approve,
  blockPath,
  createBlockFromTemplate,
  editorTarget,
  insertTaskAfter,
  logIn,
  renameTask,
  POLL,
  saveDraft,
  submitForReview,
  versionPath,
} from './support/workbench'

const BLOCK_NAME = 'Ergebnis festhalten'
const FIRST_TASK = 'Ergebnis dokumentieren'
// The second version renames the task the first one added.
const SECOND_TASK = 'Ergebnis zur Akte nehmen'

describe('from template to published block, its variant and its next version', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser
  // Filled by the tests in order; each later test checks that the earlier one got this far.
  let id = ''
  let variantId = ''
  let variantVersion = ''
  let secondVersion = ''

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function as(account: string, run: (page: Page) => Promise<void>): Promise<void> {
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

  it('analyst drafts and submits, curator approves, the block is published', async () => {
    await as(ACCOUNTS.analyst, async (page) => {
      await page.getByRole('heading', { name: 'Katalog', level: 1 }).waitFor()
      await page.getByRole('article', { name: 'Gewerbe anmelden' }).waitFor()
      // The screenshot should show rendered previews, not their placeholders.
      await page
        .getByRole('img', { name: 'Prozessdiagramm „Andere Stellen beteiligen“ (Vorschau)' })
        .waitFor()
      await screenshot(page, 'katalog')

      id = await createBlockFromTemplate(page, BLOCK_NAME, () => screenshot(page, 'neuer-baustein'))
      expect(id).toBe('urn:bauplan:baustein:sn-koordinierungsstelle:ergebnis-festhalten')

      await insertTaskAfter(page, 'Stellungnahmen auswerten', FIRST_TASK)
      await screenshot(page, 'editor')

      // An invalid version shows a German message naming the field; the valid one clears it.
      await page.getByRole('tab', { name: 'Metadaten' }).click()
      const form = page.getByRole('form', { name: 'Metadaten des Bausteins' })
      const version = form.getByLabel('Version (Pflichtfeld)')
      await version.fill('eins')
      const summary = form.getByRole('region', { name: 'Die Metadaten enthalten 1 Fehler' })
      await expect
        .poll(async () => (await summary.getByRole('link').allTextContents()).join('\n'), POLL)
        .toContain('Feld „version“ hat den Wert „eins“; erwartet wird eine Versionsnummer')
      await screenshot(page, 'metadaten-fehler')
      await version.fill('1.0.0')
      // Cleared means: no error left. Warnings of the whole-folder checks (a missing
      // Handlungsgrundlage, say) may arrive a moment later and stay; they do not block anything.
      await expect.poll(() => form.getByText('Feld „version“').count(), POLL).toBe(0)
      await expect
        .poll(() => form.getByRole('region', { name: /enthalten [1-9]\d* Fehler/ }).count(), POLL)
        .toBe(0)
      await page.getByRole('tab', { name: /^Prüfungen \(\d+\)/ }).click()
      await page.getByRole('tabpanel', { name: /^Prüfungen/ }).waitFor()
      await screenshot(page, 'pruefungen')

      await saveDraft(page, id, '1.0.0', FIRST_TASK)
      await submitForReview(page, id, '1.0.0')
    })

    await as(ACCOUNTS.curator, async (page) => {
      await page.goto('/pruefung')
      await page.getByRole('heading', { name: 'Prüfung', level: 1 }).waitFor()
      await page.getByRole('link', { name: BLOCK_NAME }).first().click()
      await page.getByRole('heading', { name: BLOCK_NAME, level: 1 }).waitFor()
      // A first version has nothing published to compare with, and says so.
      await page.getByText('Dies ist die erste Version des Bausteins').waitFor()
      await approve(page, '1.0.0')
      await page.goto(blockPath(id))
      await page
        .getByText(/Status: Veröffentlicht/)
        .first()
        .waitFor()
      await screenshot(page, 'baustein')
    })

    // Published means: in the catalogue, for everyone, with the task the analyst added.
    await as(ACCOUNTS.itProvider, async (page) => {
      await page.goto(`/?q=${encodeURIComponent(BLOCK_NAME)}`)
      const card = page.getByRole('article', { name: BLOCK_NAME })
      await card.getByText(/Status: Veröffentlicht/).waitFor()
    })
  })

  it('an analyst derives a variant of the published version', async () => {
    expect(id, 'the first test publishes the block').not.toBe('')
    await as(ACCOUNTS.analyst, async (page) => {
      await page.goto(versionPath(id, '1.0.0'))
      await page.getByRole('button', { name: 'Variante ableiten' }).click()
      const dialog = page.getByRole('dialog', { name: 'Variante von Version 1.0.0 ableiten' })
      // The suggestion names the variant's organisation; here that is the origin's own, so the
      // analyst gives the variant an identifier of its own.
      variantId = `${id}-muster`
      await dialog.getByLabel('Kennung der Variante (URN)').fill(variantId)
      await dialog.getByRole('button', { name: 'Variante ableiten' }).click()
      await page.waitForURL((url) => url.pathname.startsWith(blockPath(variantId)))
      variantVersion = decodeURIComponent(new URL(page.url()).pathname.split('/')[4] ?? '')
      expect(variantVersion).not.toBe('')
      await page.getByRole('heading', { name: BLOCK_NAME, level: 1 }).waitFor()
      // The variant names where it comes from.
      await page
        .getByRole('region', { name: 'Varianten' })
        .getByText(`Diese Variante ist abgeleitet von ${BLOCK_NAME}, Version 1.0.0.`)
        .waitFor()
    })
  })

  it('a second version: the curator sees its change in the diff and approves it', async () => {
    expect(id, 'the first test publishes the block').not.toBe('')
    await as(ACCOUNTS.analyst, async (page) => {
      await page.goto(blockPath(id))
      await page.getByRole('button', { name: 'Neuen Entwurf anlegen' }).click()
      await page.waitForURL(/\/bearbeiten$/)
      secondVersion = editorTarget(page).version
      expect(secondVersion).not.toBe('1.0.0')
      await page.getByRole('heading', { name: `Entwurf bearbeiten: ${BLOCK_NAME}` }).waitFor()
      await renameTask(page, FIRST_TASK, SECOND_TASK)
      await saveDraft(page, id, secondVersion, SECOND_TASK)
      await submitForReview(page, id, secondVersion)
    })

    await as(ACCOUNTS.curator, async (page) => {
      await page.goto('/pruefung')
      await page.getByRole('heading', { name: 'Prüfung', level: 1 }).waitFor()
      await page.getByRole('link', { name: BLOCK_NAME }).first().waitFor()
      await screenshot(page, 'pruefung')

      await page.goto(versionPath(id, secondVersion))
      await page
        .getByRole('heading', { name: 'Änderungen gegenüber der veröffentlichten Version 1.0.0' })
        .waitFor()
      const changed = page
        .getByRole('listitem')
        .filter({ hasText: `geändert: ${SECOND_TASK} (` })
        .filter({ hasText: 'geänderte Eigenschaften: name' })
      await changed.first().waitFor()
      await screenshot(page, 'review')

      await page.getByRole('link', { name: 'Vergleich mit 1.0.0 als eigene Seite öffnen' }).click()
      await page.waitForURL(/\/diff\?/)
      await page
        .getByRole('heading', { name: `Unterschiede von Version 1.0.0 zu ${secondVersion}` })
        .waitFor()
      await changed.first().waitFor()
      // A rename is a change: nothing was added or removed.
      const addedOrRemoved = page
        .getByRole('listitem')
        .filter({ hasText: /^(hinzugefügt|entfernt): / })
      await expect.poll(() => addedOrRemoved.count(), POLL).toBe(0)
      await screenshot(page, 'diff')

      await page.goto(versionPath(id, secondVersion))
      await approve(page, secondVersion)
    })
  })

  it('the variant shows that its origin has published a newer version', async () => {
    expect(variantId, 'the variant test derives it').not.toBe('')
    expect(secondVersion, 'the second-version test publishes it').not.toBe('')
    await as(ACCOUNTS.analyst, async (page) => {
      await page.goto(blockPath(variantId))
      await page
        .getByText(
          `Der Ursprungsbaustein hat neue Versionen veröffentlicht (${secondVersion}); diese Variante basiert auf 1.0.0.`
        )
        .waitFor()
      await screenshot(page, 'variante')

      await page.goto('/benachrichtigungen')
      await page.getByRole('heading', { name: 'Benachrichtigungen', level: 1 }).waitFor()
      // The curator's approvals reach the analyst's organisation as notifications.
      await page
        .getByRole('list', { name: 'Benachrichtigungen, neueste zuerst' })
        .getByRole('listitem')
        .filter({ hasText: BLOCK_NAME })
        .first()
        .waitFor()
      await screenshot(page, 'benachrichtigungen')
    })
  })

  it('a curator rejects a submission with a reason; the analyst reads it', async () => {
    expect(variantVersion, 'the variant test derives it').not.toBe('')
    const reason = 'Bitte die Frist der Beteiligung an die Satzung anpassen.'
    await as(ACCOUNTS.analyst, async (page) => {
      await submitForReview(page, variantId, variantVersion)
    })

    await as(ACCOUNTS.curator, async (page) => {
      await page.goto(versionPath(variantId, variantVersion))
      await page.getByRole('button', { name: 'Zurückweisen' }).click()
      const dialog = page.getByRole('dialog', { name: 'Zurückweisen' })
      const field = dialog.getByLabel('Begründung der Zurückweisung (mindestens 10 Zeichen)')
      // Too short a reason is refused in German, naming the rule.
      await field.fill('zu kurz')
      await dialog.getByRole('button', { name: 'Zurückweisen' }).click()
      await dialog
        .getByRole('alert')
        .getByText('Bitte begründen Sie die Zurückweisung mit mindestens 10 Zeichen.')
        .waitFor()
      await field.fill(reason)
      await dialog.getByRole('button', { name: 'Zurückweisen' }).click()
      await page
        .getByText(`Version ${variantVersion} ist zurückgewiesen und wieder ein Entwurf.`)
        .waitFor()
    })

    await as(ACCOUNTS.analyst, async (page) => {
      await page.goto(versionPath(variantId, variantVersion))
      await page.getByRole('region', { name: 'Versionen' }).getByText(reason).first().waitFor()
      await page.getByRole('link', { name: 'Entwurf bearbeiten' }).waitFor()
    })
  })

  it('an IT provider downloads the published files and cannot edit', async () => {
    expect(secondVersion, 'the second-version test publishes it').not.toBe('')
    await as(ACCOUNTS.itProvider, async (page) => {
      await page.goto(blockPath(id))
      await page.getByRole('heading', { name: BLOCK_NAME, level: 1 }).waitFor()
      await page.getByRole('region', { name: 'Versionen' }).waitFor()
      await page.getByRole('region', { name: 'Dateien' }).waitFor()
      expect(await page.getByRole('link', { name: 'Entwurf bearbeiten' }).count()).toBe(0)
      expect(await page.getByRole('button', { name: 'Neuen Entwurf anlegen' }).count()).toBe(0)
      await screenshot(page, 'it-dienstleister')

      const downloading = page.waitForEvent('download')
      await page.getByRole('link', { name: 'Alle Dateien als Zip herunterladen' }).click()
      const download = await downloading
      expect(download.suggestedFilename()).toMatch(/\.zip$/)
      const zipPath = await download.path()
      // A zip archive starts with the local file header signature "PK\x03\x04".
      expect(readFileSync(zipPath).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 3, 4]))

      // The server is the real guard: starting a new draft from this session is refused.
      const answer = await callApi(page, 'POST', draftsApiPath(id), {})
      expect(answer.status, answer.text).toBe(403)
    })
  })
})
