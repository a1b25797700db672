/**
 * The real server as a child process, started from the repository root like `npm start` does.
 * Everything it writes goes to a fresh temp directory that is removed again on stop.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildWebAppWhenStale } from './webBuild'

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const START_TIMEOUT_MS = 120_000

export interface RunningServer {
  baseUrl: string
  stop: () => Promise<void>
}

export async function startServer(): Promise<RunningServer> {
  buildWebAppWhenStale(REPO_ROOT)
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bauplan-e2e-'))
  const port = await freePort()
  // The suite runs on a fresh embedded SQLite database. CI sets DATABASE_URL for the PostgreSQL
  // suites; passed on, it would point this server at the shared, persistent `test` database, where
  // an earlier run's blocks, drafts and rule levels make the next run fail.
  const { DATABASE_URL: _database, REDIS_URL: _redis, ...inherited } = process.env
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...inherited,
      BAUPLAN_DATA_DIR: dataDir,
      BAUPLAN_DEMO: '1',
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // Keep the output: when the server does not come up, its log is the only explanation.
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

function freePort(): Promise<number> {
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

async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  output: () => string
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with ${child.exitCode} before it was ready:\n${output()}`)
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`)
      if (response.ok) return
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
