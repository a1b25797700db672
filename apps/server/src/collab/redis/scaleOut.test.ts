import type { CatalogueStore } from '@bauplan/catalogue'
import { describe, expect, it } from 'vitest'
import { eventually, Y, type ProviderClient, type YDoc } from '../testing/collabClients'
import { scaleOutSkipped, useTwoInstances } from './testing/twoInstances'

// Two real server instances on one PostgreSQL schema, linked by the real Redis: y-websocket
// clients on either converge. CI sets DATABASE_URL and REDIS_URL; each run uses a fresh schema and
// its own channel prefix, and drops the schema at the end (testing/twoInstances).

const skip = scaleOutSkipped('Scale-out tests', 'src/collab/redis')

let drafts = 0
function draftName(): string {
  drafts += 1
  return `skalierung-${drafts}`
}

async function storedNotes(store: CatalogueStore, draft: { blockId: string; version: string }) {
  const doc = new Y.Doc()
  for (const update of await store.loadCollabUpdates(draft)) Y.applyUpdate(doc, update)
  return notes(doc)
}

function notes(doc: YDoc): Record<string, unknown> {
  return doc.getMap('notes').toJSON()
}

interface AwarenessLike {
  setLocalStateField(field: string, value: unknown): void
  getStates(): Map<number, Record<string, unknown>>
}
function awarenessOf(connected: ProviderClient): AwarenessLike {
  return (connected.provider as unknown as { awareness: AwarenessLike }).awareness
}

async function synced(...connected: ProviderClient[]): Promise<void> {
  await eventually(() => connected.every((c) => c.provider.synced), 10_000, 'sync')
}

describe.skipIf(skip)('scale-out: two instances, one PostgreSQL, Redis', () => {
  const two = useTwoInstances({ name: 'scaleout', redisProxyForB: true })

  it('converges edits both ways, shows awareness across instances and stores every acknowledged update', async () => {
    const { a, b } = two
    const draft = await two.newDraft(draftName())
    const onA = two.connect(a.wsUrl, draft)
    const onB = two.connect(b.wsUrl, draft)
    await synced(onA, onB)
    onA.doc.getMap('notes').set('a', 'auf Instanz A')
    onB.doc.getMap('notes').set('b', 'auf Instanz B')
    await eventually(() => Object.keys(notes(onA.doc)).length === 2, 10_000, 'A sees B')
    await eventually(() => Object.keys(notes(onB.doc)).length === 2, 10_000, 'B sees A')
    // Relayed only after it was stored: what the other instance shows is in PostgreSQL.
    expect(await storedNotes(b.store, draft)).toEqual({ a: 'auf Instanz A', b: 'auf Instanz B' })

    awarenessOf(onA).setLocalStateField('cursor', 'Task_1')
    const seenOnB = () => awarenessOf(onB).getStates().get(onA.doc.clientID)
    await eventually(() => seenOnB()?.cursor === 'Task_1', 10_000, 'awareness on B')
    // Stamped by instance A from anna's session, and passed on as it is.
    expect(seenOnB()?.user).toMatchObject({ userId: two.annaId, name: 'anna' })

    // A client that opens the document on B later gets everything from storage and the relay.
    const late = two.connect(b.wsUrl, draft)
    await synced(late)
    expect(notes(late.doc)).toEqual(notes(onA.doc))
  })

  it('an instance cut off from Redis converges from storage once it is back, both ways', async () => {
    const { a, b } = two
    const draft = await two.newDraft(draftName())
    const onA = two.connect(a.wsUrl, draft)
    const onB = two.connect(b.wsUrl, draft)
    await synced(onA, onB)
    two.redisProxy.cut()
    try {
      onA.doc.getMap('notes').set('missed by B', 1)
      onB.doc.getMap('notes').set('unsent by B', 2)
      const both = async () => Object.keys(await storedNotes(b.store, draft)).length === 2
      await eventually(both, 10_000, 'both stored')
      // While cut off, neither can have the other's edit: Redis was the only way.
      expect(notes(onB.doc)['missed by B']).toBeUndefined()
      expect(notes(onA.doc)['unsent by B']).toBeUndefined()
    } finally {
      two.redisProxy.restore()
    }
    await eventually(() => notes(onB.doc)['missed by B'] === 1, 15_000, 'B re-read storage')
    await eventually(() => notes(onA.doc)['unsent by B'] === 2, 15_000, 'A asked to re-read')
  })

  it('closing instance A sends its clients to B, and nothing acknowledged is lost', async () => {
    const { a, b } = two
    const draft = await two.newDraft(draftName())
    const httpA = a.wsUrl.replace(/^ws/, 'http')
    // The load balancer: first to A, after A closes to B.
    const balancer = await two.startProxy(httpA)
    const balancedUrl = new URL(balancer.url)
    const viaBalancer = two.connect(`ws://${balancedUrl.host}`, draft)
    const onB = two.connect(b.wsUrl, draft)
    await synced(viaBalancer, onB)
    const set = (edit: number) => viaBalancer.doc.getMap('notes').set(`edit ${edit}`, edit)
    // `saved` counts the client's sync step 2 (1), then one per edit, in order.
    for (const edit of [1, 2, 3]) set(edit)
    await eventually(() => viaBalancer.saved() >= 4, 10_000, 'three edits acknowledged')
    balancer.retarget(b.wsUrl.replace(/^ws/, 'http'))
    // Two more on their way while A closes: stored by A's shutdown or sent again to B.
    for (const edit of [4, 5]) set(edit)
    await two.closeInstance(a)
    // A's last acknowledgements came before its close frame (one ordered stream).
    const acknowledged = viaBalancer.saved() - 1
    expect(acknowledged).toBeGreaterThanOrEqual(3)
    // Every edit A acknowledged is in PostgreSQL the moment A is gone.
    const storedAtClose = await storedNotes(b.store, draft)
    for (let edit = 1; edit <= acknowledged; edit++) {
      expect(storedAtClose[`edit ${edit}`]).toBe(edit)
    }
    // The client reconnects through the balancer to B and sends what was not acknowledged.
    const all = { 'edit 1': 1, 'edit 2': 2, 'edit 3': 3, 'edit 4': 4, 'edit 5': 5 }
    await eventually(
      async () => Object.keys(await storedNotes(b.store, draft)).length === 5,
      15_000,
      'stored'
    )
    expect(await storedNotes(b.store, draft)).toEqual(all)
    await eventually(() => Object.keys(notes(onB.doc)).length === 5, 10_000, 'B’s client has all')
    // And it now works on B.
    viaBalancer.doc.getMap('notes').set('on B now', true)
    await eventually(() => notes(onB.doc)['on B now'] === true, 10_000, 'edit through B')
  })
})
