import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { bpmnSpace } from '../document/modelSpace'
import { createShape } from '../operations/createShape'
import { deleteElement } from '../operations/deleteElement'
import { moveShape } from '../operations/moveShape'
import { rename } from '../operations/setProperty'
import { PROCESS, seededDoc } from '../operations/testModel'
import { observeModelChanges, type ModelChanges } from './observeModelChanges'

const TASK = 'Activity_GebuehrFestsetzen'

describe('observeModelChanges', () => {
  it('reports remote changes per transaction as added/updated/removed ids', async () => {
    const local = await seededDoc()
    const remote = await seededDoc()
    const space = bpmnSpace(local)
    if (!space) throw new Error('no model')
    const seen: ModelChanges[] = []
    const stop = observeModelChanges(space, (changes) => seen.push(changes))
    const sync = () =>
      Y.applyUpdate(local, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(local)))
    const bob = { user: 'bob' }

    rename(remote, bob, TASK, 'Neu')
    sync()
    expect(seen.at(-1)).toMatchObject({
      elements: { added: [], updated: [TASK], removed: [] },
      local: false,
    })

    moveShape(remote, bob, { id: TASK, x: 1, y: 1 })
    sync()
    expect(seen.at(-1)?.di).toEqual({ added: [], updated: [`${TASK}_di`], removed: [] })

    createShape(remote, bob, {
      id: 'Task_Neu',
      type: 'bpmn:Task',
      parent: PROCESS,
      bounds: { x: 0, y: 0, width: 100, height: 80 },
    })
    sync()
    expect(seen.at(-1)?.elements.added).toEqual(['Task_Neu'])
    expect(seen.at(-1)?.di.added).toEqual(['Task_Neu_di'])

    deleteElement(remote, bob, TASK)
    sync()
    expect(seen.at(-1)?.elements.removed).toContain(TASK)
    expect(seen.at(-1)?.di.removed).toContain(`${TASK}_di`)

    const count = seen.length
    rename(local, { user: 'me' }, 'Task_Neu', 'Lokal')
    expect(seen.length).toBe(count + 1)
    expect(seen.at(-1)?.local).toBe(true)
    stop()
    rename(local, { user: 'me' }, 'Task_Neu', 'Wieder')
    expect(seen.length).toBe(count + 1)
  })
})
