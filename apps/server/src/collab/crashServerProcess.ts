/**
 * The real server for the crash test (testing/serverProcess.ts), restartable the way an operator's
 * supervisor restarts a crashed server: every start uses the same data directory (or database)
 * and the same port, so the writers' clients reconnect to it and find what it stored.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort, startServerProcess, type ServerProcess } from '@bauplan/server-process'

export interface CrashableServer {
  /** `http://127.0.0.1:<port>`: the same for every start. */
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
  let running: ServerProcess | undefined

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    start: async () => {
      if (running) throw new Error('The server is already running')
      running = await startServerProcess({ databaseUrl: options.databaseUrl, dataDir, port })
    },
    kill: async () => {
      await running?.kill('SIGKILL')
      running = undefined
    },
    dispose: async () => {
      await running?.stop()
      running = undefined
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
