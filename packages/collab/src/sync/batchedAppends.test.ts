import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentHub } from './documentHub'
import { MemoryPersistence } from './memoryPersistence'
import { ControlledPersistence, TestClient, tick } from './testClient'

const DOC = 'draft-1'
const writer = { readOnly: false }

function contentOf(updates: readonly Uint8Array[]): unknown {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc.getMap('m').toJSON()
}

describe('DocumentHub: updates queued behind an append', () => {
  it('are appended as one update; each is relayed and each session acknowledged exactly', async () => {
    const persistence = new ControlledPersistence()
    const hub = new DocumentHub({ persistence })
    const [a, b, c] = await Promise.all(
      [1, 2, 3].map(() => new TestClient().connect(hub, DOC, writer))
    )
    await tick()
    expect(a!.saved).toBe(a!.sent)
    a!.doc.getMap('m').set('first', 1)
    await tick()
    expect(persistence.appends.length).toBe(1)

    // Arrive while the first append is in flight: they wait, all of them in one batch.
    a!.doc.getMap('m').set('a2', 2)
    a!.doc.getMap('m').set('a3', 3)
    b!.doc.getMap('m').set('b1', 1)
    c!.doc.getMap('m').set('c1', 1)
    const fromServer = new Y.Doc()
    fromServer.getMap('m').set('server', true)
    let serverStored = false
    const serverWrite = hub
      .applyServerUpdate(DOC, Y.encodeStateAsUpdate(fromServer))
      .then(() => (serverStored = true))
    await tick()
    expect(persistence.appends.length).toBe(1)

    persistence.appends[0]!.resolve()
    await tick()
    expect(persistence.appends.length).toBe(2)
    // Only the first is acknowledged and relayed so far.
    expect(a!.saved).toBe(a!.sent - 2)
    expect(b!.saved).toBe(b!.sent - 1)
    expect(c!.saved).toBe(c!.sent - 1)
    expect(b!.doc.getMap('m').get('first')).toBe(1)
    expect(b!.doc.getMap('m').has('a2')).toBe(false)
    expect(serverStored).toBe(false)

    persistence.appends[1]!.resolve()
    await serverWrite
    await tick()
    expect(persistence.appends.length).toBe(2)
    for (const client of [a!, b!, c!]) {
      expect(client.saved).toBe(client.sent)
      expect(client.doc.getMap('m').toJSON()).toEqual({
        first: 1,
        a2: 2,
        a3: 3,
        b1: 1,
        c1: 1,
        server: true,
      })
    }
    // The second append holds all five (a's depend on the first append, so read both).
    expect(contentOf([persistence.appends[0]!.update])).toEqual({ first: 1 })
    expect(contentOf(persistence.appends.map((append) => append.update))).toEqual({
      first: 1,
      a2: 2,
      a3: 3,
      b1: 1,
      c1: 1,
      server: true,
    })
  })

  it('relays a batch as one merged update per connection, senders included', async () => {
    const persistence = new ControlledPersistence()
    const hub = new DocumentHub({ persistence })
    const clients = await Promise.all(
      [1, 2, 3].map(() => new TestClient().connect(hub, DOC, writer))
    )
    const [a, b, c] = clients as [TestClient, TestClient, TestClient]
    await tick()
    a.doc.getMap('m').set('first', 1)
    await tick()
    // A lone update reaches the others, not its sender.
    persistence.appends[0]!.resolve()
    await tick()
    expect(clients.map((client) => client.updatesReceived)).toEqual([0, 1, 1])

    a.doc.getMap('m').set('a1', 1)
    await tick()
    b.doc.getMap('m').set('b1', 1)
    b.doc.getMap('m').set('b2', 2)
    c.doc.getMap('m').set('c1', 1)
    await tick()
    persistence.appends[1]!.resolve()
    await tick()
    // The three queued behind a's append: one message each, also to their senders.
    persistence.appends[2]!.resolve()
    await tick()
    expect(clients.map((client) => client.updatesReceived)).toEqual([1, 3, 3])
    for (const client of clients) {
      expect(client.saved).toBe(client.sent)
      expect(client.doc.getMap('m').toJSON()).toEqual({ first: 1, a1: 1, b1: 1, b2: 2, c1: 1 })
    }
  })

  it('a failed batched append acknowledges none of its updates and rejects the server write', async () => {
    const persistence = new ControlledPersistence()
    const hub = new DocumentHub({ persistence })
    const a = await new TestClient().connect(hub, DOC, writer)
    await tick()
    a.doc.getMap('m').set('first', 1)
    await tick()
    a.doc.getMap('m').set('second', 2)
    const serverWrite = hub.applyServerUpdate(DOC, Y.encodeStateAsUpdate(new Y.Doc()))
    const outcome = serverWrite.then(
      () => 'stored',
      () => 'rejected'
    )
    await tick()
    persistence.appends[0]!.resolve()
    await tick()
    const savedBefore = a.saved
    persistence.appends[1]!.reject(new Error('disk full'))
    await tick()
    expect(await outcome).toBe('rejected')
    expect(a.saved).toBe(savedBefore)
    expect(a.saved).toBe(a.sent - 1)
  })
})

describe('DocumentHub: encoded state', () => {
  it('gives a late joiner the full state after many updates, deletions and compactions', async () => {
    const persistence = new MemoryPersistence()
    const hub = new DocumentHub({ persistence, limits: { compactAfterUpdates: 40 } })
    const a = await new TestClient().connect(hub, DOC, writer)
    const b = await new TestClient().connect(hub, DOC, writer)
    const text = a.doc.getText('t')
    for (let i = 0; i < 150; i++) {
      // One update per round: the rate limit allows 200 messages a second.
      a.doc.transact(() => {
        a.doc.getMap('m').set(`k${i % 30}`, i)
        text.insert(text.length, `line ${i}\n`)
        if (i % 7 === 0) text.delete(0, 3)
      })
      if (i % 10 === 0) await tick(1)
    }
    b.doc.getMap('m').set('from b', true)
    await tick()
    await hub.settled(DOC)
    await tick()

    const late = await new TestClient().connect(hub, DOC, writer)
    await tick()
    expect(late.doc.getText('t').toString()).toBe(text.toString())
    expect(late.doc.getMap('m').toJSON()).toEqual(a.doc.getMap('m').toJSON())
    expect(late.doc.getMap('m').get('from b')).toBe(true)
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(a.doc))
    expect(a.closedWith).toBeUndefined()
    expect(a.saved).toBe(a.sent)
  })
})
