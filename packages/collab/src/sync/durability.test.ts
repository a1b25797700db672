import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentHub } from './documentHub'
import { CLOSE_CODES } from './limits'
import { MemoryPersistence } from './memoryPersistence'
import { ControlledPersistence, TestClient, tick } from './testClient'

const DOC = 'draft-1'
const writer = { readOnly: false }

describe('durability: acknowledge and relay only after the append resolved', () => {
  it('holds relay and acknowledgement until the append is durable, in arrival order', async () => {
    const persistence = new ControlledPersistence()
    const hub = new DocumentHub({ persistence })
    const a = await new TestClient().connect(hub, DOC, writer)
    const b = await new TestClient().connect(hub, DOC, writer)
    await tick()
    a.doc.getMap('m').set('first', 1)
    a.doc.getMap('m').set('second', 2)
    await tick()
    // One append at a time: the second waits for the first.
    expect(persistence.appends.length).toBe(1)
    expect(b.doc.getMap('m').has('first')).toBe(false)
    const savedBefore = a.saved
    // A newcomer does not see an update that is not stored yet.
    const c = await new TestClient().connect(hub, DOC, writer)
    await tick()
    expect(c.doc.getMap('m').has('first')).toBe(false)

    persistence.appends[0]?.resolve()
    await tick()
    expect(b.doc.getMap('m').get('first')).toBe(1)
    expect(b.doc.getMap('m').has('second')).toBe(false)
    expect(a.saved).toBe(savedBefore + 1)
    expect(persistence.appends.length).toBe(2)
    persistence.appends[1]?.resolve()
    await tick()
    expect(b.doc.getMap('m').get('second')).toBe(2)
    expect(a.saved).toBe(a.sent)
  })

  it('a failed append acknowledges nothing more, closes the document’s connections and unloads it; reconnecting resends', async () => {
    const persistence = new ControlledPersistence()
    const errors: unknown[] = []
    const hub = new DocumentHub({ persistence, onError: (_doc, error) => errors.push(error) })
    const a = await new TestClient().connect(hub, DOC, writer)
    const b = await new TestClient().connect(hub, DOC, writer)
    await tick()
    a.doc.getMap('m').set('lost?', 'no')
    await tick()
    const savedBefore = a.saved
    persistence.appends[0]?.reject(new Error('disk full'))
    await tick()
    expect(a.saved).toBe(savedBefore)
    expect(a.closedWith?.code).toBe(CLOSE_CODES.internalError)
    expect(b.closedWith?.code).toBe(CLOSE_CODES.internalError)
    expect(b.doc.getMap('m').has('lost?')).toBe(false)
    expect(hub.loadedDocuments()).toEqual([])
    expect(errors.length).toBe(1)
    expect(persistence.stored.length).toBe(0)

    // Storage is back: the client reconnects and its sync step 2 brings the edit again.
    a.session = undefined
    await a.connect(hub, DOC, writer)
    await tick()
    persistence.appends[1]?.resolve()
    await tick()
    expect(a.saved).toBe(a.sent)
    const stored = new Y.Doc()
    for (const update of persistence.stored) Y.applyUpdate(stored, update)
    expect(stored.getMap('m').get('lost?')).toBe('no')
  })

  it('keeps a document with an unacknowledged change loaded until its append settles', async () => {
    const persistence = new ControlledPersistence()
    const hub = new DocumentHub({ persistence })
    const a = await new TestClient().connect(hub, DOC, writer)
    await tick()
    a.doc.getMap('m').set('x', 1)
    await tick()
    a.drop()
    await tick()
    expect(hub.loadedDocuments()).toEqual([DOC])
    persistence.appends.at(-1)?.resolve()
    await tick()
    expect(hub.loadedDocuments()).toEqual([])
    expect(persistence.stored.length).toBe(1)
  })

  it('a failed load closes the connection and never writes (no seeding over unreadable storage)', async () => {
    const persistence = new ControlledPersistence()
    persistence.loadError = new Error('database unavailable')
    let seedAsked = 0
    const hub = new DocumentHub({
      persistence,
      seedFiles: async () => {
        seedAsked++
        return { 'notiz.txt': 'x' }
      },
    })
    const a = new TestClient()
    await a.connect(hub, DOC, writer)
    expect(a.session).toBeUndefined()
    expect(a.closedWith?.code).toBe(CLOSE_CODES.internalError)
    expect(persistence.appends.length).toBe(0)
    expect(seedAsked).toBe(0)
    expect(hub.loadedDocuments()).toEqual([])
    // The next connection tries again.
    persistence.loadError = undefined
    const connecting = new TestClient().connect(hub, DOC, writer)
    await tick()
    persistence.appends[0]?.resolve()
    const b = await connecting
    await tick()
    expect(b.session).toBeDefined()
    expect(b.doc.getText('text:notiz.txt').toString()).toBe('x')
  })

  it('compacts the stored log into one update that loads to the same state', async () => {
    const persistence = new MemoryPersistence()
    const hub = new DocumentHub({ persistence, limits: { compactAfterUpdates: 3 } })
    const a = await new TestClient().connect(hub, DOC, writer)
    for (let i = 0; i < 5; i++) {
      a.doc.getMap('m').set(`k${i}`, i)
      await tick()
    }
    await hub.settled(DOC)
    const log = persistence.stored(DOC)
    expect(log.length).toBeLessThan(3)
    const loaded = new Y.Doc()
    for (const update of log) Y.applyUpdate(loaded, update)
    expect(loaded.getMap('m').toJSON()).toEqual(a.doc.getMap('m').toJSON())
  })
})

describe('shutdown', () => {
  it('waits for appends in flight, then closes every connection with 1001', async () => {
    const persistence = new ControlledPersistence()
    const hub = new DocumentHub({ persistence })
    const a = await new TestClient().connect(hub, DOC, writer)
    await tick()
    a.doc.getMap('m').set('x', 1)
    await tick()
    let done = false
    const stopping = hub.shutdown().then(() => {
      done = true
    })
    await tick()
    expect(done).toBe(false)
    expect(a.closedWith).toBeUndefined()
    persistence.appends.at(-1)?.resolve()
    await stopping
    expect(persistence.stored.length).toBe(1)
    expect(a.closedWith?.code).toBe(CLOSE_CODES.goingAway)
    expect(hub.loadedDocuments()).toEqual([])
  })
})
