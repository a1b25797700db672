import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { referenceSeed } from '../operations/testModel'
import { deriveFiles } from './deriveFiles'
import { createSeedUpdate, isSeeded, seedClientId, seedDraftDocument } from './seedDraftDocument'

describe('seeding exactly once', () => {
  it('gives byte-identical updates for the same files', async () => {
    const { files, update } = await referenceSeed()
    expect((await createSeedUpdate(files)).update).toEqual(update)
  })

  it('two servers seeding concurrently do not double the content', async () => {
    const { files } = await referenceSeed()
    const one = new Y.Doc()
    const two = new Y.Doc()
    await Promise.all([seedDraftDocument(one, files), seedDraftDocument(two, files)])
    const single = Y.encodeStateAsUpdate(one)
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two))
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one))
    expect(Y.encodeStateAsUpdate(one)).toEqual(single)
    expect([...Y.decodeStateVector(Y.encodeStateVector(one)).keys()]).toEqual([seedClientId(files)])
    expect(await deriveFiles(two)).toEqual(await deriveFiles(one))
  })

  it('leaves a seeded document alone', async () => {
    const { files } = await referenceSeed()
    const doc = new Y.Doc()
    await seedDraftDocument(doc, files)
    const state = Y.encodeStateAsUpdate(doc)
    const again = await seedDraftDocument(doc, { ...files, 'extra.txt': 'x' })
    expect(again.update.length).toBe(0)
    expect(Y.encodeStateAsUpdate(doc)).toEqual(state)
  })

  it('different files get different seed clients', async () => {
    const { files } = await referenceSeed()
    expect(seedClientId({ ...files, 'x.txt': '1' })).not.toBe(seedClientId(files))
  })

  it('refuses unreadable files and writes nothing', async () => {
    const { files } = await referenceSeed()
    for (const broken of [
      { ...files, 'baustein.json': '{ "id": ' },
      { ...files, 'x.bpmn': '<bpmn:definitions' },
    ]) {
      const doc = new Y.Doc()
      const result = await seedDraftDocument(doc, broken)
      expect(result.problems.length).toBeGreaterThan(0)
      expect(result.problems[0]?.message.de).not.toBe('')
      expect(isSeeded(doc)).toBe(false)
      expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(new Y.Doc()))
    }
  })
})
