/**
 * The launch flags of every Chromium Bauplan starts (the blueprint renderer, the vitest browser
 * projects, the end-to-end suite, the benchmarks). The machines run on a closed network, so
 * Chromium must neither wait for nor report to anything outside (see shared/toolchain.md).
 *
 * A fresh profile is not a flag here: playwright starts every browser with a new temporary user
 * data dir and refuses `--user-data-dir` in `args`.
 */
export const CHROMIUM_ARGS: readonly string[] = Object.freeze([
  // No window, no sandbox (containers lack the namespaces it needs), no GPU (there is none):
  // playwright adds `--headless` itself by default; it is here so that the list alone suffices.
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  // Quiet and offline: no QUIC probing, no first-run dialogs, and none of the background traffic
  // (safe browsing, component and variations updates, sync) that would time out on a closed network.
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
])
