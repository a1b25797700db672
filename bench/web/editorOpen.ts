// Benchmark: opening a 1,000-element BPMN draft in the workbench's editor against bare bpmn-js
// importing the same file, in the same Chromium and the same run (issue #4: ratio ≤ 1.5), plus the
// size of the production bundle.
//
// Run from the repository root:
//   pnpm exec tsx --tsconfig bench/tsconfig.json bench/web/editorOpen.ts [--rounds 15] [--warmup 2]
//     [--elements 1000] [--no-build]
//
// Method: builds apps/web (unless --no-build) and measures its dist/assets; starts the real server
// (SQLite, demo accounts) and stores the generated diagram (bench/lint/diagram.ts, with DI) as a
// draft of the demo analyst; bundles a bare bpmn-js page with the same Vite. One Chromium, one
// browser context (signed in, shared HTTP cache). Each round opens a fresh tab for each page,
// alternating which goes first, and reads `performance.now()` (milliseconds since the navigation
// started) at the first animation frame in which the page is "fully rendered":
//   editor: `.bauplan-process-modeler[data-ready="true"]` (import done, viewport fitted, React
//           committed), at least as many `.djs-shape`s as the diagram has BPMNShapes, and the
//           properties panel (`.bio-properties-panel`) in the DOM;
//   bare:   `importXML` and `zoom('fit-viewport')` done, the same number of shapes in the DOM.
// Warm-up rounds are not counted. p50/p95 over the timed rounds; the ratio is editor / bare, of the
// p50s and, since each round opens both pages back to back, also per round (median of the ratios).
import { createRequire } from 'node:module'
import { CHROMIUM_ARGS, chromiumExecutablePath } from '@bauplan/chromium'
import type { BrowserContext, BrowserType } from 'playwright-core'
import { generateDiagram, segmentsFor } from '../lint/diagram'
import { BARE_READY_ATTRIBUTE, serveBarePage } from './barePage'
import { percentile } from './percentiles'
import { seedDraft } from './seedDraft'
import { startServerProcess } from '@bauplan/server-process'
import { buildWebApp, bundleFiles, type BundleFile } from './webBuild'

// bench/ has no node_modules of its own: playwright-core comes from the web app, which depends on it
// (bench/tsconfig.json maps its types there).
const requireFromWeb = createRequire(new URL('../../apps/web/package.json', import.meta.url))
const { chromium } = requireFromWeb('playwright-core') as { chromium: BrowserType }

const rounds = numberOption('--rounds', 15)
const warmup = numberOption('--warmup', 2)
const elements = numberOption('--elements', 1000)
const build = !process.argv.includes('--no-build')
const READY_TIMEOUT_MS = 180_000

function numberOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(name)
  if (index === -1) return fallback
  const value = Number(process.argv[index + 1])
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} needs a whole number`)
  return value
}

function progress(text: string): void {
  process.stderr.write(`${text}\n`)
}

/** A browser-side check (a string: bench/ is type-checked without DOM types). */
function readyCheck(rootSelector: string, shapes: number, extra = 'true'): string {
  return `(() => {
    const root = document.querySelector(${JSON.stringify(rootSelector)})
    if (!root || root.querySelectorAll('.djs-shape').length < ${shapes} || !(${extra})) return false
    window.__benchReadyAt ??= performance.now()
    return true
  })()`
}

async function timeOpen(context: BrowserContext, url: string, check: string): Promise<number> {
  const page = await context.newPage()
  try {
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(check, undefined, { polling: 'raf', timeout: READY_TIMEOUT_MS })
    return (await page.evaluate('window.__benchReadyAt')) as number
  } finally {
    await page.close()
  }
}

function kib(bytes: number): string {
  return (bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })
}

function ms(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 0 })
}

function bundleTable(files: BundleFile[]): string[] {
  const total = files.reduce(
    (sum, f) => ({ raw: sum.raw + f.rawBytes, gzip: sum.gzip + f.gzipBytes }),
    { raw: 0, gzip: 0 }
  )
  return [
    '| File (apps/web/dist/assets) | Raw KiB | Gzip KiB |',
    '| --- | ---: | ---: |',
    ...files.map((f) => `| ${f.name} | ${kib(f.rawBytes)} | ${kib(f.gzipBytes)} |`),
    `| **Total (JS + CSS)** | **${kib(total.raw)}** | **${kib(total.gzip)}** |`,
  ]
}

const diagram = generateDiagram(segmentsFor({ elements }), elements)
const shapes = (diagram.xml.match(/<bpmndi:BPMNShape /g) ?? []).length
progress(`diagram: ${diagram.elements} elements, ${shapes} shapes with DI`)
if (build) {
  progress('building apps/web …')
  buildWebApp()
}
const bundle = bundleFiles()
progress('bundling the bare bpmn-js page …')
const bare = await serveBarePage(diagram.xml)
progress('starting the server …')
const server = await startServerProcess()
const browser = await chromium.launch({
  executablePath: chromiumExecutablePath(),
  args: [...CHROMIUM_ARGS],
})
try {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: 1400, height: 900 },
    locale: 'de-DE',
  })
  const editorPath = await seedDraft(context.request, diagram.xml)
  const editorUrl = `${server.baseUrl}${editorPath}`
  const editorCheck = readyCheck(
    '.bauplan-process-modeler[data-ready="true"]',
    shapes,
    "root.querySelector('.bio-properties-panel') !== null"
  )
  const bareCheck = readyCheck(`body[${BARE_READY_ATTRIBUTE}="true"]`, shapes)
  const editorMs: number[] = []
  const bareMs: number[] = []
  for (let round = 0; round < warmup + rounds; round++) {
    const counted = round >= warmup
    // Alternate the order so neither page always profits from a just-warmed process.
    const order = round % 2 === 0 ? (['editor', 'bare'] as const) : (['bare', 'editor'] as const)
    const times = { editor: Number.NaN, bare: Number.NaN }
    for (const which of order) {
      times[which] =
        which === 'editor'
          ? await timeOpen(context, editorUrl, editorCheck)
          : await timeOpen(context, bare.url, bareCheck)
    }
    if (counted) {
      editorMs.push(times.editor)
      bareMs.push(times.bare)
    }
    progress(
      `round ${round + 1}/${warmup + rounds}${counted ? '' : ' (warm-up)'}: editor ${ms(times.editor)} ms, bare ${ms(times.bare)} ms`
    )
  }
  await context.close()
  const p50 = { editor: percentile(editorMs, 50), bare: percentile(bareMs, 50) }
  const p95 = { editor: percentile(editorMs, 95), bare: percentile(bareMs, 95) }
  const roundRatios = editorMs.map((editor, i) => editor / (bareMs[i] ?? Number.NaN))
  const version = browser.version()
  const lines = [
    `Chromium ${version}, node ${process.version}; ${diagram.elements}-element diagram (${shapes} shapes); ${rounds} timed rounds after ${warmup} warm-up rounds`,
    '',
    '| Page | p50 ms | p95 ms |',
    '| --- | ---: | ---: |',
    `| Editor (navigation → fully rendered) | ${ms(p50.editor)} | ${ms(p95.editor)} |`,
    `| Bare bpmn-js (navigation → importXML + fit) | ${ms(p50.bare)} | ${ms(p95.bare)} |`,
    `| **Ratio editor / bare** | **${(p50.editor / p50.bare).toFixed(2)}** | ${(p95.editor / p95.bare).toFixed(2)} |`,
    '',
    `Per-round ratio (editor / bare of the same round, so both saw the same background load): median ${percentile(roundRatios, 50).toFixed(2)}, p95 ${percentile(roundRatios, 95).toFixed(2)}.`,
    '',
    ...bundleTable(bundle),
  ]
  console.log(lines.join('\n'))
} finally {
  await browser.close()
  await server.stop()
  await bare.stop()
}
