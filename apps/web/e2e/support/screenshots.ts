/**
 * Screenshots for the user guide and the README (docs/screenshots/<name>.png), written only with
 * BAUPLAN_SCREENSHOTS=1, so ordinary runs leave the tree clean. The tests take them at the moment
 * the page shows what the guide describes, after waiting for that state.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { REPO_ROOT } from '@bauplan/server-process'

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'docs/screenshots')

export function screenshotsWanted(): boolean {
  return process.env.BAUPLAN_SCREENSHOTS === '1'
}

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!screenshotsWanted()) return
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) })
}

/** One part of a page (a section, a panel), scrolled into view first. */
export async function screenshotOf(part: Locator, name: string): Promise<void> {
  if (!screenshotsWanted()) return
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await part.scrollIntoViewIfNeeded()
  await part.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) })
}
