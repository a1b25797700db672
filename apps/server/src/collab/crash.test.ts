/**
 * Server-level crash test: the real server process (embedded SQLite; with DATABASE_URL also
 * PostgreSQL, in a database of its own), two y-websocket writers
 * creating tasks in one draft as fast as the server acknowledges them, `kill -9` of the server in
 * the middle of that, restart on the same data directory, and a fresh client that must find every
 * edit the server had acknowledged (`saved`, message type 100). Several rounds.
 *
 * The writers survive each crash like open browser tabs: they keep their unacknowledged edits,
 * make a few more while the server is down, and store all of them once they reconnect. The storage
 * adapter's own crash test (packages/catalogue/src/collab/crash) kills a writer process; this one
 * kills the server with its hub, its WebSocket connections and its append queue.
 */
import { bpmnSpace, deriveFiles, entryOf } from '@bauplan/collab'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiToken, openDraft } from './crashApi'
import { createScratchDatabase, type ScratchDatabase } from './crashDatabase'
import { createCrashableServer, type CrashableServer } from './crashServerProcess'
import {
  connectCollab,
  createCrashWriter,
  type CollabTarget,
  type CrashWriter,
} from './crashWriter'

const ANALYST = 'analyst@koordinierung.example'
const DEMO_PASSWORD = 'bauplan-demo'
const BLOCK = 'urn:bauplan:baustein:sn:identitaet-pruefen'
const ROUNDS = 3
/** Acknowledged edits (both writers together) a round waits for before it kills the server. */
const ACKS_BEFORE_KILL = 60
/** Edits a writer may have on the way at once: enough that a kill lands amid unacknowledged ones. */
const IN_FLIGHT = 6
/** Edits each writer makes while the server is down (kept, stored after the reconnect). */
const OFFLINE_EDITS = 3
/** A generous bound on every wait: a loaded two-core machine restarts a server slowly. */
const WAIT = { timeout: 120_000, interval: 50 } as const

const POSTGRES_URL = process.env.DATABASE_URL
if (!POSTGRES_URL) {
  console.warn('crash.test.ts: DATABASE_URL is not set — the PostgreSQL run is SKIPPED.')
}

describe.each([
  { storage: 'SQLite', postgres: false },
  { storage: 'PostgreSQL', postgres: true },
])('server on $storage killed with SIGKILL during collaborative edits', ({ postgres }) => {
  let database: ScratchDatabase | undefined
  let server: CrashableServer
  let target: CollabTarget
  const writers: CrashWriter[] = []

  beforeAll(async () => {
    if (postgres && !POSTGRES_URL) return
    database = postgres && POSTGRES_URL ? await createScratchDatabase(POSTGRES_URL) : undefined
    server = await createCrashableServer(database ? { databaseUrl: database.url } : {})
    await server.start()
    const token = await createApiToken(server.baseUrl, ANALYST, DEMO_PASSWORD)
    const version = await openDraft(server.baseUrl, token, BLOCK)
    target = {
      wsUrl: server.baseUrl.replace(/^http/, 'ws'),
      origin: server.baseUrl,
      token,
      blockId: BLOCK,
      version,
    }
  })

  afterAll(async () => {
    for (const writer of writers.splice(0)) writer.provider.destroy()
    await server?.dispose()
    await database?.drop()
  })

  it.skipIf(postgres && !POSTGRES_URL)(
    'keeps every acknowledged edit over several crashes; the writers store the rest on reconnect',
    async () => {
      writers.push(createCrashWriter(target, 'A', 0), createCrashWriter(target, 'B', 1))

      for (let round = 1; round <= ROUNDS; round++) {
        await expect.poll(() => writers.every((w) => w.provider.synced), WAIT).toBe(true)
        const ackedAtStart = acknowledgedCount(writers)
        const editing = keepEditing(writers)
        await expect
          .poll(() => acknowledgedCount(writers) >= ackedAtStart + ACKS_BEFORE_KILL, WAIT)
          .toBe(true)
        await server.kill()
        await editing.stop()
        for (const writer of writers) writer.provider.disconnect()
        // Nothing can acknowledge anything from here on: this is what the server promised.
        const promised = writers.flatMap((w) => [...w.acknowledged])
        for (const writer of writers) for (let i = 0; i < OFFLINE_EDITS; i++) writer.edit()

        await server.start()
        const stored = await storedTasks(target, writers)
        expect(
          promised.filter((id) => !stored.ids.has(id)),
          `round ${round}: acknowledged edits missing after the restart`
        ).toEqual([])
        expect(stored.pending, `round ${round}: the stored log lacks dependencies`).toBe(false)
        for (const writer of writers) {
          // Yjs numbers a client's edits: what is stored of one writer is a gapless prefix.
          const present = writer.made.filter((id) => stored.ids.has(id))
          expect(present, `round ${round}, writer ${writer.made[0]}`).toEqual(
            writer.made.slice(0, present.length)
          )
        }

        // The writers kept what was not acknowledged (and the offline edits): all of it is
        // stored once they are connected again.
        for (const writer of writers) writer.provider.connect()
        await expect
          .poll(() => writers.every((w) => w.acknowledged.size === w.made.length), WAIT)
          .toBe(true)
      }

      const made = writers.flatMap((w) => w.made)
      expect(made.length).toBeGreaterThanOrEqual(ROUNDS * (ACKS_BEFORE_KILL + 2 * OFFLINE_EDITS))
      const final = await storedTasks(target, writers)
      expect(made.filter((id) => !final.ids.has(id))).toEqual([])
      // The document still derives a BPMN file, with every task in it.
      const bpmn = Object.entries(final.files).find(([file]) => file.endsWith('.bpmn'))?.[1] ?? ''
      expect(made.filter((id) => !bpmn.includes(`id="${id}"`))).toEqual([])
    },
    900_000
  )
})

function acknowledgedCount(writers: CrashWriter[]): number {
  return writers.reduce((sum, writer) => sum + writer.acknowledged.size, 0)
}

/**
 * The writers edit until stopped, each as soon as it is synced and has fewer than IN_FLIGHT edits
 * unacknowledged. The short pause between turns keeps each connection well under the server's
 * 200 messages a second; it paces the load and is not a wait for anything.
 */
function keepEditing(writers: CrashWriter[]): { stop: () => Promise<void> } {
  let running = true
  const loop = (async () => {
    while (running) {
      for (const writer of writers) {
        const open = writer.made.length - writer.acknowledged.size
        if (writer.provider.synced && open < IN_FLIGHT) writer.edit()
      }
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
    },
  }
}

/** What a fresh client finds in the stored document: the task ids, and whether it is complete. */
async function storedTasks(
  target: CollabTarget,
  writers: CrashWriter[]
): Promise<{ ids: Set<string>; pending: boolean; files: Record<string, string> }> {
  const { doc, provider } = connectCollab(target)
  try {
    await expect.poll(() => provider.synced, WAIT).toBe(true)
    const space = bpmnSpace(doc)
    if (!space) throw new Error('The stored document has no BPMN file')
    const ids = new Set(
      writers.flatMap((w) => w.made).filter((id) => entryOf(space, id) !== undefined)
    )
    const pending = doc.store.pendingStructs !== null || doc.store.pendingDs !== null
    return { ids, pending, files: await deriveFiles(doc) }
  } finally {
    provider.destroy()
    doc.destroy()
  }
}
