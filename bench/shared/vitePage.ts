// A benchmark page built with the web app's own Vite (same bundler, same production settings) into
// a temporary folder, and served by a small static server of the benchmark together with the
// documents the page fetches (a diagram, a draft). Used by the editor and render benchmarks.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort, REPO_ROOT } from '@bauplan/server-process'

export interface VitePageBuild {
  /** Names the page in the error of a failed build. */
  title: string
  /** Start of the temporary folder's name. */
  tempPrefix: string
  /** The page's source folder, or its files (index.html, main.js, …) to write into a fresh one. */
  source: string | Readonly<Record<string, string>>
  /** Vite's resolve.alias: which copies of the packages the page bundles. */
  alias: Readonly<Record<string, string>>
  chunkSizeWarningLimit: number
  /** false keeps the code readable, so a CPU profile names the functions; default: minified. */
  minify?: boolean
  /** Documents served beside the built files, by URL path (e.g. `/diagram.bpmn`). */
  documents: Readonly<Record<string, { contentType: string; body: string }>>
}

export interface VitePage {
  url: string
  stop: () => Promise<void>
}

export async function serveVitePage(build: VitePageBuild): Promise<VitePage> {
  const work = mkdtempSync(path.join(tmpdir(), build.tempPrefix))
  const out = path.join(work, 'dist')
  const config = {
    root: sourceFolder(build.source, work),
    base: './',
    logLevel: 'warn',
    resolve: { alias: build.alias },
    build: {
      outDir: out,
      emptyOutDir: true,
      chunkSizeWarningLimit: build.chunkSizeWarningLimit,
      minify: build.minify,
    },
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
    throw new Error(`Building the ${build.title} failed (exit ${result.status})`)
  }
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://bench').pathname
    const document = build.documents[name]
    if (document !== undefined) {
      response.writeHead(200, { 'content-type': document.contentType })
      response.end(document.body)
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

function sourceFolder(source: VitePageBuild['source'], work: string): string {
  if (typeof source === 'string') return source
  const folder = path.join(work, 'src')
  mkdirSync(folder)
  for (const [name, content] of Object.entries(source)) {
    writeFileSync(path.join(folder, name), content)
  }
  return folder
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
