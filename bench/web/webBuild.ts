// The production build of apps/web and what it weighs: every file the browser can load from
// dist/assets, raw and gzip-compressed (zlib's default level, as a web server would send it).
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { REPO_ROOT } from '@bauplan/server-process'

export const WEB_DIST = path.join(REPO_ROOT, 'apps/web/dist')

export interface BundleFile {
  name: string
  rawBytes: number
  gzipBytes: number
}

/** `pnpm --filter @bauplan/web build` (vite build); throws when it fails. */
export function buildWebApp(): void {
  const result = spawnSync('pnpm', ['--filter', '@bauplan/web', 'build'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (result.status !== 0) throw new Error(`Building the web app failed (exit ${result.status})`)
}

/** JavaScript and CSS of the build (source maps left out: browsers fetch them only in dev tools). */
export function bundleFiles(dist = WEB_DIST): BundleFile[] {
  const assets = path.join(dist, 'assets')
  return readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => {
      const bytes = readFileSync(path.join(assets, name))
      return { name, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length }
    })
    .sort((a, b) => b.rawBytes - a.rawBytes)
}
