import { describe, expect, it } from 'vitest'
import { MemoryPersistence } from './memoryPersistence'
import type { DocumentPersistence, MergeUpdates } from './persistence'
import { checkPersistenceContract } from './persistenceContract'

describe('checkPersistenceContract', () => {
  it('passes for MemoryPersistence', async () => {
    expect(await checkPersistenceContract(new MemoryPersistence())).toEqual([])
  })

  it('finds an adapter that loses order or compacts wrongly', async () => {
    class Broken extends MemoryPersistence implements DocumentPersistence {
      override async load(docName: string): Promise<Uint8Array[]> {
        return (await super.load(docName)).reverse()
      }
    }
    const violations = await checkPersistenceContract(new Broken())
    expect(violations.some((v) => v.startsWith('updates load in append order'))).toBe(true)

    // Merges only what it believes stored (the first n), as compaction did with a single writer.
    class MergesTooFew extends MemoryPersistence {
      override async compact(docName: string, merge: (updates: Uint8Array[]) => Uint8Array) {
        const [first, ...rest] = await super.load(docName)
        let size = await super.compact(docName, () => merge(first ? [first] : []))
        for (const update of rest) size = await super.append(docName, update)
        return size
      }
    }
    const few = await checkPersistenceContract(new MergesTooFew())
    expect(few.some((v) => v.startsWith('compact merges exactly the stored updates'))).toBe(true)

    // Replaces the whole log with the merge once it is done, appends made meanwhile included.
    class ReplacesWhatItDidNotMerge extends MemoryPersistence {
      override async compact(docName: string, merge: MergeUpdates) {
        const merged = await merge(await super.load(docName))
        return super.compact(docName, () => merged)
      }
    }
    const dropping = await checkPersistenceContract(new ReplacesWhatItDidNotMerge())
    expect(dropping.some((v) => v.startsWith('an append during an asynchronous merge'))).toBe(true)

    class MiscountsSize extends MemoryPersistence {
      override async append(docName: string, update: Uint8Array) {
        const size = await super.append(docName, update)
        return { ...size, storedBytes: size.storedBytes + 1 }
      }
    }
    const miscounted = await checkPersistenceContract(new MiscountsSize())
    expect(miscounted.some((v) => v.startsWith('append reports the size after it'))).toBe(true)
  })
})
