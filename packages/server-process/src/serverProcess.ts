/**
 * Test and benchmark support: the real Bauplan server (`apps/server/src/server.ts` under tsx, as
 * `npm start` runs it) in a child process of its own, in demo mode (the known demo accounts), on
 * 127.0.0.1. `startServerProcess` resolves once `/api/health` answers; a server that exits or
 * stays silent instead is stopped and reported with its own log, the only explanation there is.
 *
 * Storage and relay are what the options say, whatever the calling shell has set: embedded SQLite
 * in the data directory unless `databaseUrl` is given, the in-process relay unless `redisUrl` is.
 * (CI sets DATABASE_URL for the PostgreSQL suites; inherited, it would point a server that expects
 * a fresh database at the shared, persistent `test` database.)
 *
 * One launcher for every place that needs the real server: the crash test (apps/server), the
 * end-to-end suite (apps/web/e2e) and the benchmarks (bench/). It is a package of its own because
 * those live in different TypeScript projects and apps import packages only
 * (docs/architecture.md). It imports nothing of the server: it runs `apps/server/src/server.ts` as
 * a process, found from the repository root.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root: the nearest folder above this file with pnpm-workspace.yaml. */
export const REPO_ROOT = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)))
const SERVER_ENTRY = 'apps/server/src/server.ts'
/** A cold start imports the reference catalogue and hashes the demo passwords: slow when loaded. */
const DEFAULT_START_TIMEOUT_MS = 120_000
/** How long a server may take to shut down after SIGTERM before it is killed. */
const STOP_GRACE_MS = 10_000
/** The tail of the server's output that is kept for error messages. */
const LOG_LIMIT = 20_000

export interface ServerProcessOptions {
  /** PostgreSQL to store in (a database or schema of the caller's own); embedded SQLite without. */
  databaseUrl?: string
  /** Redis for the relay between server instances; the in-process relay without. */
  redisUrl?: string
  /** Further environment for the server (BAUPLAN_* settings); applied last, so it wins. */
  env?: Record<string, string>
  /**
   * The data directory, e.g. the same one again after a crash; the caller keeps it. Without, a
   * fresh temp directory that `stop()` removes.
   */
  dataDir?: string
  /** The port, e.g. the same one again after a crash so clients reconnect; a free one without. */
  port?: number
  /** Flags for node itself, e.g. `--expose-gc` or `--cpu-prof`. */
  nodeFlags?: string[]
  /** Modules loaded into the server before it starts (after tsx, so they may be TypeScript). */
  preloads?: string[]
  /** An IPC channel to the server (`child.send`, `process.send` in a preload). */
  ipc?: boolean
  /** Everything the server writes (stdout and stderr), as it comes, e.g. to count its warnings. */
  onOutput?: (text: string) => void
  startTimeoutMs?: number
}

export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string
  readonly port: number
  readonly pid: number
  readonly dataDir: string
  readonly child: ChildProcess
  /** The last 20,000 characters the server wrote. */
  logs(): string
  /** SIGTERM (SIGKILL after 10 s), then removes the data directory if it was created here. */
  stop(): Promise<void>
  /**
   * Sends the signal (SIGKILL by default: no shutdown hook runs, nothing is flushed) and waits for
   * the exit. The data directory stays, for a restart on it; `stop()` still removes it.
   */
  kill(signal?: NodeJS.Signals): Promise<void>
}

export async function startServerProcess(
  options: ServerProcessOptions = {}
): Promise<ServerProcess> {
  const ownDataDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'bauplan-server-')))
  const port = options.port ?? (await freePort())
  const baseUrl = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, serverArguments(options), {
    cwd: REPO_ROOT,
    env: serverEnvironment(options, dataDir, port),
    stdio: ['ignore', 'pipe', 'pipe', ...(options.ipc ? (['ipc'] as const) : [])],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    const text = chunk.toString()
    output = (output + text).slice(-LOG_LIMIT)
    options.onOutput?.(text)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)

  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (!isRunning(child)) return
    const exited = exitOf(child)
    child.kill(signal)
    await exited
  }
  const stop = async () => {
    if (isRunning(child)) {
      const exited = exitOf(child)
      child.kill('SIGTERM')
      const forced = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
      await exited
      clearTimeout(forced)
    }
    if (ownDataDir) await rm(dataDir, { recursive: true, force: true })
  }

  try {
    await waitForHealth(baseUrl, child, () => output, options.startTimeoutMs)
  } catch (error) {
    await stop()
    throw error
  }
  return {
    baseUrl,
    port,
    pid: child.pid ?? 0,
    dataDir,
    child,
    logs: () => output,
    stop,
    kill,
  }
}

/** A port nothing listens on right now (the operating system's pick). */
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

function serverArguments(options: ServerProcessOptions): string[] {
  const preloads = (options.preloads ?? []).flatMap((file) => ['--import', file])
  return [...(options.nodeFlags ?? []), '--import', 'tsx', ...preloads, SERVER_ENTRY]
}

function serverEnvironment(
  options: ServerProcessOptions,
  dataDir: string,
  port: number
): NodeJS.ProcessEnv {
  const {
    DATABASE_URL: _database,
    REDIS_URL: _redis,
    TSX_TSCONFIG_PATH: _tsx,
    ...inherited
  } = process.env
  // TSX_TSCONFIG_PATH: a calling `tsx --tsconfig bench/tsconfig.json` hands its configuration to
  // child processes; the server resolves its modules with its own, not with the caller's `paths`.
  return {
    ...inherited,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    BAUPLAN_DATA_DIR: dataDir,
    BAUPLAN_DEMO: '1',
    PORT: String(port),
    HOST: '127.0.0.1',
    ...options.env,
  }
}

async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = DEFAULT_START_TIMEOUT_MS
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isRunning(child)) {
      const status = child.exitCode ?? child.signalCode
      throw new Error(`The server exited (${status}) before it was ready:\n${output()}`)
    }
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return
    } catch {
      // Not listening yet: ask again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`The server did not answer /api/health within ${timeoutMs} ms:\n${output()}`)
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null
}

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

function findRepoRoot(from: string): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'pnpm-workspace.yaml'))) return folder
    if (path.dirname(folder) === folder) {
      throw new Error(`No pnpm-workspace.yaml above ${from}: cannot find the repository root`)
    }
  }
}
