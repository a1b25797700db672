import { describe, expect, it } from 'vitest'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { deriveFiles } from '../document/deriveFiles'
import { createSeedUpdate } from '../document/seedDraftDocument'
import { referenceSeed } from '../operations/testModel'
import { DocumentHub } from './documentHub'
import { CLOSE_CODES } from './limits'
import { MemoryPersistence } from './memoryPersistence'
import { awarenessMessage } from './protocol'
import { TestClient, tick } from './testClient'

const DOC = 'draft-1'
const writer = { readOnly: false }

function setup() {
  const persistence = new MemoryPersistence()
  const hub = new DocumentHub({ persistence })
  return { persistence, hub }
}

describe('DocumentHub: sync', () => {
  it('relays edits between clients, stores them and acknowledges them', async () => {
    const { persistence, hub } = setup()
    const a = await new TestClient().connect(hub, DOC, writer)
    const b = await new TestClient().connect(hub, DOC, writer)
    a.doc.getMap('m').set('x', 1)
    await tick()
    await hub.settled(DOC)
    await tick()
    expect(b.doc.getMap('m').get('x')).toBe(1)
    expect(a.saved).toBe(a.sent)
    expect(persistence.stored(DOC).length).toBeGreaterThan(0)
    // A late joiner gets the whole state through sync step 2.
    const c = await new TestClient().connect(hub, DOC, writer)
    await tick()
    expect(c.doc.getMap('m').get('x')).toBe(1)
  })

  it('seeds a new document from files once, even with two hubs on one storage', async () => {
    const { files, update } = await referenceSeed()
    const persistence = new MemoryPersistence()
    const seedFiles = async () => files
    const hubs = [
      new DocumentHub({ persistence, seedFiles }),
      new DocumentHub({ persistence, seedFiles }),
    ]
    const [a, b] = await Promise.all(hubs.map((hub) => new TestClient().connect(hub, DOC, writer)))
    await tick()
    const single = new Y.Doc()
    Y.applyUpdate(single, update)
    for (const client of [a, b]) {
      expect(Y.encodeStateAsUpdate((client as TestClient).doc)).toEqual(
        Y.encodeStateAsUpdate(single)
      )
    }
    expect(await deriveFiles((a as TestClient).doc)).toEqual(await deriveFiles(single))
  })

  it('builds the seed with the createSeed it is given (the server: a worker thread)', async () => {
    const { files, update } = await referenceSeed()
    const built: string[][] = []
    const hub = new DocumentHub({
      persistence: new MemoryPersistence(),
      seedFiles: async () => files,
      createSeed: async (given) => {
        built.push(Object.keys(given).sort())
        return createSeedUpdate(given)
      },
    })
    const client = await new TestClient().connect(hub, DOC, writer)
    await tick()
    expect(built).toEqual([Object.keys(files).sort()])
    const single = new Y.Doc()
    Y.applyUpdate(single, update)
    expect(Y.encodeStateAsUpdate(client.doc)).toEqual(Y.encodeStateAsUpdate(single))
  })

  it('unloads a document when its last connection leaves', async () => {
    const { hub } = setup()
    const a = await new TestClient().connect(hub, DOC, writer)
    expect(hub.loadedDocuments()).toEqual([DOC])
    a.drop()
    await tick()
    expect(hub.loadedDocuments()).toEqual([])
  })
})

describe('DocumentHub: read-only connections', () => {
  it('does not apply, store or relay a reader’s update, and tells the reader once', async () => {
    const { persistence, hub } = setup()
    const writerClient = await new TestClient().connect(hub, DOC, writer)
    const reader = await new TestClient().connect(hub, DOC, { readOnly: true })
    await tick()
    const storedBefore = persistence.stored(DOC).length
    reader.doc.getMap('m').set('forged', true)
    reader.doc.getMap('m').set('forged2', true)
    await tick()
    await hub.settled(DOC)
    expect(writerClient.doc.getMap('m').has('forged')).toBe(false)
    expect(persistence.stored(DOC).length).toBe(storedBefore)
    expect(reader.denied).toEqual(['read-only: changes are not saved'])
    expect(reader.saved).toBe(0)
    // The reader still sees the writer's work.
    writerClient.doc.getMap('m').set('real', 1)
    await tick()
    expect(reader.doc.getMap('m').get('real')).toBe(1)
    // A newcomer never sees the forged change.
    const late = await new TestClient().connect(hub, DOC, writer)
    await tick()
    expect(late.doc.getMap('m').has('forged')).toBe(false)
  })
})

