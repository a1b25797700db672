import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { deriveFiles } from '../document/deriveFiles'
import { connect } from '../operations/connect'
import { deleteElement } from '../operations/deleteElement'
import { moveShape } from '../operations/moveShape'
import { setLane } from '../operations/setLane'
import { rename } from '../operations/setProperty'
import {
  BPMN_FILE,
  danglingOf,
  errorsOf,
  LANE_A,
  LANE_B,
  seededDoc,
  semanticOf,
} from '../operations/testModel'

const TASK = 'Activity_GebuehrFestsetzen'
const OTHER = 'Activity_KassenzeichenVergeben'
const alice = { user: 'alice' }
const bob = { user: 'bob' }

/** Two peers that edit offline, then exchange their updates (in the given order). */
async function concurrently(
  left: (doc: Y.Doc) => void,
  right: (doc: Y.Doc) => void
): Promise<[Y.Doc, Y.Doc]> {
  const a = await seededDoc()
  const b = await seededDoc()
  const before = Y.encodeStateVector(a)
  left(a)
  right(b)
  const fromA = Y.encodeStateAsUpdate(a, before)
  const fromB = Y.encodeStateAsUpdate(b, before)
  Y.applyUpdate(a, fromB)
  Y.applyUpdate(b, fromA)
  expect(await deriveFiles(a)).toEqual(await deriveFiles(b))
  expect(await danglingOf(a)).toEqual([])
  return [a, b]
}

describe('conflict semantics: the derived model stays valid and equal everywhere', () => {
  it('connect to a node that is deleted concurrently: the flow is left out', async () => {
    const [a] = await concurrently(
      (doc) => deleteElement(doc, alice, OTHER),
      (doc) =>
        connect(doc, bob, {
          id: 'Flow_Neu',
          source: TASK,
          target: OTHER,
          waypoints: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
        })
    )
    const semantic = await semanticOf(a)
    expect(semantic.has(OTHER)).toBe(false)
    expect(semantic.has('Flow_Neu')).toBe(false)
    expect(semantic.get(TASK)?.references.outgoing ?? []).not.toContain('Flow_Neu')
    expect((await deriveFiles(a))[BPMN_FILE]).not.toContain('Flow_Neu')
    expect(await errorsOf(a)).toEqual([])
  })

  it('rename of a node that is deleted concurrently: delete wins', async () => {
    const [a] = await concurrently(
      (doc) => deleteElement(doc, alice, TASK),
      (doc) => rename(doc, bob, TASK, 'Umbenannt')
    )
    expect((await semanticOf(a)).has(TASK)).toBe(false)
    expect(await errorsOf(a)).toEqual([])
  })

  it('concurrent moves of one shape: one whole position wins, the same on both peers', async () => {
    const [a] = await concurrently(
      (doc) => moveShape(doc, alice, { id: TASK, x: 10, y: 20 }),
      (doc) => moveShape(doc, bob, { id: TASK, x: 30, y: 40 })
    )
    const xml = (await deriveFiles(a))[BPMN_FILE] ?? ''
    const one = xml.includes('<dc:Bounds x="10" y="20" width="120" height="80" />')
    const other = xml.includes('<dc:Bounds x="30" y="40" width="120" height="80" />')
    expect(one !== other).toBe(true)
  })

  it('concurrent lane changes of one node: it ends in exactly one lane', async () => {
    const [a] = await concurrently(
      (doc) => setLane(doc, alice, { node: OTHER, lane: LANE_A }),
      (doc) => setLane(doc, bob, { node: OTHER, lane: LANE_B })
    )
    const semantic = await semanticOf(a)
    const inA = semantic.get(LANE_A)?.references.flowNodeRef?.includes(OTHER)
    const inB = semantic.get(LANE_B)?.references.flowNodeRef?.includes(OTHER) ?? false
    // Both joins merged; the lane that comes first in the lane set keeps the node.
    expect([inA, inB]).toEqual([true, false])
    expect(await errorsOf(a)).toEqual([])
  })

  it('derivation does not depend on the order updates arrived in', async () => {
    const base = await seededDoc()
    const before = Y.encodeStateVector(base)
    const updates: Uint8Array[] = []
    for (const [index, edit] of [
      (doc: Y.Doc) => rename(doc, alice, TASK, 'Eins'),
      (doc: Y.Doc) => moveShape(doc, bob, { id: OTHER, x: 5, y: 5 }),
      (doc: Y.Doc) => setLane(doc, alice, { node: TASK, lane: LANE_B }),
    ].entries()) {
      const doc = await seededDoc()
      doc.clientID = 100 + index
      edit(doc)
      updates.push(Y.encodeStateAsUpdate(doc, before))
    }
    const forward = await seededDoc()
    const backward = await seededDoc()
    for (const update of updates) Y.applyUpdate(forward, update)
    for (const update of [...updates].reverse()) Y.applyUpdate(backward, update)
    expect(await deriveFiles(backward)).toEqual(await deriveFiles(forward))
  })
})
