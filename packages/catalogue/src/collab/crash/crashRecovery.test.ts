import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../../sqlite/openSqliteStore'
import { seedDraft } from '../../test/contract/fixtures'
import { collabDocumentName } from '../collabDocumentName'
import { createCollabPersistence } from '../createCollabPersistence'
import { loadYjs } from './collabYjs'

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
function runAndKill(file: string, blockId: string, version: string): Promise<KilledRun> {
  const script = fileURLToPath(new URL('./crashWriter.ts', import.meta.url))
  const child = spawn(process.execPath, ['--import', 'tsx', script, file, blockId, version], {
    cwd: fileURLToPath(new URL('../../..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
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

describe('crash durability of the SQLite collaboration log', () => {
  it('keeps every acknowledged update through repeated kill -9, and the document decodes', async () => {
    const file = join(directory, 'crash.sqlite')
    const setup = await openSqliteStore({ file })
    const draft = await seedDraft(setup)
    await setup.close()
    const Y = loadYjs()
    const acked: number[] = []

    // Several kills at different points; each restarted writer goes on from the stored document.
    for (let round = 1; round <= KILL_ROUNDS; round += 1) {
      const run = await runAndKill(file, draft.blockId, draft.version)
      expect(run.stderr).toBe('')
      expect(run.signal).toBe('SIGKILL')
      expect(run.acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL)
      acked.push(...run.acked)

      const reopened = await openSqliteStore({ file })
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
  }, 120_000)
})
