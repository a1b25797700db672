/**
 * What a person does again and again in the workbench, expressed through visible labels and roles.
 */
import type { Page } from 'playwright-core'
import { DEMO_PASSWORD } from './browser'

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

/** "Neuer Baustein" from the first template; resolves once the editor of the new draft shows. */
export async function createBlockFromTemplate(page: Page, name: string): Promise<string> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Neuer Baustein' }).click()
  const dialog = page.getByRole('dialog', { name: 'Neuen Baustein anlegen' })
  await dialog.getByLabel('Vorlage').locator('option').first().waitFor({ state: 'attached' })
  await dialog.getByLabel('Name des neuen Bausteins').fill(name)
  await dialog.getByRole('button', { name: 'Anlegen und bearbeiten' }).click()
  await page.waitForURL(/\/bearbeiten$/)
  // The URL changes before the editor has loaded the draft; its heading is the sign it is there.
  await page.getByRole('heading', { name: `Entwurf bearbeiten: ${name}`, level: 1 }).waitFor()
  await page.getByRole('tabpanel', { name: 'Prozess (BPMN)' }).locator('.djs-container').waitFor()
  const segment = new URL(page.url()).pathname.split('/')[2] ?? ''
  return decodeURIComponent(segment)
}
