import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { deriveFiles } from '../document/deriveFiles'
import { createShape } from '../operations/createShape'
import { rename } from '../operations/setProperty'
import { BPMN_FILE, errorsOf, PROCESS, referenceSeed, semanticOf } from '../operations/testModel'
import { createUndoManager } from '../undo/createUndoManager'
import { DocumentHub } from './documentHub'
import { MemoryPersistence } from './memoryPersistence'
import { TestClient, tick } from './testClient'

const DOC = 'draft-gebuehr'
const TASK = 'Activity_GebuehrFestsetzen'

describe('a draft through the hub: seed, edit, undo, store, derive', () => {
  it('two writers and a reader converge; the stored log derives a valid folder', async () => {
    const { files } = await referenceSeed()
    const persistence = new MemoryPersistence()
    const hub = new DocumentHub({ persistence, seedFiles: async () => files })
    const alice = await new TestClient().connect(hub, DOC, { readOnly: false })
    const bob = await new TestClient().connect(hub, DOC, { readOnly: false })
    const reviewer = await new TestClient().connect(hub, DOC, { readOnly: true })
    await tick()
    const aliceOrigin = { user: 'alice' }
    const undo = createUndoManager(alice.doc, aliceOrigin)

    createShape(alice.doc, aliceOrigin, {
      id: 'Activity_Pruefen',
      type: 'bpmn:UserTask',
      parent: PROCESS,
      bounds: { x: 400, y: 330, width: 120, height: 80 },
      name: 'Befreiung prüfen',
    })
    rename(alice.doc, aliceOrigin, TASK, 'Von Alice')
    rename(bob.doc, { user: 'bob' }, 'Gateway_GebuehrFaellig', 'Von Bob')
    await tick()
    await hub.settled(DOC)
    await tick()
    undo.undo()
    await tick()
    await hub.settled(DOC)
    await tick()

    const expected = await deriveFiles(alice.doc)
    for (const client of [bob, reviewer]) expect(await deriveFiles(client.doc)).toEqual(expected)
    expect(alice.saved).toBe(alice.sent)
    expect(bob.saved).toBe(bob.sent)
    const semantic = await semanticOf(alice.doc)
    expect(semantic.get(TASK)?.name).toBe('Gebühr festsetzen')
    expect(semantic.get('Activity_Pruefen')?.name).toBe('Befreiung prüfen')
    expect(semantic.get('Gateway_GebuehrFaellig')?.name).toBe('Von Bob')

    // What the server stored is the whole truth: load it fresh and derive.
    const stored = new Y.Doc()
    for (const update of persistence.stored(DOC)) Y.applyUpdate(stored, update)
    expect(await deriveFiles(stored)).toEqual(expected)
    expect(await errorsOf(stored)).toEqual([])
    expect(expected[BPMN_FILE]).toContain('id="Activity_Pruefen_di"')
  })
})
