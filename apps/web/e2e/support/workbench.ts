/**
 * What a person does again and again in the workbench, expressed through visible labels and roles.
 * Every step ends by waiting for something a person would see (or the server would answer), never
 * for a fixed time: a loaded machine is slower, not different.
 */
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { DEMO_PASSWORD, WAIT_MS } from './browser'
import { storedBpmn } from './pageApi'

/** For `expect.poll`: its default (one second) is far too short on a loaded 2-core machine. */
export const POLL = { timeout: WAIT_MS, interval: 100 } as const

export async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('Benutzername oder E-Mail-Adresse').fill(username)
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await page.getByRole('button', { name: 'Abmelden' }).waitFor()
}

export function blockPath(id: string): string {
  return `/bausteine/${encodeURIComponent(id)}`
}

export function versionPath(id: string, version: string): string {
  return `${blockPath(id)}/versionen/${encodeURIComponent(version)}`
}

/** The block id and version of the editor page that is showing. */
export function editorTarget(page: Page): { id: string; version: string } {
  const segments = new URL(page.url()).pathname.split('/')
  return {
    id: decodeURIComponent(segments[2] ?? ''),
    version: decodeURIComponent(segments[4] ?? ''),
  }
}

/**
 * "Neuer Baustein" from the first template; resolves once the editor of the new draft shows.
 *
 * The dialog's template list starts with a disabled placeholder option ("Vorlagen werden
 * geladen …") and the name only counts once React has taken it (the suggested URN follows it), so
 * both are waited for before submitting. After submitting, exactly one of two things becomes
 * visible — the editor's URL or an alert in the dialog — and an alert fails with its text.
 */
export async function createBlockFromTemplate(
  page: Page,
  name: string,
  /** Runs with the filled-in dialog showing, before it is submitted (screenshots). */
  whenFilled?: () => Promise<void>
): Promise<string> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Neuer Baustein' }).click()
  const dialog = page.getByRole('dialog', { name: 'Neuen Baustein anlegen' })
  const template = dialog.getByRole('combobox', { name: 'Vorlage', exact: true })
  await expect.poll(() => template.isEnabled(), POLL).toBe(true)
  const nameField = dialog.getByRole('textbox', { name: 'Name des neuen Bausteins' })
  await nameField.fill(name)
  const idField = dialog.getByRole('textbox', { name: 'Kennung (URN)' })
  await expect.poll(() => idField.inputValue(), POLL).toMatch(/^urn:bauplan:baustein:[^:]+:.+/)
  await expect.poll(() => nameField.inputValue(), POLL).toBe(name)
  await whenFilled?.()

  await dialog.getByRole('button', { name: 'Anlegen und bearbeiten' }).click()
  await settledFirst(page.waitForURL(/\/bearbeiten$/), failureIn(dialog))
  // The URL changes before the editor has loaded the draft; its heading is the sign it is there.
  await page.getByRole('heading', { name: `Entwurf bearbeiten: ${name}`, level: 1 }).waitFor()
  await processCanvas(page).locator('.djs-container').waitFor()
  return editorTarget(page).id
}

/** Settles like the first of the waits to settle; the others' later failures are dropped. */
async function settledFirst(...waits: Promise<unknown>[]): Promise<void> {
  for (const wait of waits) wait.catch(() => undefined)
  await Promise.race(waits)
}

/** Rejects with the dialog's alert text as soon as it shows one; never resolves. */
async function failureIn(dialog: Locator): Promise<never> {
  const alert = dialog.getByRole('alert').filter({ hasText: /\S/ }).first()
  await alert.waitFor()
  throw new Error(`Creating the block failed in the dialog: ${await alert.innerText()}`)
}

export function processCanvas(page: Page): Locator {
  return page.getByRole('tabpanel', { name: 'Prozess (BPMN)' })
}

/**
 * Appends a task after the shape named `after` through the context pad and names it right away;
 * resolves when the diagram shows exactly one shape with the new name.
 */
export async function appendTask(page: Page, after: string, name: string): Promise<void> {
  const canvas = processCanvas(page)
  const shapes = canvas.locator('.djs-element.djs-shape')
  const before = await shapes.count()
  await shapes.filter({ hasText: after }).click()
  await canvas.getByTitle('Aufgabe anhängen').click()
  // Typing before the label editor has opened would send the keys to the page instead.
  const label = canvas.locator('.djs-direct-editing-parent')
  await label.waitFor()
  await label.pressSequentially(name)
  await page.keyboard.press('Enter')
  await expect.poll(() => shapes.count(), POLL).toBe(before + 1)
  await expect.poll(() => shapes.filter({ hasText: name }).count(), POLL).toBe(1)
}

/**
 * "Speichern", then waits until the server's copy of the draft has `mustContain` in its BPMN: the
 * status line alone could still show the state from before the change (autosave may also have
 * been first, which is fine).
 */
export async function saveDraft(
  page: Page,
  id: string,
  version: string,
  mustContain: string
): Promise<void> {
  await page.getByRole('button', { name: /Speichern/ }).click()
  await expect
    .poll(async () => (await storedBpmn(page, id, version)).includes(mustContain), POLL)
    .toBe(true)
  await page.getByRole('status').filter({ hasText: 'Alle Änderungen gespeichert' }).waitFor()
}

/** From the version page: "Zur Prüfung einreichen" and its confirmation. */
export async function submitForReview(page: Page, id: string, version: string): Promise<void> {
  await page.goto(versionPath(id, version))
  await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  await page.getByText(`Version ${version} ist eingereicht.`).waitFor()
}

/** On the version page of a version in review: "Freigeben und veröffentlichen" and confirm. */
export async function approve(page: Page, version: string): Promise<void> {
  await page.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click()
  await page.getByText(`Version ${version} ist veröffentlicht.`).waitFor()
}
