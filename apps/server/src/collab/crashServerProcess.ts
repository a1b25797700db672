/**
 * The real Bauplan server (`apps/server/src/server.ts`) as a child process, for the crash test: it
 * can be killed with SIGKILL and started again on the same data directory (or database) and port,
 * the way an operator's supervisor restarts a crashed server. Demo mode (known accounts); embedded
 * SQLite unless a database URL is given, whatever DATABASE_URL/REDIS_URL the calling shell has set.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
/** A cold start imports the reference catalogue and hashes the demo passwords: slow when loaded. */
const START_TIMEOUT_MS = 120_000

export interface CrashableServer {
  /** `http://127.0.0.1:<port>`: the same for every start, so clients reconnect to it. */
  readonly baseUrl: string
  /** Starts the server and resolves once `/api/health` answers. */
  start(): Promise<void>
  /** SIGKILL: no shutdown hook runs, nothing is flushed by the server itself. */
  kill(): Promise<void>
  /** SIGTERM (if running), then removes the data directory. */
  dispose(): Promise<void>
}

export interface CrashableServerOptions {
  /** PostgreSQL to store in (a database of its own, see crashDatabase.ts); SQLite without. */
  databaseUrl?: string
}

export async function createCrashableServer(
  options: CrashableServerOptions = {}
): Promise<CrashableServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bauplan-crash-'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  let child: ChildProcess | undefined
  let output = ''

  const start = async () => {
    if (child && isRunning(child)) throw new Error('The server is already running')
    const { DATABASE_URL: _database, REDIS_URL: _redis, ...inherited } = process.env
    // A tsconfig path that a calling tsx passes on is not the server's; it resolves with its own.
    delete inherited.TSX_TSCONFIG_PATH
    output = ''
    const started = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
      cwd: REPO_ROOT,
      env: {
        ...inherited,
        BAUPLAN_DATA_DIR: dataDir,
        ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
        BAUPLAN_DEMO: '1',
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child = started
    // Kept for the error message: when the server does not come up, its log is the explanation.
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000)
    }
    started.stdout?.on('data', keep)
    started.stderr?.on('data', keep)
    await waitForHealth(baseUrl, started, () => output)
  }

  const kill = async () => {
    if (!child || !isRunning(child)) return
    const exited = exitOf(child)
    child.kill('SIGKILL')
    await exited
  }

  const dispose = async () => {
    if (child && isRunning(child)) {
      const exited = exitOf(child)
      child.kill('SIGTERM')
      const running = child
      const forced = setTimeout(() => running.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(forced)
    }
    await rm(dataDir, { recursive: true, force: true })
  }

  return { baseUrl, start, kill, dispose }
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null
}

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => child.once('exit', () => resolve()))
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
    if (!isRunning(child)) {
      throw new Error(`The server exited (${child.exitCode ?? child.signalCode}):\n${output()}`)
    }
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return
    } catch {
      // Not listening yet: ask again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(
    `The server did not answer /api/health within ${START_TIMEOUT_MS} ms:\n${output()}`
  )
}
