import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  DRAFT_FILES_MAX_DELAY_MS,
  DRAFT_FILES_QUIET_MS,
  DraftFilesFollower,
} from './draftFilesFollower'

// The debounce of the write-back, on vitest's fake clock (setTimeout and Date.now move together),
// so nothing here depends on how fast the machine is.

interface Harness {
  follower: DraftFilesFollower
  writes: string[]
  /** Resolves the write in progress for a document (writes wait for this). */
  finish(docName: string): void
}

function harness(
  options: {
    quietMs?: number
    maxDelayMs?: number
    maxConcurrent?: number
    minSpacingMs?: number
  } = {}
): Harness {
  const writes: string[] = []
  const waiting = new Map<string, () => void>()
  const follower = new DraftFilesFollower({
    quietMs: options.quietMs ?? 1_000,
    maxDelayMs: options.maxDelayMs ?? 5_000,
    ...(options.maxConcurrent !== undefined ? { maxConcurrent: options.maxConcurrent } : {}),
    // Spacing has a test of its own; elsewhere it would only shift the times.
    minSpacingMs: options.minSpacingMs ?? 0,
    follow: (docName) =>
      new Promise<void>((resolve) => {
        writes.push(docName)
        waiting.set(docName, resolve)
      }),
    onError: () => undefined,
  })
  return {
    follower,
    writes,
    finish: (docName) => {
      waiting.get(docName)?.()
      waiting.delete(docName)
    },
  }
}

/**
 * Moves the fake clock by `ms`, then lets the real `setImmediate`s run that became due: a write
 * starts from an immediate of its own (the tests keep `setImmediate` real, see beforeEach).
 */
async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
  await new Promise((resolve) => setImmediate(resolve))
  await vi.advanceTimersByTimeAsync(0)
}

