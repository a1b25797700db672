import { describe, expect, it } from 'vitest'
import { MemoryPersistence } from './memoryPersistence'
import type { DocumentPersistence } from './persistence'
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

    class DropsTail extends MemoryPersistence {
      override async compact(docName: string, state: Uint8Array): Promise<void> {
        await super.compact(docName, state, Number.MAX_SAFE_INTEGER)
      }
    }
    const dropped = await checkPersistenceContract(new DropsTail())
    expect(dropped.some((v) => v.startsWith('compact replaces the first n updates'))).toBe(true)
  })
})
