// The baseline of the editor benchmark: a page with nothing but bpmn-js's Modeler (its own CSS, no
// properties panel, no React, no workbench) that fetches the diagram and imports it. It is bundled
// with the web app's own Vite (same bundler, same production settings) from bpmn-js in
// apps/web/node_modules, and served by a small static server of the benchmark (shared/vitePage.ts).
import path from 'node:path'
import { serveVitePage, type VitePage } from '../shared/vitePage'
import { REPO_ROOT } from '@bauplan/server-process'

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

export type BarePage = VitePage

/** Builds the bare page into a temporary folder and serves it with `diagramXml` next to it. */
export function serveBarePage(diagramXml: string): Promise<BarePage> {
  return serveVitePage({
    title: 'bare bpmn-js page',
    tempPrefix: 'bauplan-bench-bare-',
    source: { 'index.html': INDEX_HTML, 'main.js': MAIN_JS },
    // A string alias also maps `bpmn-js/…` sub-paths; bpmn-js's own imports resolve from its real path.
    alias: { 'bpmn-js': path.join(REPO_ROOT, 'apps/web/node_modules/bpmn-js') },
    chunkSizeWarningLimit: 4096,
    documents: {
      '/diagram.bpmn': { contentType: 'application/xml; charset=utf-8', body: diagramXml },
    },
  })
}
