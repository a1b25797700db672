import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentHub } from './documentHub'
import { MemoryPersistence } from './memoryPersistence'
import type { DocumentPersistence } from './persistence'
import { TestClient, tick } from './testClient'

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

describe('server-side updates', () => {
  it('applyServerUpdate stores, relays and reports the update, loading the document on demand', async () => {
    const persistence = new MemoryPersistence()
    const stored: string[] = []
    const hub = new DocumentHub({ persistence, onStored: (name) => stored.push(name) })
    await hub.applyServerUpdate('a', textUpdate('from the server'))
    expect(await persistence.load('a')).toHaveLength(1)
    expect(stored).toEqual(['a'])
    // Nobody is connected: the document is unloaded again once the append settled.
    await hub.settled('a')
    expect(hub.loadedDocuments()).toEqual([])

    const client = new TestClient()
    await client.connect(hub, 'a', { readOnly: false })
    await hub.applyServerUpdate('a', textUpdate('!'))
    await tick(10)
    expect(client.doc.getText('t').length).toBe('from the server'.length + 1)
  })

  it('applyServerUpdate rejects and stores nothing when the append fails', async () => {
    const failing: DocumentPersistence = {
      load: async () => [],
      append: async () => {
        throw new Error('disk full')
      },
      compact: async () => undefined,
    }
    const hub = new DocumentHub({ persistence: failing, onError: () => undefined })
    await expect(hub.applyServerUpdate('a', textUpdate('x'))).rejects.toThrow('disk full')
  })

  it('applyStoredElsewhere relays to this instance without storing, and ignores unloaded documents', async () => {
    const persistence = new MemoryPersistence()
    const stored: string[] = []
    const hub = new DocumentHub({ persistence, onStored: (name) => stored.push(name) })
    hub.applyStoredElsewhere('not-loaded', textUpdate('ignored'))
    expect(hub.loadedDocuments()).toEqual([])

    const client = new TestClient()
    await client.connect(hub, 'a', { readOnly: false })
    hub.applyStoredElsewhere('a', textUpdate('elsewhere'))
    await hub.settled('a')
    await tick(10)
    expect(client.doc.getText('t').toString()).toBe('elsewhere')
    expect(await persistence.load('a')).toHaveLength(0)
    expect(stored).toEqual([])
  })
})
