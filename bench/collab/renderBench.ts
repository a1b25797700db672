// Benchmark: a remote edit until it is drawn, in bpmn-js with a 1,000-element diagram (issue #5,
// Performance: render p95 ≤ 50 ms).
//
// Run from the repository root:
//   pnpm exec tsx --tsconfig bench/tsconfig.json bench/collab/renderBench.ts
//     [--edits 200] [--warmup 20] [--elements 1000] [--profile]
//
// Method: the generated diagram (bench/lint/diagram.ts, with DI) as a draft, seeded into two
// Y.Docs in one headless Chromium page (page/main.js, bundled with Vite). bpmn-js's Modeler shows
// the first, bound with bindBpmnModeler; the second is the remote peer. The peer makes one edit at
// a time — rename, move, create + connect (one transaction), delete (of the task just created),
// in turn — with @bauplan/collab's operations. For each, the page waits until it is idle (two
// painted frames), reads performance.now(), applies the peer's update to the bound document
// (Y.applyUpdate, which runs the binding), checks that the change is in the SVG (label text,
// transform, new elements present, deleted element gone) and waits for the next painted frame
// (requestAnimationFrame, then a task: it runs after the paint). The first `--warmup` edits are
// not counted. p50/p95/max per kind, nearest-rank. `--profile` builds the page unminified and
// records a CPU profile of the counted edits (its times are then not comparable: the profiler
// costs time) and lists the functions with the most inclusive time.
import { createRequire } from 'node:module'
import { CHROMIUM_ARGS, chromiumExecutablePath } from '@bauplan/chromium'
import type { BrowserType } from 'playwright-core'
import { currentCommit, loadNow } from '../catalogue/report'
import { generateDiagram, segmentsFor } from '../lint/diagram'
import { BPMN_FILE, draftFiles } from './bauplanSetup'
import { hasFlag, numberOption, progress } from './benchOptions'
import { inclusiveTimes, type CpuProfile } from './cpuProfile'
import { formatMs, summarise } from './latencyStats'
import { serveRenderPage } from './renderPage'

const requireFromWeb = createRequire(new URL('../../apps/web/package.json', import.meta.url))
const { chromium } = requireFromWeb('playwright-core') as { chromium: BrowserType }

const edits = numberOption('--edits', 200)
const warmup = numberOption('--warmup', 20, 0)
const elementCount = numberOption('--elements', 1000)
const profile = hasFlag('--profile')
const TARGET_P95_MS = 50
const RUN_TIMEOUT_MS = 30 * 60_000

interface EditResult {
  kind: string
  applyMs: number
  totalMs: number
  frames: number
}

interface PageState {
  status: 'running' | 'done' | 'failed'
  results: EditResult[]
  problems: string[]
  shapes?: number
  error?: string
}

async function main(): Promise<void> {
  const loadAtStart = loadNow()
  const commit = currentCommit()
  const segments = segmentsFor({ elements: elementCount })
  const diagram = generateDiagram(segments, elementCount)
  const tasks = Array.from({ length: segments }, (_, k) => `Task_${k}`)
  const files = draftFiles('urn:bauplan:baustein:bench:darstellung', 'Darstellung', diagram.xml)
  progress(`diagram: ${diagram.elements} elements; bundling the page …`)
  const page = await serveRenderPage({ files, bpmnFile: BPMN_FILE, tasks }, profile)
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath(),
    args: [...CHROMIUM_ARGS],
  })
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    const tab = await context.newPage()
    progress(`running ${warmup} + ${edits} remote edits in Chromium ${browser.version()} …`)
    const cdp = profile ? await context.newCDPSession(tab) : undefined
    await cdp?.send('Profiler.enable')
    await tab.goto(`${page.url}?edits=${edits}&warmup=${warmup}`)
    if (cdp) {
      // From the first counted edit on.
      await tab.waitForFunction('window.__bench && window.__bench.results.length > 0', undefined, {
        polling: 100,
        timeout: RUN_TIMEOUT_MS,
      })
      await cdp.send('Profiler.start')
    }
    await tab.waitForFunction('window.__bench && window.__bench.status !== "running"', undefined, {
      polling: 1000,
      timeout: RUN_TIMEOUT_MS,
    })
    const recorded = cdp
      ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile })
      : undefined
    const state = (await tab.evaluate('window.__bench')) as PageState
    if (state.status === 'failed') throw new Error(`the page failed: ${state.error}`)
    const lines = [
      `Chromium ${browser.version()}, ${diagram.elements}-element diagram (${state.shapes} shapes drawn); ` +
        `${edits} remote edits after ${warmup} warm-up`,
      '',
      '| Edit | n | p50 ms | p95 ms | max ms | apply p50 ms | apply p95 ms | frames p95 |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ]
    const kinds = [...new Set(state.results.map((r) => r.kind)), 'all']
    let overallP95 = Number.NaN
    for (const kind of kinds) {
      const rows = state.results.filter((r) => kind === 'all' || r.kind === kind)
      const total = summarise(rows.map((r) => r.totalMs))
      const apply = summarise(rows.map((r) => r.applyMs))
      const frames = summarise(rows.map((r) => r.frames))
      if (kind === 'all') overallP95 = total.p95
      lines.push(
        `| ${kind === 'all' ? '**all**' : kind} | ${total.n} | ${formatMs(total.p50)} | ${formatMs(total.p95)} | ` +
          `${formatMs(total.max)} | ${formatMs(apply.p50)} | ${formatMs(apply.p95)} | ${frames.p95} |`
      )
    }
    lines.push(
      '',
      `Target render p95 ≤ ${TARGET_P95_MS} ms: ${overallP95 <= TARGET_P95_MS ? '**met**' : '**not met**'} ` +
        `(p95 over all edits ${formatMs(overallP95)} ms). Redraw fallbacks reported by the binding: ${state.problems.length}.`,
      '',
      `${new Date().toISOString()}, commit ${commit}, Node ${process.version}, load average ${loadAtStart} → ${loadNow()}`
    )
    if (recorded) {
      lines.push(
        '',
        'CPU profile of the counted edits (inclusive time; times above are inflated by the profiler):',
        '',
        '| ms | share of busy time | function |',
        '| ---: | ---: | --- |',
        ...inclusiveTimes(recorded.profile, 30)
      )
    }
    console.log(lines.join('\n'))
  } finally {
    await browser.close()
    await page.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
