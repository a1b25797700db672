import { createBpmnElement, serializeBpmn } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Random } from '../convergence/random'
import { randomEdit } from '../convergence/randomEdit'
import { decodeEntries } from '../document/decodeEntries'
import { decodeModel } from '../document/decodeModel'
import { bpmnSpace, type ModelSpace } from '../document/modelSpace'
import { ReferrerIndex } from '../document/referrerIndex'
import { PROCESS, referenceSeed, seededDoc } from '../operations/testModel'
import { observeModelChanges, type ModelChanges } from './observeModelChanges'
import { indexById, type ModelerModdle } from './mergeDefinitions'
import { mergeEntries } from './mergeEntries'

const moddle: ModelerModdle = { create: (type, attrs) => createBpmnElement(type, attrs) }
const LANES = ['Lane_Sachbearbeitung', 'Lane_Kasse']
const KEEP = /^(StartEvent|EndEvent)_/

function keysOf(changes: ModelChanges): string[] {
  const { elements, di } = changes
  return [
    elements.added,
    elements.updated,
    elements.removed,
    di.added,
    di.updated,
    di.removed,
  ].flat()
}

describe('decodeEntries + mergeEntries: a remote change merged incrementally', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])(
    'seed %i: gives the tree decodeModel gives for concurrent random edits',
    async (seed) => {
      const doc = await seededDoc()
      const { files } = await referenceSeed()
      const metadata = files['baustein.json'] ?? ''
      const failures: string[] = []
      const space = bpmnSpace(doc) as ModelSpace
      const tree = decodeModel(space).definitions
      const index = indexById(tree)
      const referrers = new ReferrerIndex(space)
      let incremental = 0
      let pending: Promise<void> = Promise.resolve()
      const stop = observeModelChanges(space, (changes) => {
        const keys = keysOf(changes)
        for (const key of keys) referrers.update(key)
        const plan = decodeEntries(space, keys, index, referrers)
        if ('fallback' in plan) {
          failures.push(`unexpected fallback: ${plan.fallback}`)
          return
        }
        incremental++
        mergeEntries(index, plan.decoded, plan.dead, moddle)
        // The whole path on a copy must agree, byte for byte; so must the kept index.
        const whole = decodeModel(space).definitions
        const expected = Promise.all([serializeBpmn(tree), serializeBpmn(whole)])
        const ids = [...indexById(tree).keys()].sort()
        pending = pending.then(async () => {
          const [got, want] = await expected
          if (got !== want) failures.push(`tree differs after change of ${keys.join(', ')}`)
        })
        const kept = [...index.keys()].sort()
        if (kept.join() !== ids.join()) failures.push(`index differs after ${keys.join(', ')}`)
      })
      const random = new Random(seed)
      const editors = [0, 1].map(() => {
        const editor = new Y.Doc()
        Y.applyUpdate(editor, Y.encodeStateAsUpdate(doc))
        return editor
      })
      for (let round = 0; round < 20; round++) {
        for (const [n, editor] of editors.entries()) {
          for (let edit = 0; edit < 1 + random.int(3); edit++) {
            randomEdit(
              editor,
              { editor: n },
              random,
              {
                process: PROCESS,
                lanes: LANES,
                deletable: (id) => !KEEP.test(id) && !metadata.includes(`"${id}"`),
              },
              `${n}_${round}_${edit}`
            )
          }
        }
        for (const editor of editors) {
          Y.applyUpdate(doc, Y.encodeStateAsUpdate(editor, Y.encodeStateVector(doc)), 'remote')
        }
        for (const editor of editors) {
          Y.applyUpdate(editor, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(editor)))
        }
      }
      stop()
      await pending
      expect(failures).toEqual([])
      expect(incremental).toBeGreaterThan(0)
    }
  )

  it('leaves a change of the root to the whole-model decode', async () => {
    const doc = await seededDoc()
    const space = bpmnSpace(doc) as ModelSpace
    const index = indexById(decodeModel(space).definitions)
    const plan = decodeEntries(space, [space.root], index, new ReferrerIndex(space))
    expect(plan).toEqual({ fallback: 'root' })
  })
})
