import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  collectGarbageInProcess,
  EncodedDocumentState,
  isEmptyUpdate,
  type CollectGarbage,
} from './encodedDocumentState'

function editsOf(count: number): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const text = doc.getText('t')
  for (let i = 0; i < count; i++) {
    text.insert(text.length, `paragraph ${i} `.repeat(5))
    if (i % 2 === 1) text.delete(0, 40)
  }
  return { doc, updates }
}

function textOf(update: Uint8Array): string {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  return doc.getText('t').toString()
}

/** A collection that answers (in process) only when the test says so. */
function pending(): { collect: CollectGarbage; answer: () => void; calls: number } {
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => (release = resolve))
  const control = {
    calls: 0,
    answer: () => release(),
    collect: async (updates: Uint8Array[]) => {
      control.calls++
      await released
      return collectGarbageInProcess(updates)
    },
  }
  return control
}

describe('EncodedDocumentState', () => {
  it('equals the document its updates build, whether merged lazily or at once', () => {
    const { doc, updates } = editsOf(100)
    const lazily = new EncodedDocumentState([])
    for (const update of updates) lazily.add(update)
    const atOnce = new EncodedDocumentState(updates)
    expect(textOf(lazily.state)).toBe(doc.getText('t').toString())
    expect(textOf(atOnce.state)).toBe(doc.getText('t').toString())
    expect(lazily.stateVector()).toEqual(Y.encodeStateVector(doc))
  })

  it('duplicates merge to nothing', () => {
    const { doc, updates } = editsOf(10)
    const state = new EncodedDocumentState(updates)
    for (const update of updates) state.add(update)
    expect(textOf(state.state)).toBe(doc.getText('t').toString())
    expect(state.stateVector()).toEqual(Y.encodeStateVector(doc))
  })

  it('gives a client exactly what it lacks', () => {
    const { doc, updates } = editsOf(20)
    const state = new EncodedDocumentState(updates)
    const client = new Y.Doc()
    Y.applyUpdate(client, Y.mergeUpdates(updates.slice(0, 5)))
    Y.applyUpdate(client, state.missingFor(Y.encodeStateVector(client)))
    expect(client.getText('t').toString()).toBe(doc.getText('t').toString())
    expect(isEmptyUpdate(state.missingFor(Y.encodeStateVector(doc)))).toBe(false) // deletions
  })

  it('gives a client with nothing the whole state, and one state vector per state', () => {
    const { doc, updates } = editsOf(20)
    const state = new EncodedDocumentState(updates)
    const fresh = new Y.Doc()
    const missing = state.missingFor(Y.encodeStateVector(fresh))
    expect(missing).toBe(state.state)
    Y.applyUpdate(fresh, missing)
    expect(fresh.getText('t').toString()).toBe(doc.getText('t').toString())
    // Asked again without a change: the same vector, not computed anew.
    const vector = state.stateVector()
    expect(state.stateVector()).toBe(vector)
    // Another client's edit: the state changes, and so does its vector.
    const { updates: more } = editsOf(1)
    state.add(more[0]!)
    expect(state.stateVector()).not.toBe(vector)
    expect(Y.decodeStateVector(state.stateVector()).size).toBe(2)
  })

  it('with deferMerges leaves merging to its owner, up to a hard bound', async () => {
    const { doc, updates } = editsOf(400)
    const deferred = new EncodedDocumentState([], { deferMerges: true })
    let firstWanted = -1
    let mergedAt = -1
    for (const [index, update] of updates.entries()) {
      deferred.add(update)
      if (deferred.wantsMerge && firstWanted < 0) firstWanted = index
      // The list shrank: `add` merged on this turn (only at four times the bound).
      if (deferred.unmergedCount < index + 1) {
        mergedAt = index
        break
      }
    }
    expect(firstWanted).toBeGreaterThanOrEqual(0)
    expect(mergedAt).toBeGreaterThan(firstWanted * 2)
    for (const update of updates.slice(mergedAt + 1)) deferred.add(update)
    expect(await deferred.collectGarbageWith(collectGarbageInProcess)).toBe(true)
    expect(deferred.unmergedCount).toBe(0)
    expect(deferred.wantsMerge).toBe(false)
    for (const update of updates) deferred.add(update)
    expect(textOf(deferred.state)).toBe(doc.getText('t').toString())

    // Without it, the state merges on the adding turn as soon as the bound is reached.
    const eager = new EncodedDocumentState([])
    for (const update of updates.slice(0, firstWanted + 1)) eager.add(update)
    expect(eager.wantsMerge).toBe(false)
    expect(eager.unmergedCount).toBe(0)
  })

  it('drops deleted content when collecting garbage', async () => {
    const { doc, updates } = editsOf(60)
    const state = new EncodedDocumentState([])
    for (const update of updates) state.add(update)
    const before = state.state.length
    expect(await state.collectGarbageWith(collectGarbageInProcess)).toBe(true)
    expect(state.state.length).toBeLessThan(before)
    expect(textOf(state.state)).toBe(doc.getText('t').toString())
  })

  it('loads a log as it is and collects its deleted content later', async () => {
    const { doc, updates } = editsOf(60)
    const state = new EncodedDocumentState(updates)
    expect(textOf(state.state)).toBe(doc.getText('t').toString())
    const before = state.state.length
    await state.collectGarbageWith(collectGarbageInProcess)
    expect(state.state.length).toBeLessThan(before)
    expect(textOf(state.state)).toBe(doc.getText('t').toString())
  })

  it('keeps every update added while a collection runs, even through a lazy merge', async () => {
    const { doc, updates } = editsOf(120)
    const [early, late] = [updates.slice(0, 60), updates.slice(60)]
    const state = new EncodedDocumentState(early)
    const collection = pending()
    const collecting = state.collectGarbageWith(collection.collect)
    expect(state.isCollecting).toBe(true)
    // Enough bytes that `add` merges lazily before the collection answers.
    for (const update of late) state.add(update)
    expect(textOf(state.state)).toBe(doc.getText('t').toString())
    const uncollected = state.state.length
    collection.answer()
    expect(await collecting).toBe(true)
    expect(state.isCollecting).toBe(false)
    expect(textOf(state.state)).toBe(doc.getText('t').toString())
    expect(state.stateVector()).toEqual(Y.encodeStateVector(doc))
    // The content deleted before the snapshot is gone.
    expect(state.state.length).toBeLessThan(uncollected)
  })

  it('runs one collection at a time and skips the others', async () => {
    const { doc, updates } = editsOf(20)
    const state = new EncodedDocumentState(updates)
    const first = pending()
    const running = state.collectGarbageWith(first.collect)
    const second = pending()
    expect(await state.collectGarbageWith(second.collect)).toBe(false)
    expect(second.calls).toBe(0)
    first.answer()
    expect(await running).toBe(true)
    expect(textOf(state.state)).toBe(doc.getText('t').toString())
  })

  it('keeps the state and what was added when the collection fails', async () => {
    const { doc, updates } = editsOf(40)
    const state = new EncodedDocumentState(updates.slice(0, 20))
    const failing: CollectGarbage = async () => {
      for (const update of updates.slice(20)) state.add(update)
      throw new Error('worker gone')
    }
    await expect(state.collectGarbageWith(failing)).rejects.toThrow('worker gone')
    expect(state.isCollecting).toBe(false)
    expect(textOf(state.state)).toBe(doc.getText('t').toString())
  })

  it('rejects malformed updates', () => {
    expect(() => isEmptyUpdate(new Uint8Array([200, 1, 2, 3]))).toThrow()
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).toBe(true)
  })
})
