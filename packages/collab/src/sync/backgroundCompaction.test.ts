import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentHub } from './documentHub'
import { collectGarbageInProcess, type CollectGarbage } from './encodedDocumentState'
import { MemoryPersistence } from './memoryPersistence'
import { TestClient, tick } from './testClient'

const DOC = 'draft-1'
const writer = { readOnly: false }

/** A collect (the worker pool's stand-in) that answers only when the test releases it. */
function heldCollect(): {
  collect: CollectGarbage
  calls: number
  merged: number[]
  release: () => void
} {
  let open: () => void = () => undefined
  const released = new Promise<void>((resolve) => (open = resolve))
  const held = {
    calls: 0,
    /** How many updates each call merged. */
    merged: [] as number[],
    release: () => open(),
    collect: async (updates: Uint8Array[]) => {
      held.calls++
      held.merged.push(updates.length)
      await released
      return collectGarbageInProcess(updates)
    },
  }
  return held
}

function mapOf(log: Uint8Array[]): Record<string, unknown> {
  const doc = new Y.Doc()
  for (const update of log) Y.applyUpdate(doc, update)
  return doc.getMap('m').toJSON()
}

describe('DocumentHub: compaction beside the appends', () => {
  it('keeps storing and acknowledging while a compaction merges, and loses nothing', async () => {
    const persistence = new MemoryPersistence()
    const held = heldCollect()
    const hub = new DocumentHub({
      persistence,
      limits: { compactAfterUpdates: 3 },
      collectGarbage: held.collect,
    })
    const a = await new TestClient().connect(hub, DOC, writer)
    for (let i = 0; i < 3; i++) {
      a.doc.getMap('m').set(`k${i}`, i)
      await tick()
    }
    // The third stored update started a compaction; its merge waits in the "worker".
    expect(held.calls).toBe(1)
    for (let i = 3; i < 10; i++) {
      a.doc.getMap('m').set(`k${i}`, i)
      await tick()
    }
    // Appends went on meanwhile, and further compactions due were skipped, not queued.
    expect(a.saved).toBe(a.sent)
    const storedBefore = persistence.stored(DOC).length
    expect(storedBefore).toBeGreaterThanOrEqual(10)
    expect(held.calls).toBe(1)
    held.release()
    await hub.settled(DOC)
    // Storage replaced the updates it merged; the 7 appended during the merge follow.
    const [merged = 0] = held.merged
    expect(persistence.stored(DOC).length).toBe(storedBefore - merged + 1)
    expect(storedBefore - merged).toBeGreaterThanOrEqual(7)
    expect(mapOf(persistence.stored(DOC))).toEqual(a.doc.getMap('m').toJSON())
    // The hub's own copy was collected with the same function, and kept the later updates.
    expect(held.calls).toBe(2)
    const late = await new TestClient().connect(hub, DOC, writer)
    await tick()
    expect(late.doc.getMap('m').toJSON()).toEqual(a.doc.getMap('m').toJSON())
    // The next stored update compacts again (the log is still long).
    a.doc.getMap('m').set('after', true)
    await tick()
    await hub.settled(DOC)
    expect(persistence.stored(DOC)).toHaveLength(1)
    expect(mapOf(persistence.stored(DOC))).toEqual(a.doc.getMap('m').toJSON())
  })

  it('reports a failed merge and goes on with a complete log', async () => {
    const persistence = new MemoryPersistence()
    const errors: unknown[] = []
    const hub = new DocumentHub({
      persistence,
      limits: { compactAfterUpdates: 2 },
      collectGarbage: async () => {
        throw new Error('worker gone')
      },
      onError: (_docName, error) => errors.push(error),
    })
    const a = await new TestClient().connect(hub, DOC, writer)
    for (let i = 0; i < 4; i++) {
      a.doc.getMap('m').set(`k${i}`, i)
      await tick()
    }
    await hub.settled(DOC)
    expect(errors.length).toBeGreaterThan(0)
    expect(a.closedWith).toBeUndefined()
    expect(a.saved).toBe(a.sent)
    // Nothing was replaced: every stored update is still there.
    expect(persistence.stored(DOC).length).toBeGreaterThanOrEqual(4)
    const late = await new TestClient().connect(hub, DOC, writer)
    await tick()
    expect(late.doc.getMap('m').toJSON()).toEqual(a.doc.getMap('m').toJSON())
  })

  it('loads a log of several updates as it is and collects its garbage in the background', async () => {
    const persistence = new MemoryPersistence()
    const editor = new Y.Doc()
    editor.on('update', (update: Uint8Array) => void persistence.append(DOC, update))
    const text = editor.getText('t')
    for (let i = 0; i < 20; i++) text.insert(text.length, `line ${i}\n`)
    text.delete(0, text.length - 8)
    await tick()
    const held = heldCollect()
    const hub = new DocumentHub({ persistence, collectGarbage: held.collect })
    // The reader is served while the collection still runs.
    const reader = await new TestClient().connect(hub, DOC, { readOnly: true })
    await tick()
    expect(held.calls).toBe(1)
    expect(reader.doc.getText('t').toString()).toBe(text.toString())
    held.release()
    await hub.settled(DOC)
    const late = await new TestClient().connect(hub, DOC, { readOnly: true })
    await tick()
    expect(late.doc.getText('t').toString()).toBe(text.toString())
    // Nothing stored: collecting the copy's garbage is no write.
    expect(persistence.stored(DOC)).toHaveLength(21)
  })
})

describe('DocumentHub: lazy merges of its copy', () => {
  it('merges in the collect it was given, not on the turn an update arrives', async () => {
    const calls: number[] = []
    const hub = new DocumentHub({
      persistence: new MemoryPersistence(),
      // No compaction in this test: only the copy's own merges call the collect.
      limits: { compactAfterUpdates: 1_000_000 },
      collectGarbage: async (updates) => {
        calls.push(updates.length)
        return collectGarbageInProcess(updates)
      },
    })
    const a = await new TestClient().connect(hub, DOC, writer)
    const b = await new TestClient().connect(hub, DOC, writer)
    // Enough bytes to pass the lazy-merge bound (4 KiB at least) several times.
    for (let i = 0; i < 60; i++) {
      a.doc.getMap('m').set(`k${i}`, 'x'.repeat(200))
      await tick(2)
    }
    await tick()
    await hub.settled(DOC)
    expect(calls.length).toBeGreaterThan(0)
    // Each call merged many updates at once: the copy's lazy merge, in the "worker".
    expect(Math.max(...calls)).toBeGreaterThan(10)
    expect(b.doc.getMap('m').toJSON()).toEqual(a.doc.getMap('m').toJSON())
    // A late joiner gets the merged state.
    const c = await new TestClient().connect(hub, DOC, writer)
    await tick()
    expect(c.doc.getMap('m').toJSON()).toEqual(a.doc.getMap('m').toJSON())
  })
})
