import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { deriveFiles } from '../document/deriveFiles'
import { OperationError } from './operationError'
import { setJsonValue } from './setJsonValue'
import { seededDoc } from './testModel'

const FILE = 'baustein.json'
const alice = { user: 'alice' }
const bob = { user: 'bob' }

async function metadata(doc: Y.Doc): Promise<Record<string, unknown>> {
  return JSON.parse((await deriveFiles(doc))[FILE] ?? '{}') as Record<string, unknown>
}

async function concurrently(left: (doc: Y.Doc) => void, right: (doc: Y.Doc) => void) {
  const a = await seededDoc()
  const b = await seededDoc()
  left(a)
  right(b)
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  expect(await deriveFiles(a)).toEqual(await deriveFiles(b))
  return a
}

describe('setJsonValue', () => {
  it('sets, adds and removes fields and array items', async () => {
    const doc = await seededDoc()
    const before = await metadata(doc)
    setJsonValue(doc, alice, FILE, ['name'], 'Neuer Name')
    setJsonValue(doc, alice, FILE, ['schlagwoerter'], ['Gebühr'])
    setJsonValue(doc, alice, FILE, ['schlagwoerter', 1], 'Kasse')
    setJsonValue(doc, alice, FILE, ['schlagwoerter', 0], undefined)
    const after = await metadata(doc)
    expect(after.name).toBe('Neuer Name')
    expect(after.schlagwoerter).toEqual(['Kasse'])
    expect(Object.keys(after).slice(0, -1)).toEqual(Object.keys(before))
    setJsonValue(doc, alice, FILE, ['schlagwoerter'], undefined)
    expect(Object.keys(await metadata(doc))).toEqual(Object.keys(before))
  })

  it('merges concurrent edits of different fields; one value wins for the same field', async () => {
    const a = await concurrently(
      (doc) => setJsonValue(doc, alice, FILE, ['name'], 'Von Alice'),
      (doc) => setJsonValue(doc, bob, FILE, ['bezeichnung'], 'Von Bob')
    )
    expect(await metadata(a)).toMatchObject({ name: 'Von Alice', bezeichnung: 'Von Bob' })
    const same = await concurrently(
      (doc) => setJsonValue(doc, alice, FILE, ['neu'], 'A'),
      (doc) => setJsonValue(doc, bob, FILE, ['neu'], 'B')
    )
    const text = (await deriveFiles(same))[FILE] ?? ''
    expect(text.match(/"neu"/g)?.length).toBe(1)
  })

  it('refuses unknown files and paths, writing nothing', async () => {
    const doc = await seededDoc()
    const before = Y.encodeStateVector(doc)
    expect(() => setJsonValue(doc, alice, 'x.json', ['a'], 1)).toThrow(OperationError)
    expect(() => setJsonValue(doc, alice, FILE, ['nope', 'deeper'], 1)).toThrow(OperationError)
    expect(() => setJsonValue(doc, alice, FILE, ['name', 0], 1)).toThrow(OperationError)
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })
})
