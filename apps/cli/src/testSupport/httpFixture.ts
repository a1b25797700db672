/**
 * Shared set-up of the HTTP tests: the real server, a working folder, and `bauplan` bound to that
 * server with its own credentials folder per user, so tests can act as different people.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { MODELS_DIR } from '@bauplan/models'
import { startServerProcess } from '@bauplan/server-process'
import { credentialsPath } from '../credentials/credentialsStore'
import { runInProcess, type RunResult } from './runInProcess'

export const REPO = path.resolve(MODELS_DIR, '..')
export const SERVER_ENTRY = path.join(REPO, 'apps/server/src/server.ts')
export const SERVER_PRESENT = existsSync(SERVER_ENTRY)

/** The password of every demo user (BAUPLAN_DEMO=1), as docs/api.md documents it. */
export const DEMO_PASSWORD = 'bauplan-demo'
export const ANALYST = 'analyst@koordinierung.example'
export const IT_PROVIDER = 'it@dienstleister.example'

/** The real server (`@bauplan/server-process`: fresh data folder, free port, demo mode). */
export interface RunningServer {
  url: string
  stop(): Promise<void>
}

export interface HttpFixture {
  server: RunningServer
  work: string
  /** Runs bauplan as `user` (their own credentials folder), in `work`. */
  cli(
    user: string,
    argv: string[],
    options?: { env?: Record<string, string>; stdin?: string; stderrIsTTY?: boolean }
  ): Promise<RunResult>
  login(user: string, password?: string): Promise<RunResult>
  /** The token `bauplan login` stored for `user`. */
  storedToken(user: string): Promise<string>
  configDir(user: string): string
  close(): Promise<void>
}

export async function createHttpFixture(): Promise<HttpFixture> {
  const started = await startServerProcess()
  const server: RunningServer = {
    url: started.baseUrl,
    stop: () => started.stop(),
  }
  const work = await mkdtemp(path.join(tmpdir(), 'bauplan-cli-http-'))
  const configDir = (user: string) => path.join(work, '.config', user)
  const cli: HttpFixture['cli'] = (user, argv, options = {}) =>
    runInProcess(argv, {
      cwd: work,
      env: {
        LANG: 'de_DE.UTF-8',
        BAUPLAN_SERVER: server.url,
        BAUPLAN_CONFIG_DIR: configDir(user),
        ...options.env,
      },
      ...(options.stdin !== undefined ? { stdin: options.stdin } : {}),
      ...(options.stderrIsTTY ? { stderrIsTTY: true } : {}),
    })
  return {
    server,
    work,
    cli,
    configDir,
    login: (user, password = DEMO_PASSWORD) =>
      cli(user, ['login', '--user', user, '--password-stdin'], { stdin: `${password}\n` }),
    async storedToken(user) {
      const file = JSON.parse(await readFile(credentialsPath(configDir(user)), 'utf8')) as {
        servers: Record<string, { token: string }>
      }
      const token = file.servers[server.url]?.token
      if (token === undefined) throw new Error(`no token stored for ${user}`)
      return token
    },
    async close() {
      await server.stop()
      await rm(work, { recursive: true, force: true })
    },
  }
}
