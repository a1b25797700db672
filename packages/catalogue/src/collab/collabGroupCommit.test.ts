import { describe, expect, it } from 'vitest'
import { CollabGroupCommit } from './collabGroupCommit'
import type { CollabAppendOutcome, NewCollabUpdate } from './collabRecords'

// The grouping alone, over a recording group writer; the stores' side (one transaction, savepoints)
// is in the adapters' contract (collabAppendGroupContract.ts).

const input = (blockId: string, value: number): NewCollabUpdate => ({
  blockId,
  version: '1.0.0',
  update: new Uint8Array([value]),
  maxDocumentBytes: 100,
})

/** Stores every append except those of block "frozen"; each group waits until released. */
function recordingWriter() {
  const groups: string[][] = []
  const releases: (() => void)[] = []
  const seqs = new Map<string, number>()
  const writeGroup = async (inputs: readonly NewCollabUpdate[]): Promise<CollabAppendOutcome[]> => {
    groups.push(inputs.map((one) => `${one.blockId}:${one.update[0]}`))
    await new Promise<void>((resolve) => releases.push(resolve))
    return inputs.map((one): CollabAppendOutcome => {
      if (one.blockId === 'frozen') return { ok: false, error: new Error('frozen') }
      const seq = (seqs.get(one.blockId) ?? 0) + 1
      seqs.set(one.blockId, seq)
      return { ok: true, result: { seq, storedBytes: seq, storedUpdates: seq } }
    })
  }
  const releaseNext = async () => {
    // Let the committer reach its write first (setImmediate, then the writer's promise).
    while (releases.length === 0) await new Promise((resolve) => setImmediate(resolve))
    releases.shift()?.()
  }
  return { groups, writeGroup, releaseNext }
}

describe('CollabGroupCommit', () => {
  it('writes the appends of one turn as one group, in arrival order', async () => {
    const writer = recordingWriter()
    const commit = new CollabGroupCommit(writer.writeGroup)
    const appends = [
      commit.append(input('a', 1)),
      commit.append(input('b', 1)),
      commit.append(input('a', 2)),
    ]
    await writer.releaseNext()
    const results = await Promise.all(appends)
    expect(writer.groups).toEqual([['a:1', 'b:1', 'a:2']])
    expect(results.map((result) => result.seq)).toEqual([1, 1, 2])
  })

  it('settles nothing before the group is written, and groups arrivals during a write', async () => {
    const writer = recordingWriter()
    // One group in flight at a time: what arrives meanwhile waits and goes together.
    const commit = new CollabGroupCommit(writer.writeGroup, 256, 1)
    let settled = false
    const first = commit.append(input('a', 1)).finally(() => (settled = true))
    while (writer.groups.length === 0) await new Promise((resolve) => setImmediate(resolve))
    // The first group is in flight: these two wait for it and then go together.
    const second = commit.append(input('a', 2))
    const third = commit.append(input('b', 1))
    await new Promise((resolve) => setImmediate(resolve))
    expect(settled).toBe(false)
    expect(writer.groups).toEqual([['a:1']])
    await writer.releaseNext()
    await first
    await writer.releaseNext()
    await Promise.all([second, third])
    expect(writer.groups).toEqual([['a:1'], ['a:2', 'b:1']])
  })

  it('rejects a refused append alone', async () => {
    const writer = recordingWriter()
    const commit = new CollabGroupCommit(writer.writeGroup)
    const settled = Promise.allSettled([
      commit.append(input('a', 1)),
      commit.append(input('frozen', 1)),
      commit.append(input('a', 2)),
    ])
    await writer.releaseNext()
    expect((await settled).map((one) => one.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
  })

  it('rejects every append of a group whose transaction failed, and goes on with the next', async () => {
    let calls = 0
    const commit = new CollabGroupCommit(async (inputs) => {
      calls++
      if (calls === 1) throw new Error('commit failed')
      return inputs.map(() => ({ ok: true, result: { seq: 1, storedBytes: 1, storedUpdates: 1 } }))
    })
    const failed = await Promise.allSettled([
      commit.append(input('a', 1)),
      commit.append(input('b', 1)),
    ])
    expect(failed.map((one) => one.status)).toEqual(['rejected', 'rejected'])
    expect((await commit.append(input('a', 2))).seq).toBe(1)
  })

  it('splits a long queue into groups of at most the stated size', async () => {
    const sizes: number[] = []
    const commit = new CollabGroupCommit(async (inputs) => {
      sizes.push(inputs.length)
      return inputs.map(() => ({ ok: true, result: { seq: 1, storedBytes: 1, storedUpdates: 1 } }))
    }, 4)
    await Promise.all(Array.from({ length: 10 }, (_, index) => commit.append(input('a', index))))
    expect(sizes).toEqual([4, 4, 2])
  })

  it('writes groups side by side, but a document only after its group in flight', async () => {
    const writer = recordingWriter()
    const commit = new CollabGroupCommit(writer.writeGroup, 256, 2)
    const first = commit.append(input('a', 1))
    while (writer.groups.length === 0) await new Promise((resolve) => setImmediate(resolve))
    // "a" is in flight: its next append waits, "b" starts in a second group at once.
    const later = [commit.append(input('a', 2)), commit.append(input('b', 1))]
    while (writer.groups.length < 2) await new Promise((resolve) => setImmediate(resolve))
    expect(writer.groups).toEqual([['a:1'], ['b:1']])
    await writer.releaseNext()
    await first
    while (writer.groups.length < 3) await new Promise((resolve) => setImmediate(resolve))
    expect(writer.groups[2]).toEqual(['a:2'])
    await writer.releaseNext()
    await writer.releaseNext()
    expect((await Promise.all(later)).map((result) => result.seq)).toEqual([2, 1])
  })
})
