/**
 * Starts the real Bauplan server once for the whole suite: builds the web app when it is missing
 * or older than its sources (support/webBuild.ts), gives the server a fresh data directory (fresh
 * SQLite) and a free port, seeds the demo accounts, waits for /api/health and stops the server in
 * teardown.
 */
import type { TestProject } from 'vitest/node'
import { startServer, type RunningServer } from './support/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

let server: RunningServer | undefined

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  server = await startServer()
  project.provide('baseUrl', server.baseUrl)
  return async () => {
    await server?.stop()
    server = undefined
  }
}
