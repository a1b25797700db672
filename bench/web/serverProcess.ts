// The real Bauplan server as a child process for the web benchmark: started from the repository
// root like `npm start`, in demo mode (accounts with the demo password), on a free port, with a
// fresh data directory that is removed again on stop. A copy of what the end-to-end suite does
// (apps/web/e2e/support/server.ts), because bench/ is type-checked on its own and cannot include it.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const START_TIMEOUT_MS = 120_000

export interface RunningServer {
  baseUrl: string
  stop: () => Promise<void>
}

export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bauplan-bench-web-'))
  const port = await freePort()
  const env: NodeJS.ProcessEnv = { ...process.env }
  // `tsx --tsconfig bench/tsconfig.json` passes that file on to child processes; the server must
  // resolve its modules with its own configuration, not the benchmark's `paths`.
  delete env.TSX_TSCONFIG_PATH
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...env,
      // Embedded SQLite and in-process collaboration, whatever the calling shell has set.
      DATABASE_URL: '',
      REDIS_URL: '',
      BAUPLAN_DATA_DIR: dataDir,
      BAUPLAN_DEMO: '1',
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const baseUrl = `http://127.0.0.1:${port}`
  const stop = async () => {
    await stopChild(child)
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    await waitForHealth(baseUrl, child, () => output)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseUrl, stop }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with ${child.exitCode} before it was ready:\n${output()}`)
    }
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(
    `The server did not answer /api/health within ${START_TIMEOUT_MS} ms:\n${output()}`
  )
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const forced = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(forced)
}
