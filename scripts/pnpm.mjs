// Finds pnpm 10 or falls back to `npx pnpm@10`, so a machine with only Node and npm can run the
// README's commands. No dependencies: this runs before anything is installed.
import { spawnSync } from 'node:child_process'

export const PNPM_VERSION = '10.34.9'

function works(cmd, args) {
  const r = spawnSync(cmd, [...args, '--version'], { encoding: 'utf8', shell: false })
  return r.status === 0 && r.stdout.trim().startsWith('10.')
}

/** @returns {{ cmd: string, prefix: string[] }} */
export function findPnpm() {
  if (works('pnpm', [])) return { cmd: 'pnpm', prefix: [] }
  return { cmd: 'npx', prefix: ['--yes', `pnpm@${PNPM_VERSION}`] }
}

/** Runs pnpm with the given arguments, inheriting stdio; returns the exit code. */
export function runPnpm(args, options = {}) {
  const { cmd, prefix } = findPnpm()
  const r = spawnSync(cmd, [...prefix, ...args], { stdio: 'inherit', ...options })
  if (r.error) throw r.error
  return r.status ?? 1
}

/** Installs the workspace (about 2 s when already installed, about a minute on a fresh clone). */
export function install() {
  const args = ['install', '--frozen-lockfile']
  if (!process.env.CI) args.push('--reporter=append-only')
  const code = runPnpm(args)
  if (code !== 0) {
    console.error('pnpm install failed; see the output above.')
    process.exit(code)
  }
}
