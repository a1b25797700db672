// The baseline of the editor benchmark: a page with nothing but bpmn-js's Modeler (its own CSS, no
// properties panel, no React, no workbench) that fetches the diagram and imports it. It is bundled
// with the web app's own Vite (same bundler, same production settings) from bpmn-js in
// apps/web/node_modules, and served by a small static server of the benchmark.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort, REPO_ROOT } from './serverProcess'

export const BARE_READY_ATTRIBUTE = 'data-bare-ready'

const INDEX_HTML = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <title>bpmn-js importXML</title>
    <style>html, body, #canvas { margin: 0; width: 100%; height: 100%; }</style>
  </head>
  <body>
    <div id="canvas"></div>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`

// Everything the page does between navigation and "rendered": load, fetch, import, fit.
const MAIN_JS = `import 'bpmn-js/dist/assets/diagram-js.css'
import 'bpmn-js/dist/assets/bpmn-js.css'
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css'
import Modeler from 'bpmn-js/lib/Modeler'

async function open() {
  const xml = await (await fetch('./diagram.bpmn')).text()
  const modeler = new Modeler({ container: document.getElementById('canvas') })
  await modeler.importXML(xml)
  modeler.get('canvas').zoom('fit-viewport', 'auto')
  document.body.setAttribute('${BARE_READY_ATTRIBUTE}', 'true')
}
open()
`

export interface BarePage {
  url: string
  stop: () => Promise<void>
}

/** Builds the bare page into a temporary folder and serves it with `diagramXml` next to it. */
export async function serveBarePage(diagramXml: string): Promise<BarePage> {
  const work = mkdtempSync(path.join(tmpdir(), 'bauplan-bench-bare-'))
  const source = path.join(work, 'src')
  const out = path.join(work, 'dist')
  mkdirSync(source)
  writeFileSync(path.join(source, 'index.html'), INDEX_HTML)
  writeFileSync(path.join(source, 'main.js'), MAIN_JS)
  // A string alias also maps `bpmn-js/…` sub-paths; bpmn-js's own imports resolve from its real path.
  const bpmnJs = path.join(REPO_ROOT, 'apps/web/node_modules/bpmn-js')
  const config = {
    root: source,
    base: './',
    logLevel: 'warn',
    resolve: { alias: { 'bpmn-js': bpmnJs } },
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  }
  const configFile = path.join(work, 'vite.config.mjs')
  writeFileSync(configFile, `export default ${JSON.stringify(config)}\n`)
  const result = spawnSync(
    'pnpm',
    ['--filter', '@bauplan/web', 'exec', 'vite', 'build', '--config', configFile],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] }
  )
  if (result.status !== 0) {
    rmSync(work, { recursive: true, force: true })
    throw new Error(`Building the bare bpmn-js page failed (exit ${result.status})`)
  }
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://bench').pathname
    if (name === '/diagram.bpmn') {
      response.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' })
      response.end(diagramXml)
      return
    }
    const file = path.join(out, name === '/' ? 'index.html' : path.normalize(name))
    if (!file.startsWith(out)) {
      response.writeHead(404).end()
      return
    }
    try {
      const bytes = readFileSync(file)
      response.writeHead(200, { 'content-type': mediaType(file) })
      response.end(bytes)
    } catch {
      response.writeHead(404).end()
    }
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      await close(server)
      rmSync(work, { recursive: true, force: true })
    },
  }
}

function mediaType(file: string): string {
  if (file.endsWith('.html')) return 'text/html; charset=utf-8'
  if (file.endsWith('.js')) return 'text/javascript; charset=utf-8'
  if (file.endsWith('.css')) return 'text/css; charset=utf-8'
  if (file.endsWith('.woff2')) return 'font/woff2'
  if (file.endsWith('.svg')) return 'image/svg+xml'
  return 'application/octet-stream'
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()))
}