describe('DraftFilesFollower', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs one write at a time over all documents; due documents wait their turn, oldest first', async () => {
    const { follower, writes, finish } = harness()
    follower.schedule('a')
    follower.schedule('b')
    follower.schedule('c')
    await advance(1_000)
    // All three are due; only the first runs.
    expect(writes).toEqual(['a'])
    expect(follower.busyDocuments()).toEqual(['a', 'b', 'c'])
    finish('a')
    await advance(0)
    expect(writes).toEqual(['a', 'b'])
    finish('b')
    await advance(0)
    expect(writes).toEqual(['a', 'b', 'c'])
    finish('c')
    await advance(0)
    expect(follower.busyDocuments()).toEqual([])
  })

  it('starts each write in a turn of the event loop of its own, also when writes end at once', async () => {
    // On the embedded store a write's promises settle at once. Started straight from the timers
    // (all three are due at the same instant), the writes used to run back to back in one
    // microtask chain, and no socket was served in between. Real timers: Node runs timers that
    // expire together in one pass of its timers phase (the fake clock yields between them).
    vi.useRealTimers()
    const events: string[] = []
    const follower = new DraftFilesFollower({
      quietMs: 5,
      minSpacingMs: 0,
      follow: async (docName) => {
        events.push(docName)
        // Runs in the next turn of the event loop: between two writes if they are apart.
        setImmediate(() => events.push('turn'))
      },
      onError: () => undefined,
    })
    follower.schedule('a')
    follower.schedule('b')
    follower.schedule('c')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(events).toEqual(['a', 'turn', 'b', 'turn', 'c', 'turn'])
  })

  it('spaces the starts of writes by minSpacingMs, also when many documents fall due together', async () => {
    const { follower, writes, finish } = harness({ minSpacingMs: 300 })
    for (const docName of ['a', 'b', 'c']) follower.schedule(docName)
    await advance(1_000)
    expect(writes).toEqual(['a'])
    finish('a')
    // 'b' is due and a slot is free, but 'a' started less than 300 ms ago.
    await advance(200)
    expect(writes).toEqual(['a'])
    await advance(100)
    expect(writes).toEqual(['a', 'b'])
    finish('b')
    await advance(300)
    expect(writes).toEqual(['a', 'b', 'c'])
    finish('c')
  })

  it('flush writes every due document, one after another', async () => {
    const { follower, writes, finish } = harness()
    follower.schedule('a')
    follower.schedule('b')
    const flushed = follower.flush()
    await advance(0)
    expect(writes).toEqual(['a'])
    finish('a')
    await advance(0)
    expect(writes).toEqual(['a', 'b'])
    finish('b')
    await flushed
    expect(follower.busyDocuments()).toEqual([])
  })

  it('writes once, a quiet second after the last of several updates', async () => {
    const { follower, writes } = harness()
    follower.schedule('a')
    await advance(600)
    follower.schedule('a')
    await advance(600)
    follower.schedule('a')
    await advance(999)
    expect(writes).toEqual([])
    await advance(1)
    expect(writes).toEqual(['a'])
  })

  it('writes at least every five seconds while updates keep coming', async () => {
    const { follower, writes, finish } = harness()
    for (let elapsed = 0; elapsed < 12_000; elapsed += 500) {
      follower.schedule('a')
      await advance(500)
      if (writes.length > 0) finish('a')
    }
    // Updates every 0.5 s never leave a quiet second: the writes come from the 5 s bound.
    expect(writes.length).toBeGreaterThanOrEqual(2)
    expect(writes.length).toBeLessThanOrEqual(3)
  })

  it('runs one write per document at a time and writes again for updates during a write', async () => {
    // Several documents may write side by side here; the limit over all documents is tested above.
    const { follower, writes, finish } = harness({ maxConcurrent: 10 })
    follower.schedule('a')
    follower.schedule('b')
    await advance(1_000)
    expect(writes).toEqual(['a', 'b'])
    follower.schedule('a')
    await advance(2_000)
    // Still writing the first time: the second write waits for it.
    expect(writes).toEqual(['a', 'b'])
    finish('a')
    await advance(0)
    expect(writes).toEqual(['a', 'b', 'a'])
    finish('a')
    finish('b')
    await advance(0)
    expect(follower.busyDocuments()).toEqual([])
  })

  it('flush writes what is pending at once and waits for every write', async () => {
    const { follower, writes, finish } = harness({ maxConcurrent: 10 })
    follower.schedule('a')
    follower.schedule('b')
    let flushed = false
    const flushing = follower.flush().then(() => {
      flushed = true
    })
    await advance(0)
    expect(writes).toEqual(['a', 'b'])
    expect(flushed).toBe(false)
    finish('a')
    finish('b')
    await flushing
    expect(flushed).toBe(true)
    expect(follower.busyDocuments()).toEqual([])
  })

  it('reports a failed write and writes again on the next update', async () => {
    const errors: string[] = []
    let fail = true
    const writes: string[] = []
    const follower = new DraftFilesFollower({
      follow: async (docName) => {
        writes.push(docName)
        if (fail) throw new Error('database gone')
      },
      onError: (docName, error) => errors.push(`${docName}: ${(error as Error).message}`),
    })
    follower.schedule('a')
    await advance(DRAFT_FILES_QUIET_MS)
    expect(errors).toEqual(['a: database gone'])
    fail = false
    follower.schedule('a')
    await advance(DRAFT_FILES_QUIET_MS)
    expect(writes).toEqual(['a', 'a'])
    expect(errors).toHaveLength(1)
  })

  it('by default waits two quiet seconds, and writes every 30 s while edits continue', async () => {
    const writes: number[] = []
    const follower = new DraftFilesFollower({
      follow: async () => {
        writes.push(Date.now())
      },
      onError: () => undefined,
    })
    const start = Date.now()
    follower.schedule('a')
    await advance(DRAFT_FILES_QUIET_MS - 1)
    expect(writes).toEqual([])
    await advance(1)
    expect(writes).toEqual([start + DRAFT_FILES_QUIET_MS])
    // An update every second for a minute: never two quiet seconds, so the 30 s bound writes.
    writes.length = 0
    const busyStart = Date.now()
    for (let second = 0; second < 60; second++) {
      follower.schedule('a')
      await advance(1_000)
    }
    expect(writes.map((at) => at - busyStart)).toEqual([
      DRAFT_FILES_MAX_DELAY_MS,
      2 * DRAFT_FILES_MAX_DELAY_MS,
    ])
    // The last update, after that write: its write follows the quiet period.
    follower.schedule('a')
    await advance(DRAFT_FILES_QUIET_MS - 1)
    expect(writes).toHaveLength(2)
    await advance(1)
    expect(writes).toHaveLength(3)
  })
})
