/**
 * Chromium for the suite (Debian's, never a downloaded one) and a signed-in page per test.
 */
import { CHROMIUM_ARGS, chromiumExecutablePath } from '@bauplan/chromium'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const DEMO_PASSWORD = 'bauplan-demo'
export const VIEWPORT = { width: 1400, height: 900 }
/**
 * How long any single wait may take. A loaded machine is slow; every wait is on a condition, so a
 * generous limit costs nothing when it is fast and only bounds how long a real failure takes.
 */
export const WAIT_MS = 30_000

export const ACCOUNTS = {
  analyst: 'analyst@koordinierung.example',
  curator: 'kurator@koordinierung.example',
  itProvider: 'it@dienstleister.example',
} as const

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutablePath(), args: [...CHROMIUM_ARGS] })
}

export async function newPage(
  browser: Browser,
  baseUrl: string
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: VIEWPORT,
    locale: 'de-DE',
  })
  context.setDefaultTimeout(WAIT_MS)
  const page = await context.newPage()
  return { context, page }
}
