import { describe, expect, it } from 'vitest'
import { writeGroupOrEachAlone } from './collabGroupRetry'
import type { CollabAppendOutcome, NewCollabUpdate } from './collabRecords'

// The retry alone, over a group writer whose transaction fails whenever it holds the poisoned
// update; the stores' side (a real constraint violation) is in collabAppendGroupContract.ts.

const input = (blockId: string, value: number): NewCollabUpdate => ({
  blockId,
  version: '1.0.0',
  update: new Uint8Array([value]),
  maxDocumentBytes: 100,
})

const POISON = 99

function failingWriter() {
  const calls: number[][] = []
  const writeGroup = async (inputs: readonly NewCollabUpdate[]): Promise<CollabAppendOutcome[]> => {
    calls.push(inputs.map((one) => one.update[0] ?? 0))
    if (inputs.some((one) => one.update[0] === POISON)) throw new Error('constraint violated')
    return inputs.map((one): CollabAppendOutcome => {
      if (one.blockId === 'frozen') return { ok: false, error: new Error('frozen') }
      return { ok: true, result: { seq: one.update[0] ?? 0, storedBytes: 1, storedUpdates: 1 } }
    })
  }
  return { calls, writeGroup }
}

describe('writeGroupOrEachAlone', () => {
  it('writes a group once when its transaction succeeds, refusals included', async () => {
    const { calls, writeGroup } = failingWriter()
    const outcomes = await writeGroupOrEachAlone(
      [input('a', 1), input('frozen', 2), input('a', 3)],
      writeGroup
    )
    expect(calls).toEqual([[1, 2, 3]])
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true])
  })

  it('after a failed group writes each append alone, in order, and fails only the bad one', async () => {
    const { calls, writeGroup } = failingWriter()
    const outcomes = await writeGroupOrEachAlone(
      [input('a', 1), input('b', POISON), input('a', 3), input('frozen', 4)],
      writeGroup
    )
    expect(calls).toEqual([[1, POISON, 3, 4], [1], [POISON], [3], [4]])
    expect(outcomes[0]).toEqual({ ok: true, result: { seq: 1, storedBytes: 1, storedUpdates: 1 } })
    expect(outcomes[1]).toEqual({ ok: false, error: new Error('constraint violated') })
    expect(outcomes[2]).toEqual({ ok: true, result: { seq: 3, storedBytes: 1, storedUpdates: 1 } })
    expect(outcomes[3]).toEqual({ ok: false, error: new Error('frozen') })
  })

  it('does not retry a group of one', async () => {
    const { calls, writeGroup } = failingWriter()
    const outcomes = await writeGroupOrEachAlone([input('b', POISON)], writeGroup)
    expect(calls).toEqual([[POISON]])
    expect(outcomes).toEqual([{ ok: false, error: new Error('constraint violated') }])
  })
})
