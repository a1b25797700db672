import { collectGarbage, createSeedUpdate } from '@bauplan/collab'
import { checkBausteinFolder } from '@bauplan/domain'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { deriveDocumentFiles } from '../collab/draftFilesDerivation'
import { fixtureFolder } from '../testing/fixtureBlock'
import { DerivationPool } from './derivationPool'
import { DERIVATION_THREAD_NICENESS } from './lowerThreadPriority'

// Real worker threads running the real tasks: results must be exactly what the same call gives on
// the main thread, since the catalogue stores them.

const pools: DerivationPool[] = []

function pool(options: ConstructorParameters<typeof DerivationPool>[0] = {}): DerivationPool {
  const created = new DerivationPool(options)
  pools.push(created)
  return created
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((created) => created.close()))
})

/** The niceness of each thread of this process, by thread id (Linux: /proc/self/task). */
function threadNiceness(): Map<number, number> {
  const result = new Map<number, number>()
  for (const task of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8')
    // Fields after the command name (in parentheses, which may hold spaces): niceness is field 19.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    result.set(Number(task), Number(fields[16]))
  }
  return result
}

describe('DerivationPool', () => {
  it.runIf(existsSync('/proc/self/task'))(
    'runs its workers at a lower CPU priority than the event loop, which keeps its own',
    async () => {
      const before = threadNiceness()
      const workers = pool({ size: 2 })
      await Promise.all([workers.checkFolder(await fixtureFolder()), workers.checkFolder({})])
      const after = threadNiceness()
      const lowered = [...after].filter(
        ([thread, nice]) => !before.has(thread) && nice === DERIVATION_THREAD_NICENESS
      )
      // Each worker thread lowered itself (a worker has helper threads of its own, which keep
      // the niceness they were started with).
      expect(lowered.length).toBeGreaterThanOrEqual(2)
      expect(after.get(process.pid)).toBe(before.get(process.pid))
    },
    30_000
  )

  it('derives the same files in a worker as on the main thread', async () => {
    const seed = await createSeedUpdate(await fixtureFolder())
    expect(seed.problems).toEqual([])
    const inWorker = await pool({ size: 1 }).deriveFiles([seed.update])
    expect(inWorker).toStrictEqual(await deriveDocumentFiles([seed.update]))
    expect(Object.keys(inWorker)).toContain('baustein.json')
  }, 30_000)

  it('builds the same seed in a worker as on the main thread, byte for byte', async () => {
    const folder = await fixtureFolder()
    const inWorker = await pool({ size: 1 }).createSeed(folder)
    expect(inWorker.problems).toEqual([])
    expect(inWorker).toStrictEqual(await createSeedUpdate(folder))
  }, 30_000)

  it('checks a folder exactly as checkBausteinFolder does, problems included', async () => {
    const folder = await fixtureFolder()
    const broken = { ...folder, 'baustein.json': '{"id": 7' }
    const workers = pool({ size: 1 })
    for (const files of [folder, broken]) {
      expect(await workers.checkFolder(files)).toStrictEqual(await checkBausteinFolder(files))
    }
    expect((await workers.checkFolder(broken)).problems.length).toBeGreaterThan(0)
  }, 30_000)

  it("collects a document's garbage exactly as collectGarbage does, given alone", async () => {
    const doc = new Y.Doc()
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    const text = doc.getText('t')
    for (let i = 0; i < 50; i++) text.insert(text.length, `line ${i}\n`)
    text.delete(0, text.length - 10)
    // As the hub gets it: the function alone, not the pool.
    const { collectGarbage: inWorker } = pool({ size: 1 })
    const collected = await inWorker(updates)
    expect(collected).toStrictEqual(collectGarbage(updates))
    expect(collected.length).toBeLessThan(Y.mergeUpdates(updates).length)
  }, 30_000)

  it('rejects a failing task with its message and serves the next one', async () => {
    const workers = pool({ size: 1 })
    await expect(workers.deriveFiles([new Uint8Array([255, 255, 255])])).rejects.toThrow()
    const seed = await createSeedUpdate(await fixtureFolder())
    expect(Object.keys(await workers.deriveFiles([seed.update]))).toContain('baustein.json')
    expect(workers.running).toBe(1)
  }, 30_000)

  it('runs tasks side by side on up to `size` workers', async () => {
    const workers = pool({ size: 2 })
    const folder = await fixtureFolder()
    const results = await Promise.all([1, 2, 3, 4].map(() => workers.checkFolder(folder)))
    expect(workers.running).toBe(2)
    for (const result of results) expect(result).toStrictEqual(results[0])
  }, 30_000)

  it('fails the task of a worker that runs out of memory, and only that worker', async () => {
    // 4 MiB of heap: the worker cannot even load its modules and is ended by V8's limit.
    const workers = pool({ size: 1, maxOldGenerationSizeMb: 4 })
    await expect(workers.checkFolder(await fixtureFolder())).rejects.toThrow(/derivation failed/)
    expect(workers.running).toBe(0)
  }, 30_000)

  it('fails waiting tasks on close and refuses new ones', async () => {
    const workers = pool({ size: 1 })
    const folder = await fixtureFolder()
    const pending = [workers.checkFolder(folder), workers.checkFolder(folder)].map((task) =>
      expect(task).rejects.toThrow(/closed/)
    )
    await workers.close()
    await Promise.all(pending)
    await expect(workers.checkFolder(folder)).rejects.toThrow(/closed/)
  }, 30_000)
})
