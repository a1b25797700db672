/**
 * The Chromium part of every vitest browser project: Debian's /usr/bin/chromium (playwright never
 * downloads a browser here), headless, with flags that keep it quiet on a closed network. Each
 * project adds its own specifics (include, timeouts, screenshots) around it.
 *
 * The project passes its own `playwright` provider factory: @vitest/browser-playwright is a
 * dependency of the projects, not of the repository root, so this file must not import it.
 */
// A copy of @bauplan/chromium's CHROMIUM_ARGS without `--headless` (the provider adds it): vite
// bundles this config but leaves package imports to Node, which cannot load that package's
// TypeScript. packages/chromium/src/vitestConfigInStep.test.ts keeps the two in step.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

interface ChromiumLaunch {
  launchOptions: { executablePath: string; args: string[] }
}

export function headlessChromium<Provider>(playwright: (options: ChromiumLaunch) => Provider) {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [...CHROMIUM_ARGS],
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  }
}
