import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import type { VersionKey } from '../../model/inputs'
import { seedDraft } from '../../test/contract/fixtures'
import { collabDocumentName } from '../collabDocumentName'
import { createCollabPersistence } from '../createCollabPersistence'
import { loadYjs } from './collabYjs'
import { openTarget, targetArgs, type CrashTarget } from './crashTarget'

const directory = mkdtempSync(join(tmpdir(), 'bauplan-collab-crash-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

/** Acknowledgements to wait for before each kill; past a compaction (every 50 updates). */
const ACKS_BEFORE_KILL = 120
const KILL_ROUNDS = 4

interface KilledRun {
  acked: number[]
  signal: NodeJS.Signals | null
  stderr: string
}

/** Runs the writer, kills it with SIGKILL once enough appends were acknowledged. */
function runAndKill(target: CrashTarget, draft: VersionKey): Promise<KilledRun> {
  const script = fileURLToPath(new URL('./crashWriter.ts', import.meta.url))
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, ...targetArgs(target), draft.blockId, draft.version],
    {
      cwd: fileURLToPath(new URL('../../..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  )
  const acked: number[] = []
  let buffered = ''
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString()
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const line of lines) {
      const match = /^acked (\d+)$/.exec(line)
      if (match) acked.push(Number(match[1]))
    }
    if (acked.length >= ACKS_BEFORE_KILL) child.kill('SIGKILL')
  })
  return new Promise((resolve) => {
    child.on('exit', (_code, signal) => resolve({ acked, signal, stderr }))
  })
}

/**
 * Kills the writer KILL_ROUNDS times; after each kill the store is opened again and must hold every
 * acknowledged edit in a document that decodes completely.
 */
async function killRepeatedly(target: CrashTarget): Promise<void> {
  const setup = await openTarget(target)
  const draft = await seedDraft(setup)
  await setup.close()
  const Y = loadYjs()
  const acked: number[] = []

  // Each restarted writer goes on from the stored document, as the hub does after a restart.
  for (let round = 1; round <= KILL_ROUNDS; round += 1) {
    const run = await runAndKill(target, draft)
    expect(run.stderr).toBe('')
    expect(run.signal).toBe('SIGKILL')
    expect(run.acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL)
    acked.push(...run.acked)

    const reopened = await openTarget(target)
    try {
      const log = await createCollabPersistence(reopened).load(collabDocumentName(draft))
      const doc = new Y.Doc()
      for (const update of log) Y.applyUpdate(doc, update)
      expect(doc.store.pendingStructs).toBeNull()
      const edits = doc.getMap('edits')
      const lost = acked.filter((edit) => !edits.has(`edit-${edit}`))
      expect(lost, `round ${round}`).toEqual([])
      // Compaction ran: far fewer stored updates than edits.
      expect(log.length).toBeLessThan(acked.length)
      // Stored edits are a gapless prefix 1…n: a kill cuts off the tail, never a middle update.
      // (n may exceed the acknowledgements read here: the writer ran on until the signal arrived.)
      const gaps = Array.from({ length: edits.size }, (_, index) => index + 1).filter(
        (edit) => !edits.has(`edit-${edit}`)
      )
      expect(gaps, `round ${round}`).toEqual([])
    } finally {
      await reopened.close()
    }
  }
}

describe('crash durability of the collaboration log (kill -9 of the writing process)', () => {
  it('SQLite: keeps every acknowledged update, and the document decodes', async () => {
    await killRepeatedly({ kind: 'sqlite', file: join(directory, 'crash.sqlite') })
  }, 120_000)

  const url = process.env.DATABASE_URL
  it.skipIf(!url)(
    'PostgreSQL: keeps every acknowledged update, and the document decodes',
    async () => {
      const connectionString = url ?? ''
      const schema = `bp_crash_${process.pid}_${Date.now().toString(36)}`
      try {
        await killRepeatedly({ kind: 'postgres', connectionString, schema })
      } finally {
        const client = new pg.Client({ connectionString })
        await client.connect()
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
        await client.end()
      }
    },
    120_000
  )
})
