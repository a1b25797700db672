import { describe, expect, it } from 'vitest'
import { DocumentHub } from './documentHub'
import { CLOSE_CODES, SYNC_LIMITS, type SyncLimits } from './limits'
import { MemoryPersistence } from './memoryPersistence'
import { updateMessage } from './protocol'
import { TestClient, tick } from './testClient'
import * as Y from 'yjs'

const DOC = 'draft-1'
const writer = { readOnly: false }

function updateOfSize(bytes: number): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('m').set('blob', 'x'.repeat(bytes))
  return Y.encodeStateAsUpdate(doc)
}

async function setup(limits: Partial<SyncLimits>, now?: () => number) {
  const persistence = new MemoryPersistence()
  const hub = new DocumentHub({ persistence, limits, ...(now ? { now } : {}) })
  const client = await new TestClient().connect(hub, DOC, writer)
  const other = await new TestClient().connect(hub, DOC, writer)
  await tick()
  return { persistence, hub, client, other, storedBefore: persistence.stored(DOC).length }
}

describe('limits: each closes the offending connection only and stores nothing of it', () => {
  it('states its defaults', () => {
    expect(SYNC_LIMITS).toEqual({
      maxFrameBytes: 2 * 1024 * 1024,
      maxUpdateBytes: 1024 * 1024,
      maxDocumentBytes: 32 * 1024 * 1024,
      maxMessagesPerWindow: 200,
      rateWindowMs: 1000,
      compactAfterUpdates: 500,
    })
  })

  it('frame size', async () => {
    const { persistence, client, other, storedBefore } = await setup({ maxFrameBytes: 1000 })
    client.session?.receive(updateMessage(updateOfSize(2000)))
    expect(client.closedWith?.code).toBe(CLOSE_CODES.messageTooBig)
    expect(other.closedWith).toBeUndefined()
    expect(persistence.stored(DOC).length).toBe(storedBefore)
  })

  it('update size', async () => {
    const { persistence, client, storedBefore } = await setup({
      maxFrameBytes: 10_000,
      maxUpdateBytes: 1000,
    })
    client.session?.receive(updateMessage(updateOfSize(2000)))
    expect(client.closedWith?.code).toBe(CLOSE_CODES.messageTooBig)
    expect(persistence.stored(DOC).length).toBe(storedBefore)
  })

  it('document size', async () => {
    const { persistence, hub, client, other, storedBefore } = await setup({
      maxDocumentBytes: 3000,
    })
    client.session?.receive(updateMessage(updateOfSize(2000)))
    await hub.settled(DOC)
    expect(client.closedWith).toBeUndefined()
    client.session?.receive(updateMessage(updateOfSize(2000)))
    expect(client.closedWith?.code).toBe(CLOSE_CODES.policyViolation)
    await hub.settled(DOC)
    expect(persistence.stored(DOC).length).toBe(storedBefore + 1)
    expect(other.closedWith).toBeUndefined()
  })

  it('message rate, per connection and window', async () => {
    let time = 0
    const { client, other } = await setup(
      { maxMessagesPerWindow: 5, rateWindowMs: 1000 },
      () => time
    )
    const query = new Uint8Array([3])
    for (let i = 0; i < 3; i++) client.session?.receive(query)
    time = 1000
    for (let i = 0; i < 5; i++) client.session?.receive(query)
    expect(client.closedWith).toBeUndefined()
    client.session?.receive(query)
    expect(client.closedWith?.code).toBe(CLOSE_CODES.policyViolation)
    other.session?.receive(query)
    expect(other.closedWith).toBeUndefined()
  })
})
