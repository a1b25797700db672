/**
 * The suite tests the built web app (apps/web/dist), as the server serves it. A build older than
 * the sources would test yesterday's app, so it is rebuilt whenever any source it is made from —
 * the web app's own files or a workspace package's src/ — is newer than dist/index.html.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Newest modification time (ms) of a file or of the files below a directory; 0 if absent. */
export function newestMtime(target: string): number {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)))
  }
  return newest
}

export function webSources(repoRoot: string): string[] {
  const web = path.join(repoRoot, 'apps/web')
  const packages = path.join(repoRoot, 'packages')
  return [
    path.join(web, 'src'),
    path.join(web, 'index.html'),
    path.join(web, 'vite.config.ts'),
    path.join(web, 'package.json'),
    ...readdirSync(packages).map((name) => path.join(packages, name, 'src')),
  ]
}

export function isWebBuildStale(repoRoot: string): boolean {
  const built = newestMtime(path.join(repoRoot, 'apps/web/dist/index.html'))
  return built === 0 || webSources(repoRoot).some((source) => newestMtime(source) > built)
}

export function buildWebAppWhenStale(repoRoot: string): void {
  if (!isWebBuildStale(repoRoot)) return
  const result = spawnSync('pnpm', ['--filter', '@bauplan/web', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error(`Building the web app failed (exit ${result.status})`)
}
