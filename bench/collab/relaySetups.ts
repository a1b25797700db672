// The server set-ups the relay benchmark compares, each started only for its own run and stopped
// right after it: on this 2-core machine a server still working off the backlog of its own run
// would otherwise steal CPU from the next run's server. A start brings up the process(es) (and
// for PostgreSQL a scratch database of its own), creates the scenario's drafts and the users
// through the REST API; a stop ends the processes and drops the database.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { createDrafts, createEditors, type Session } from './bauplanSetup'
import { progress } from './benchOptions'
import {
  startBauplanServer,
  startReferenceServer,
  type BauplanServerOptions,
  type ServerChild,
} from './childProcesses'
import { mergeCounts, type RelayTarget, type Scenario } from './relayRun'
import { bauplanTarget, referenceTarget, type DocumentRef } from './relayTargets'
import { createScratchDatabase } from './scratchDatabase'

/** What every set-up needs to prepare its documents. */
export interface SetupContext {
  /** The drafts' BPMN. */
  xml: string
  /** Elements a client may rename (see relayBench.ts). */
  elements: string[]
  /** The seed update a Bauplan server would create from `xml`, for the reference's clients. */
  seed: Uint8Array
  /** Users the clients are spread over (a user may hold 20 collaboration connections). */
  editors: number
}

export interface RunningSetup {
  target: RelayTarget
  /** Warnings and errors its servers logged (level ≥ 40), counted by message. */
  logged: () => Record<string, number>
  /** Where its server wrote a CPU profile (SQLite with --server-profile only). */
  profileDir?: string
  /** Stops its servers, then drops its scratch database. */
  stop: () => Promise<void>
}

export interface RelaySetup {
  name: string
  /** `run` names the run (e.g. `s1-round1`): the folder of its CPU profile. */
  start: (scenario: Scenario, run: string) => Promise<RunningSetup>
}

/** Clean-up steps of a start, run newest first — also when the start fails half-way. */
class Teardown {
  private readonly steps: (() => Promise<void>)[] = []

  add(step: () => Promise<void>): void {
    this.steps.push(step)
  }

  async run(): Promise<void> {
    const failures: unknown[] = []
    for (const step of this.steps.splice(0).reverse()) {
      await step().catch((error: unknown) => failures.push(error))
    }
    if (failures.length > 0) throw new AggregateError(failures, 'tearing down a set-up failed')
  }
}

async function startServer(teardown: Teardown, options: BauplanServerOptions) {
  const server = await startBauplanServer(options)
  teardown.add(() => server.stop())
  return server
}

/** Starts a Bauplan set-up's servers with `startServers`, then creates drafts and users. */
async function startBauplan(
  name: string,
  scenario: Scenario,
  context: SetupContext,
  prefix: string,
  startServers: (teardown: Teardown) => Promise<ServerChild[]>
): Promise<RunningSetup> {
  const teardown = new Teardown()
  try {
    progress(`  starting ${name} …`)
    const servers = await startServers(teardown)
    const first = servers[0] as ServerChild
    progress(`  creating ${scenario.documents} draft(s) and ${context.editors} users …`)
    const drafts = await createDrafts(first.baseUrl, scenario.documents, context.xml, prefix)
    const users: Session[] = await createEditors(first.baseUrl, context.editors, prefix)
    const documents = (index: number): DocumentRef => ({
      ...(drafts[index] as DocumentRef),
      elements: context.elements,
    })
    return {
      target: bauplanTarget(name, servers, documents, users),
      logged: () => mergeCounts(servers.map((server) => server.logged())),
      stop: () => teardown.run(),
    }
  } catch (error) {
    await teardown.run().catch(() => undefined)
    throw error
  }
}

/** One Bauplan instance on a fresh embedded SQLite; with `profileDir`, under --cpu-prof. */
export function sqliteSetup(context: SetupContext, profileDir: string | undefined): RelaySetup {
  const name = 'Bauplan (SQLite)'
  return {
    name,
    async start(scenario, run) {
      const profiling = profiled(profileDir, `sqlite-${run}`)
      const running = await startBauplan(name, scenario, context, 'relay', async (teardown) => [
        await startServer(teardown, profiling.options),
      ])
      return profiling.dir ? { ...running, profileDir: profiling.dir } : running
    },
  }
}

/**
 * One Bauplan instance on a scratch PostgreSQL database, without Redis: storage alone; with
 * `profileDir`, under --cpu-prof.
 */
export function postgresSetup(
  context: SetupContext,
  databaseUrl: string,
  profileDir: string | undefined
): RelaySetup {
  const name = 'Bauplan (PostgreSQL)'
  return {
    name,
    async start(scenario, run) {
      const profiling = profiled(profileDir, `postgres-${run}`)
      const running = await startBauplan(name, scenario, context, 'postgres', async (teardown) => {
        const database = await createScratchDatabase(databaseUrl)
        teardown.add(() => database.drop())
        return [await startServer(teardown, { databaseUrl: database.url, ...profiling.options })]
      })
      return profiling.dir ? { ...running, profileDir: profiling.dir } : running
    },
  }
}

/** The server's node flags for a CPU profile in `profileDir/<run>/`, or none without one. */
function profiled(
  profileDir: string | undefined,
  run: string
): { dir?: string; options: { nodeFlags?: string[] } } {
  if (!profileDir) return { options: {} }
  const dir = path.join(profileDir, run)
  mkdirSync(dir, { recursive: true })
  return { dir, options: { nodeFlags: ['--cpu-prof', '--cpu-prof-dir', dir] } }
}

/** Two Bauplan instances on one scratch PostgreSQL database with Redis between them. */
export function redisSetup(
  context: SetupContext,
  databaseUrl: string,
  redisUrl: string
): RelaySetup {
  const name = 'Bauplan ×2 (PostgreSQL + Redis)'
  return {
    name,
    // Block ids unique to this run: the Redis channels are named after the documents, and the
    // Redis server outlives the scratch database.
    start: (scenario) =>
      startBauplan(name, scenario, context, `redis${Date.now().toString(36)}`, async (teardown) => {
        const database = await createScratchDatabase(databaseUrl)
        teardown.add(() => database.drop())
        const options = { databaseUrl: database.url, redisUrl }
        return [await startServer(teardown, options), await startServer(teardown, options)]
      }),
  }
}

export const REFERENCE_NAME = 'y-websocket reference'

/** The bare y-websocket server, documents in memory. */
export function referenceSetup(context: SetupContext): RelaySetup {
  return {
    name: REFERENCE_NAME,
    async start(scenario) {
      progress(`  starting the reference server …`)
      const server = await startReferenceServer()
      return {
        target: referenceTarget(
          server,
          scenario.name.toLowerCase(),
          context.elements,
          context.seed
        ),
        logged: () => server.logged(),
        stop: () => server.stop(),
      }
    },
  }
}