describe('DocumentHub: malformed messages', () => {
  it.each([
    ['garbage', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff])],
    ['unknown message type', new Uint8Array([42])],
    ['unknown sync type', new Uint8Array([0, 9, 0])],
    ['truncated update', new Uint8Array([0, 2, 10, 1, 2])],
    ['update that is not Yjs', new Uint8Array([0, 2, 3, 250, 250, 250])],
    ['awareness that is not JSON', new Uint8Array([1, 5, 1, 7, 1, 1, 0x7b])],
  ])('%s closes that connection only, storing nothing', async (_name, message) => {
    const { persistence, hub } = setup()
    const bad = await new TestClient().connect(hub, DOC, writer)
    const good = await new TestClient().connect(hub, DOC, writer)
    await tick()
    const storedBefore = persistence.stored(DOC).length
    bad.session?.receive(message)
    expect(bad.closedWith?.code).toBe(CLOSE_CODES.invalidPayload)
    good.doc.getMap('m').set('still', 'works')
    await tick()
    await hub.settled(DOC)
    await tick()
    expect(good.closedWith).toBeUndefined()
    expect(good.saved).toBe(good.sent)
    expect(persistence.stored(DOC).length).toBe(storedBefore + 1)
  })
})

describe('DocumentHub: awareness', () => {
  it('stamps the server identity, refuses speaking for others, removes states on leave', async () => {
    const { hub } = setup()
    const alice = await new TestClient().connect(hub, DOC, {
      readOnly: false,
      identity: { id: 'u-alice', name: 'Alice' },
    })
    const bob = await new TestClient().connect(hub, DOC, {
      readOnly: true,
      identity: { id: 'u-bob', name: 'Bob' },
    })
    alice.setPresence({ user: { name: 'Mallory' }, selection: ['Task_1'] })
    await tick()
    expect(bob.awareness.getStates().get(alice.doc.clientID)).toEqual({
      user: { id: 'u-alice', name: 'Alice' },
      selection: ['Task_1'],
    })
    // Bob forges a state under Alice's client id: dropped.
    const forged = new Y.Doc()
    forged.clientID = alice.doc.clientID
    const fake = new Awareness(forged)
    fake.setLocalState({ selection: ['Evil'] })
    fake.setLocalState({ selection: ['Evil', 'again'] })
    bob.session?.receive(awarenessMessage(encodeAwarenessUpdate(fake, [forged.clientID])))
    await tick()
    expect(alice.awareness.getStates().get(alice.doc.clientID)).toMatchObject({
      selection: ['Task_1'],
    })
    alice.drop()
    await tick()
    expect(bob.awareness.getStates().has(alice.doc.clientID)).toBe(false)
    fake.destroy()
  })
})

describe('DocumentHub: access changes on open connections', () => {
  it('a writer downgraded to reader is no longer applied; a revoked one is closed', async () => {
    const { persistence, hub } = setup()
    const a = await new TestClient().connect(hub, DOC, writer)
    const b = await new TestClient().connect(hub, DOC, writer)
    await tick()
    a.session?.setReadOnly(true)
    a.doc.getMap('m').set('after downgrade', true)
    await tick()
    await hub.settled(DOC)
    expect(b.doc.getMap('m').has('after downgrade')).toBe(false)
    expect(a.denied.length).toBe(1)
    const stored = persistence.stored(DOC).length
    b.session?.revoke()
    expect(b.closedWith?.code).toBe(CLOSE_CODES.accessRevoked)
    expect(persistence.stored(DOC).length).toBe(stored)
  })
})
