// Builds the render benchmark's page (page/index.html + page/main.js) with the web app's Vite,
// @bauplan/collab and @bauplan/domain from their sources (as the web app bundles them), and serves
// it with the draft (files, BPMN file name, tasks to edit) as draft.json.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort, REPO_ROOT } from '../web/serverProcess'
import { COLLAB_BENCH_DIR } from './childProcesses'

export interface RenderDraft {
  files: Record<string, string>
  bpmnFile: string
  /** Ids of tasks the remote peer renames, moves and connects to. */
  tasks: string[]
}

export interface RenderPage {
  url: string
  stop: () => Promise<void>
}

/** `readable`: not minified, so a CPU profile names the functions. */
export async function serveRenderPage(draft: RenderDraft, readable = false): Promise<RenderPage> {
  const work = mkdtempSync(path.join(tmpdir(), 'bauplan-bench-render-'))
  const out = path.join(work, 'dist')
  const fromCollab = (name: string) => path.join(REPO_ROOT, 'packages/collab/node_modules', name)
  const config = {
    root: path.join(COLLAB_BENCH_DIR, 'page'),
    base: './',
    logLevel: 'warn',
    resolve: {
      alias: {
        '@bauplan/collab': path.join(REPO_ROOT, 'packages/collab/src/index.ts'),
        '@bauplan/domain': path.join(REPO_ROOT, 'packages/domain/src/index.ts'),
        // The page's own imports resolve to the very copies @bauplan/collab uses (one Yjs).
        'bpmn-js': fromCollab('bpmn-js'),
        yjs: fromCollab('yjs'),
      },
    },
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 8192, minify: !readable },
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
    throw new Error(`Building the render page failed (exit ${result.status})`)
  }
  const draftJson = JSON.stringify(draft)
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://bench').pathname
    if (name === '/draft.json') {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      response.end(draftJson)
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
      await new Promise<void>((resolve) => (server as Server).close(() => resolve()))
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
