import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentHub } from './documentHub'
import { InProcessRelayBus, type InProcessRelay } from './inProcessRelay'
import { MemoryPersistence } from './memoryPersistence'
import { TestClient, tick, until } from './testClient'

// `onStoredElsewhere`: an instance hears the updates other instances stored (for the draft files'
// write-back, which one instance does for everybody). Two real hubs on one storage, linked by the
// in-process relay.

const DOC = 'draft-1'
const writer = { readOnly: false }

interface Instance {
  hub: DocumentHub
  relay: InProcessRelay
  /** Notes set by each update this instance stored itself / heard of from elsewhere. */
  storedHere: string[]
  storedElsewhere: string[]
}

function keysOf(update: Uint8Array): string {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  return Object.keys(doc.getMap('notes').toJSON()).sort().join(',')
}

function instances(persistence: MemoryPersistence): [Instance, Instance] {
  const bus = new InProcessRelayBus()
  const make = (id: string): Instance => {
    const relay = bus.relay(id)
    const storedHere: string[] = []
    const storedElsewhere: string[] = []
    const hub = new DocumentHub({
      persistence,
      relay,
      onError: () => undefined,
      onStored: (docName, update) => storedHere.push(`${docName}:${keysOf(update)}`),
      onStoredElsewhere: (docName, update) => storedElsewhere.push(`${docName}:${keysOf(update)}`),
    })
    return { hub, relay, storedHere, storedElsewhere }
  }
  return [make('instance-a'), make('instance-b')]
}

describe('onStoredElsewhere: updates stored by another instance', () => {
  it('is called for relayed updates, onStored only for the instance that stored them', async () => {
    const [a, b] = instances(new MemoryPersistence())
    const anna = await new TestClient().connect(a.hub, DOC, writer)
    const bernd = await new TestClient().connect(b.hub, DOC, writer)
    await tick()
    anna.doc.getMap('notes').set('anna', 1)
    await until(() => b.storedElsewhere.length === 1, 'b heard anna')
    bernd.doc.getMap('notes').set('bernd', 2)
    await until(() => a.storedElsewhere.length === 1, 'a heard bernd')
    await tick(5)
    expect(a.storedHere).toEqual([`${DOC}:anna`])
    expect(a.storedElsewhere).toEqual([`${DOC}:bernd`])
    expect(b.storedHere).toEqual([`${DOC}:bernd`])
    expect(b.storedElsewhere).toEqual([`${DOC}:anna`])
  })

  it('is called for what a re-read of storage found after lost relay messages', async () => {
    const persistence = new MemoryPersistence()
    const [a, b] = instances(persistence)
    const anna = await new TestClient().connect(a.hub, DOC, writer)
    await new TestClient().connect(b.hub, DOC, writer)
    await tick()
    b.relay.interrupt()
    anna.doc.getMap('notes').set('missed', 1)
    await until(() => persistence.stored(DOC).length === 1, 'stored')
    await tick(10)
    expect(b.storedElsewhere).toEqual([])
    b.relay.restore()
    await until(() => b.storedElsewhere.length === 1, 'b re-read storage')
    expect(b.storedElsewhere).toEqual([`${DOC}:missed`])
  })

  it('is not called for a document this instance has not loaded', async () => {
    const [a, b] = instances(new MemoryPersistence())
    const anna = await new TestClient().connect(a.hub, DOC, writer)
    await tick()
    anna.doc.getMap('notes').set('alone', 1)
    await until(() => a.storedHere.length === 1, 'stored on a')
    await tick(10)
    expect(b.storedElsewhere).toEqual([])
  })
})
