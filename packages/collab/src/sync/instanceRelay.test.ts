import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentHub } from './documentHub'
import { InProcessRelayBus, type InProcessRelay } from './inProcessRelay'
import { CLOSE_CODES } from './limits'
import { MemoryPersistence } from './memoryPersistence'
import type { DocumentPersistence } from './persistence'
import { TestClient, tick, until } from './testClient'

// Two hubs ("server instances") on one shared storage, linked by the in-process relay: the real
// hub and link logic; only the transport between them is in-process instead of Redis.

const DOC = 'draft-1'
const writer = { readOnly: false }

interface Instance {
  hub: DocumentHub
  relay: InProcessRelay
}

function instances(
  persistence: DocumentPersistence,
  options: { compactAfterUpdates?: number; maxDocumentBytes?: number } = {}
): [Instance, Instance] {
  const bus = new InProcessRelayBus()
  const make = (id: string): Instance => {
    const relay = bus.relay(id)
    const hub = new DocumentHub({ persistence, relay, limits: options, onError: () => undefined })
    return { hub, relay }
  }
  return [make('instance-a'), make('instance-b')]
}

function notes(client: TestClient): Record<string, unknown> {
  return client.doc.getMap('notes').toJSON()
}

function storedNotes(persistence: MemoryPersistence): Record<string, unknown> {
  const doc = new Y.Doc()
  for (const update of persistence.stored(DOC)) Y.applyUpdate(doc, update)
  return doc.getMap('notes').toJSON()
}

