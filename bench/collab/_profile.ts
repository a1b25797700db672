import { createRequire } from 'node:module'
import type { BrowserType } from 'playwright-core'
import { generateDiagram, segmentsFor } from '../lint/diagram'
import { BPMN_FILE, draftFiles } from './bauplanSetup'
import { serveRenderPage } from './renderPage'
const requireFromWeb = createRequire(new URL('../../apps/web/package.json', import.meta.url))
const { chromium } = requireFromWeb('playwright-core') as { chromium: BrowserType }
const segments = segmentsFor({ elements: 1000 })
const diagram = generateDiagram(segments, 1000)
const tasks = Array.from({ length: segments }, (_, k) => `Task_${k}`)
const files = draftFiles('urn:x:y', 'D', diagram.xml)
const page = await serveRenderPage({ files, bpmnFile: BPMN_FILE, tasks }, true)
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
const tab = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage()
const cdp = await tab.context().newCDPSession(tab)
await cdp.send('Profiler.enable')
await tab.goto(`${page.url}?edits=20&warmup=0`)
await tab.waitForFunction('window.__bench && window.__bench.results.length >= 1', undefined, {
  timeout: 600000,
})
await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
await cdp.send('Profiler.start')
await tab.waitForFunction('window.__bench && window.__bench.status !== "running"', undefined, {
  timeout: 600000,
})
const { profile } = (await cdp.send('Profiler.stop')) as {
  profile: {
    nodes: {
      id: number
      callFrame: { functionName: string; url: string; lineNumber: number }
      children?: number[]
    }[]
    samples: number[]
    timeDeltas: number[]
  }
}
const self = new Map<number, number>()
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const agg = new Map<string, number>()
const total = new Map<string, number>()
for (const [id, t] of self) {
  const n = byId.get(id)!
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`
  agg.set(key, (agg.get(key) ?? 0) + t)
  // inclusive time: walk up, count each function name once per sample
  const seen = new Set<string>()
  let cur: number | undefined = id
  while (cur !== undefined) {
    const m = byId.get(cur)!
    const k = m.callFrame.functionName || '(anon)'
    if (!seen.has(k)) {
      seen.add(k)
      total.set(k, (total.get(k) ?? 0) + t)
    }
    cur = parent.get(cur)
  }
}
console.log('SELF')
for (const [k, t] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log((t / 1000).toFixed(0).padStart(7), 'ms', k)
console.log('INCLUSIVE')
for (const [k, t] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 45))
  console.log((t / 1000).toFixed(0).padStart(7), 'ms', k)
console.log(JSON.stringify(await tab.evaluate('window.__bench.results')).slice(0, 300))
await browser.close()
await page.stop()
