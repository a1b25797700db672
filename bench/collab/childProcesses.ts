// The servers the collaboration benchmarks talk to, each in a child process of its own, so the
// benchmark's clients never share the server's event loop:
// - the real Bauplan server (apps/server/src/server.ts, as `npm start` runs it) in demo mode, on a
//   fresh embedded SQLite or on a given PostgreSQL database, optionally with Redis;
// - the bare y-websocket reference server of @y/websocket-server (its own `src/server.js`,
//   documents in memory, no authentication, no storage).
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  freePort,
  REPO_ROOT,
  startServerProcess,
  type ServerProcessOptions,
} from '@bauplan/server-process'

const START_TIMEOUT_MS = 180_000
const REFERENCE_SERVER = path.join(REPO_ROOT, 'node_modules/@y/websocket-server/src/server.js')

export interface ServerChild {
  /** http://127.0.0.1:port */
  baseUrl: string
  pid: number
  child: ChildProcess
  /** The last 20,000 characters the process wrote (for error messages). */
  output: () => string
  /** Warnings and errors the server logged (pino JSON lines, level ≥ 40), counted by message. */
  logged: () => Record<string, number>
  stop: () => Promise<void>
}

export type BauplanServerOptions = Pick<
  ServerProcessOptions,
  'databaseUrl' | 'redisUrl' | 'nodeFlags' | 'preloads'
>

/** The real server (@bauplan/server-process), with an IPC channel for the memory probe. */
export async function startBauplanServer(options: BauplanServerOptions = {}): Promise<ServerChild> {
  const warnings = countWarnings()
  const server = await startServerProcess({
    ...options,
    ipc: true,
    onOutput: warnings.add,
    startTimeoutMs: START_TIMEOUT_MS,
  })
  return {
    baseUrl: server.baseUrl,
    pid: server.pid,
    child: server.child,
    output: server.logs,
    logged: warnings.counts,
    stop: server.stop,
  }
}

export async function startReferenceServer(): Promise<ServerChild> {
  const port = await freePort()
  const child = spawn(process.execPath, [REFERENCE_SERVER], {
    cwd: REPO_ROOT,
    // Without YPERSISTENCE the reference keeps documents in memory only.
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return watchReferenceServer(child, `http://127.0.0.1:${port}`, '/', () => undefined)
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12])
  return ticks / 100
}

/**
 * CPU seconds and seconds waiting for a CPU while runnable, of a process's main thread (its
 * event loop), from /proc/<pid>/schedstat (Linux): on a busy machine a server can be slow with
 * little CPU time of its own because it is queued behind other processes.
 */
export function mainThreadSchedule(pid: number): { cpu: number; waiting: number } {
  const fields = readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')
  return { cpu: Number(fields[0] ?? 0) / 1e9, waiting: Number(fields[1] ?? 0) / 1e9 }
}

/** The reference server has no health route of its own: `/` answers once it listens. */
async function watchReferenceServer(
  child: ChildProcess,
  baseUrl: string,
  healthPath: string,
  cleanUp: () => void
): Promise<ServerChild> {
  let output = ''
  const warnings = countWarnings()
  const keep = (chunk: Buffer) => {
    const text = chunk.toString()
    output = (output + text).slice(-20_000)
    warnings.add(text)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const stop = async () => {
    await stopChild(child)
    cleanUp()
  }
  try {
    await waitForHealth(`${baseUrl}${healthPath}`, child, () => output)
  } catch (error) {
    await stop()
    throw error
  }
  return {
    baseUrl,
    pid: child.pid ?? 0,
    child,
    output: () => output,
    logged: warnings.counts,
    stop,
  }
}

/** Warnings and errors in a server's output (pino JSON lines, level ≥ 40), counted by message. */
function countWarnings(): { add: (text: string) => void; counts: () => Record<string, number> } {
  let partial = ''
  const logged: Record<string, number> = {}
  const add = (text: string) => {
    const lines = (partial + text).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      const level = /"level":(\d+)/.exec(line)?.[1]
      if (level === undefined || Number(level) < 40) continue
      const message = /"msg":"([^"]*)"/.exec(line)?.[1] ?? line.slice(0, 120)
      logged[message] = (logged[message] ?? 0) + 1
    }
  }
  return { add, counts: () => ({ ...logged }) }
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with ${child.exitCode} before it was ready:\n${output()}`)
    }
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${START_TIMEOUT_MS} ms:\n${output()}`)
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const forced = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(forced)
}

/** This folder, for spawning the benchmark's own child scripts. */
export const COLLAB_BENCH_DIR = fileURLToPath(new URL('./', import.meta.url))