describe('instance relay: several hubs serve one document', () => {
  it('converges edits both ways; each update is stored once and published once', async () => {
    const persistence = new MemoryPersistence()
    const [a, b] = instances(persistence)
    const anna = await new TestClient().connect(a.hub, DOC, writer)
    const bernd = await new TestClient().connect(b.hub, DOC, writer)
    // The sync handshake first: a client's step 2 would otherwise carry its first edit again.
    await tick()
    anna.doc.getMap('notes').set('anna', 1)
    bernd.doc.getMap('notes').set('bernd', 2)
    await until(() => Object.keys(notes(anna)).length === 2, 'anna sees bernd')
    await until(() => Object.keys(notes(bernd)).length === 2, 'bernd sees anna')
    expect(storedNotes(persistence)).toEqual({ anna: 1, bernd: 2 })
    expect(persistence.stored(DOC)).toHaveLength(2)
    // Updates from elsewhere are not published again (no echo between instances).
    const kinds = (relay: InProcessRelay) =>
      relay.published.filter((m) => m.kind === 'update').length
    expect([kinds(a.relay), kinds(b.relay)]).toEqual([1, 1])
  })

  it('shows the awareness of a client on one instance to clients on the other, and its leaving', async () => {
    const [a, b] = instances(new MemoryPersistence())
    const anna = await new TestClient().connect(a.hub, DOC, {
      ...writer,
      identity: { name: 'Anna' },
    })
    const bernd = await new TestClient().connect(b.hub, DOC, writer)
    await tick()
    anna.setPresence({ cursor: 7 })
    await until(() => bernd.awareness.getStates().has(anna.doc.clientID), 'presence on b')
    expect(bernd.awareness.getStates().get(anna.doc.clientID)).toEqual({
      cursor: 7,
      user: { name: 'Anna' },
    })
    anna.drop()
    await until(() => !bernd.awareness.getStates().has(anna.doc.clientID), 'removal on b')
    // B never published A's state back.
    expect(b.relay.published.filter((m) => m.kind === 'awareness')).toEqual([])
  })

  it('gives a document loaded later the awareness of the instances that had it', async () => {
    const [a, b] = instances(new MemoryPersistence())
    const anna = await new TestClient().connect(a.hub, DOC, writer)
    await tick()
    anna.setPresence({ cursor: 1 })
    await tick()
    const bernd = await new TestClient().connect(b.hub, DOC, writer)
    await until(() => bernd.awareness.getStates().has(anna.doc.clientID), 'queried presence')
  })

  it('subscribes before reading storage and applies what arrived while the document loaded', async () => {
    const shared = new MemoryPersistence()
    let releaseLoad: () => void = () => undefined
    const joinedAtLoad: string[][] = []
    // B's read sees the log as it was, then waits: A stores an update in between.
    const slowForB: DocumentPersistence = {
      load: async (docName) => {
        const snapshot = await shared.load(docName)
        joinedAtLoad.push(b.relay.joinedDocuments())
        await new Promise<void>((resolve) => (releaseLoad = resolve))
        return snapshot
      },
      append: (docName, update) => shared.append(docName, update),
      compact: (docName, merge) => shared.compact(docName, merge),
    }
    const bus = new InProcessRelayBus()
    const a = { hub: new DocumentHub({ persistence: shared, relay: bus.relay('a') }) }
    const b = { relay: bus.relay('b') }
    const hubB = new DocumentHub({ persistence: slowForB, relay: b.relay })
    const anna = await new TestClient().connect(a.hub, DOC, writer)
    const connecting = new TestClient().connect(hubB, DOC, writer)
    await until(() => joinedAtLoad.length === 1, 'b reads storage')
    expect(joinedAtLoad[0]).toEqual([DOC])
    anna.doc.getMap('notes').set('during load', true)
    await until(() => shared.stored(DOC).length === 1, 'a stored')
    await tick(5)
    releaseLoad()
    const bernd = await connecting
    await until(() => notes(bernd)['during load'] === true, 'b has the update')
    // Applying what waited did not unload the document before bernd joined (no second read).
    expect(joinedAtLoad).toHaveLength(1)
    expect(hubB.loadedDocuments()).toEqual([DOC])
  })

  it('re-reads a document that was still loading when its subscription was interrupted', async () => {
    const shared = new MemoryPersistence()
    let releaseLoad: () => void = () => undefined
    let reads = 0
    const slowForB: DocumentPersistence = {
      load: async (docName) => {
        reads += 1
        const snapshot = await shared.load(docName)
        if (reads === 1) await new Promise<void>((resolve) => (releaseLoad = resolve))
        return snapshot
      },
      append: (docName, update) => shared.append(docName, update),
      compact: (docName, merge) => shared.compact(docName, merge),
    }
    const bus = new InProcessRelayBus()
    const hubA = new DocumentHub({ persistence: shared, relay: bus.relay('a') })
    const relayB = bus.relay('b')
    const hubB = new DocumentHub({ persistence: slowForB, relay: relayB })
    const anna = await new TestClient().connect(hubA, DOC, writer)
    const connecting = new TestClient().connect(hubB, DOC, writer)
    await until(() => reads === 1, 'b reads storage')
    // B's read has its snapshot; the message about A's update is lost while B is cut off.
    relayB.interrupt()
    anna.doc.getMap('notes').set('lost', true)
    await until(() => shared.stored(DOC).length === 1, 'a stored')
    await tick(5)
    relayB.restore()
    releaseLoad()
    const bernd = await connecting
    await until(() => notes(bernd).lost === true, 'b re-read after loading')
  })

  it('re-reads storage when its subscription was interrupted', async () => {
    const persistence = new MemoryPersistence()
    const [a, b] = instances(persistence)
    const anna = await new TestClient().connect(a.hub, DOC, writer)
    const bernd = await new TestClient().connect(b.hub, DOC, writer)
    await tick()
    b.relay.interrupt()
    anna.doc.getMap('notes').set('missed', 1)
    await until(() => persistence.stored(DOC).length === 1, 'stored')
    await tick(10)
    expect(notes(bernd)).toEqual({})
    b.relay.restore()
    await until(() => notes(bernd).missed === 1, 'b re-synced from storage')
  })

  it('asks the others to re-read storage when its own messages may have been lost', async () => {
    const persistence = new MemoryPersistence()
    const [a, b] = instances(persistence)
    const anna = await new TestClient().connect(a.hub, DOC, writer)
    const bernd = await new TestClient().connect(b.hub, DOC, writer)
    await tick()
    a.relay.interrupt()
    anna.doc.getMap('notes').set('unsent', 1)
    await until(() => persistence.stored(DOC).length === 1, 'stored')
    await tick(10)
    expect(notes(bernd)).toEqual({})
    a.relay.restore()
    await until(() => notes(bernd).unsent === 1, 'b re-read on request')
  })

  it('loses nothing when one instance compacts while the other appends updates it has not seen', async () => {
    const persistence = new MemoryPersistence()
    const [a, b] = instances(persistence, { compactAfterUpdates: 4 })
    const anna = await new TestClient().connect(a.hub, DOC, writer)
    const bernd = await new TestClient().connect(b.hub, DOC, writer)
    await tick()
    // A hears nothing from B: with "replace the first n rows with my state", A's compactions
    // would drop B's rows that A has never applied.
    a.relay.interrupt()
    for (let edit = 0; edit < 10; edit++) {
      bernd.doc.getMap('notes').set(`b${edit}`, edit)
      anna.doc.getMap('notes').set(`a${edit}`, edit)
      await until(() => persistence.stored(DOC).length > 0 && anna.saved === anna.sent, 'a saved')
      await until(() => bernd.saved === bernd.sent, 'b saved')
    }
    // Compacted on the way (10 + 10 updates, compaction every 4 on each instance).
    expect(persistence.stored(DOC).length).toBeLessThan(20)
    const stored = storedNotes(persistence)
    expect(Object.keys(stored)).toHaveLength(20)
    a.relay.restore()
    await until(() => Object.keys(notes(anna)).length === 20, 'a converged')
    await until(() => Object.keys(notes(bernd)).length === 20, 'b converged')
  })

  it('counts updates stored by the other instance against the document size limit', async () => {
    const persistence = new MemoryPersistence()
    const [a, b] = instances(persistence, { maxDocumentBytes: 600 })
    const anna = await new TestClient().connect(a.hub, DOC, writer)
    const bernd = await new TestClient().connect(b.hub, DOC, writer)
    await tick()
    anna.doc.getMap('notes').set('big', 'x'.repeat(500))
    await until(() => notes(bernd).big !== undefined, 'b has it')
    bernd.doc.getMap('notes').set('more', 'y'.repeat(200))
    await until(() => bernd.closedWith !== undefined, 'b refused')
    expect(bernd.closedWith?.code).toBe(CLOSE_CODES.policyViolation)
    expect(persistence.stored(DOC)).toHaveLength(1)
  })

  it('leaves the document’s channel when it is unloaded', async () => {
    const [a] = instances(new MemoryPersistence())
    const anna = await new TestClient().connect(a.hub, DOC, writer)
    expect(a.relay.joinedDocuments()).toEqual([DOC])
    anna.drop()
    await a.hub.settled(DOC)
    expect(a.hub.loadedDocuments()).toEqual([])
    expect(a.relay.joinedDocuments()).toEqual([])
  })
})
