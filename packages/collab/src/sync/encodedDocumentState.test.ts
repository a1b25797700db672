import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { EncodedDocumentState, isEmptyUpdate } from './encodedDocumentState'

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

  it('drops deleted content when collecting garbage', () => {
    const { doc, updates } = editsOf(60)
    const state = new EncodedDocumentState([])
    for (const update of updates) state.add(update)
    const before = state.state.length
    state.collectGarbage()
    expect(state.state.length).toBeLessThan(before)
    expect(textOf(state.state)).toBe(doc.getText('t').toString())
  })

  it('rejects malformed updates', () => {
    expect(() => isEmptyUpdate(new Uint8Array([200, 1, 2, 3]))).toThrow()
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).toBe(true)
  })
})
