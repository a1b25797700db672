import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { moveShape } from '../operations/moveShape'
import { rename } from '../operations/setProperty'
import { createShape } from '../operations/createShape'
import { BPMN_FILE, PROCESS, seededDoc, semanticOf } from '../operations/testModel'
import { deriveFiles } from '../document/deriveFiles'
import { createUndoManager } from './createUndoManager'

const TASK = 'Activity_GebuehrFestsetzen'
const GATEWAY = 'Gateway_GebuehrFaellig'

/** Two peers that deliver every update to each other at once. */
async function pair(): Promise<[Y.Doc, Y.Doc]> {
  const a = await seededDoc()
  const b = await seededDoc()
  const REMOTE = 'remote'
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(b, update, REMOTE)
  })
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(a, update, REMOTE)
  })
  return [a, b]
}

describe('per-user undo', () => {
  it('undoes only the own change, keeping a later remote change', async () => {
    const [a, b] = await pair()
    const alice = { user: 'alice' }
    const bob = { user: 'bob' }
    const undo = createUndoManager(a, alice)
    rename(a, alice, TASK, 'Von Alice')
    rename(b, bob, GATEWAY, 'Von Bob')
    expect(undo.undoStack.length).toBe(1)
    undo.undo()
    const semantic = await semanticOf(b)
    expect(semantic.get(TASK)?.name).toBe('Gebühr festsetzen')
    expect(semantic.get(GATEWAY)?.name).toBe('Von Bob')
    undo.redo()
    expect((await semanticOf(b)).get(TASK)?.name).toBe('Von Alice')
  })

  it('undoing a move keeps a concurrent rename of the same element by someone else', async () => {
    const [a, b] = await pair()
    const alice = { user: 'alice' }
    const bob = { user: 'bob' }
    const undo = createUndoManager(a, alice)
    const before = (await deriveFiles(a))[BPMN_FILE]
    moveShape(a, alice, { id: TASK, x: 700, y: 300 })
    rename(b, bob, TASK, 'Von Bob')
    undo.undo()
    const xml = (await deriveFiles(b))[BPMN_FILE] ?? ''
    expect(xml).toContain('<dc:Bounds x="678" y="205" width="120" height="80" />')
    expect(xml).toContain('name="Von Bob"')
    expect(xml.replace('Von Bob', 'Gebühr festsetzen')).toBe(before)
  })

  it('undoes a created shape as one step, with its DI', async () => {
    const [a, b] = await pair()
    const alice = { user: 'alice' }
    const undo = createUndoManager(a, alice)
    const before = (await deriveFiles(b))[BPMN_FILE]
    createShape(a, alice, {
      id: 'Task_Neu',
      type: 'bpmn:UserTask',
      parent: PROCESS,
      bounds: { x: 1, y: 2, width: 100, height: 80 },
    })
    expect(undo.undoStack.length).toBe(1)
    undo.undo()
    expect((await deriveFiles(b))[BPMN_FILE]).toBe(before)
  })
})
