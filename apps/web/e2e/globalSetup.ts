/**
 * Starts the real Bauplan server once for the whole suite: builds the web app when it is missing
 * or older than its sources (support/webBuild.ts), gives the server a fresh data directory (fresh
 * SQLite) and a free port, seeds the demo accounts, waits for /api/health and stops the server in
 * teardown.
 */
import type { TestProject } from 'vitest/node'
import { REPO_ROOT, startServerProcess, type ServerProcess } from '@bauplan/server-process'
import { buildWebAppWhenStale } from './support/webBuild'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

let server: ServerProcess | undefined

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildWebAppWhenStale(REPO_ROOT)
  server = await startServerProcess()
  project.provide('baseUrl', server.baseUrl)
  return async () => {
    await server?.stop()
    server = undefined
  }
}
