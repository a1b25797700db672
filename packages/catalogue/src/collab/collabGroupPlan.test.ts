import { describe, expect, it } from 'vitest'
import { NotFoundError } from '../errors'
import { documentKey, type LockedCollabDocument } from './collabDocuments'
import { CollabDocumentFrozenError, CollabDocumentTooLargeError } from './collabErrors'
import { planCollabGroup } from './collabGroupPlan'
import type { NewCollabUpdate } from './collabRecords'

const append = (blockId: string, size: number, maxDocumentBytes = 100): NewCollabUpdate => ({
  blockId,
  version: '1.0.0',
  update: new Uint8Array(size).fill(size),
  maxDocumentBytes,
})

function locked(
  entries: Record<string, Partial<LockedCollabDocument>>
): Map<string, LockedCollabDocument> {
  return new Map(
    Object.entries(entries).map(([blockId, document]) => [
      documentKey({ blockId, version: '1.0.0' }),
      { state: 'entwurf', lastSeq: 0, storedBytes: 0, storedUpdates: 0, ...document },
    ])
  )
}

describe('planCollabGroup', () => {
  it('numbers each document on from its stored log, in input order', () => {
    const plan = planCollabGroup(
      [append('a', 2), append('b', 1), append('a', 3)],
      locked({ a: { lastSeq: 7, storedBytes: 10, storedUpdates: 2 }, b: {} })
    )
    expect(plan.outcomes).toEqual([
      { ok: true, result: { seq: 8, storedBytes: 12, storedUpdates: 3 } },
      { ok: true, result: { seq: 1, storedBytes: 1, storedUpdates: 1 } },
      { ok: true, result: { seq: 9, storedBytes: 15, storedUpdates: 4 } },
    ])
    expect(plan.rows.map((row) => [row.blockId, row.seq, row.bytes.byteLength])).toEqual([
      ['a', 8, 2],
      ['b', 1, 1],
      ['a', 9, 3],
    ])
    expect(plan.totals).toEqual([
      { blockId: 'a', version: '1.0.0', lastSeq: 9, storedBytes: 15, storedUpdates: 4 },
      { blockId: 'b', version: '1.0.0', lastSeq: 1, storedBytes: 1, storedUpdates: 1 },
    ])
  })

  it('counts the earlier accepted appends of the group against the size limit, not refused ones', () => {
    const plan = planCollabGroup(
      [append('a', 4, 10), append('a', 7, 10), append('a', 6, 10), append('a', 1, 10)],
      locked({ a: {} })
    )
    expect(plan.outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true, false])
    const refused = plan.outcomes[1]
    expect(refused?.ok === false && refused.error).toBeInstanceOf(CollabDocumentTooLargeError)
    expect(refused?.ok === false && refused.error).toMatchObject({ storedBytes: 4, updateBytes: 7 })
    expect(plan.totals).toEqual([
      { blockId: 'a', version: '1.0.0', lastSeq: 2, storedBytes: 10, storedUpdates: 2 },
    ])
  })

  it('refuses unknown and frozen versions and writes nothing for them', () => {
    const plan = planCollabGroup(
      [append('missing', 1), append('frozen', 1)],
      locked({ frozen: { state: 'veroeffentlicht', lastSeq: 3, storedBytes: 3, storedUpdates: 3 } })
    )
    const [missing, frozen] = plan.outcomes
    expect(missing?.ok === false && missing.error).toBeInstanceOf(NotFoundError)
    expect(frozen?.ok === false && frozen.error).toBeInstanceOf(CollabDocumentFrozenError)
    expect(plan.rows).toEqual([])
    expect(plan.totals).toEqual([])
  })
})
