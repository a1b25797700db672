/**
 * When a step fails, the page as it was is the best explanation: a screenshot goes to
 * apps/web/e2e/__screenshots__/ (ignored by git) and the error message names it and the URL.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'

const FAILURE_DIR = fileURLToPath(new URL('../__screenshots__/', import.meta.url))

export async function explainFailure(page: Page, label: string, error: unknown): Promise<never> {
  const file = path.join(FAILURE_DIR, `${label.replace(/[^\w-]+/g, '-').slice(0, 80)}.png`)
  let where = ''
  try {
    mkdirSync(FAILURE_DIR, { recursive: true })
    await page.screenshot({ path: file, fullPage: true, timeout: 10_000 })
    where = `\n  page: ${page.url()}\n  screenshot: ${file}`
  } catch {
    where = `\n  page: ${page.url()} (no screenshot: the page was gone)`
  }
  if (error instanceof Error) {
    error.message += where
    throw error
  }
  throw new Error(`${String(error)}${where}`)
}
