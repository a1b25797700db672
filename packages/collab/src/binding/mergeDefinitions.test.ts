import { createBpmnElement, parseBpmn, serializeBpmn, type ModdleElement } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { decodeModel } from '../document/decodeModel'
import { bpmnSpace, type ModelSpace } from '../document/modelSpace'
import { createShape } from '../operations/createShape'
import { deleteElement } from '../operations/deleteElement'
import { moveShape } from '../operations/moveShape'
import { rename } from '../operations/setProperty'
import { BPMN_FILE, PROCESS, referenceSeed, seededDoc } from '../operations/testModel'
import { indexById, mergeDefinitions, type ModelerModdle } from './mergeDefinitions'

const moddle: ModelerModdle = { create: (type, attrs) => createBpmnElement(type, attrs) }

async function parsed(): Promise<ModdleElement> {
  const { files } = await referenceSeed()
  const result = await parseBpmn(files[BPMN_FILE] ?? '')
  if (!result.definitions) throw new Error('unparsable')
  return result.definitions
}

const TASK = 'Activity_GebuehrFestsetzen'
const GONE = 'Activity_KassenzeichenVergeben'
const OTHER = { user: 'other' }

describe('mergeDefinitions: the document state merged into the modeler tree in place', () => {
  it('changes nothing and reports nothing for an equal tree', async () => {
    const target = await parsed()
    const before = new Map(indexById(target))
    const result = mergeDefinitions(target, await parsed(), moddle)
    expect([...result.added, ...result.removed, ...result.changed]).toEqual([])
    for (const [id, element] of indexById(target)) expect(element).toBe(before.get(id))
  })

  it('keeps the objects of kept elements and reports renames, moves, deletes and creates', async () => {
    // The source is what the binding merges: the model decoded from a document that others edited.
    const doc = await seededDoc()
    rename(doc, OTHER, TASK, 'Umbenannt')
    moveShape(doc, OTHER, { id: TASK, x: 700, y: 205 })
    deleteElement(doc, OTHER, GONE)
    createShape(doc, OTHER, {
      id: 'Activity_Neu',
      type: 'bpmn:Task',
      parent: PROCESS,
      bounds: { x: 400, y: 465, width: 100, height: 80 },
      name: 'Neu',
    })
    const source = decodeModel(bpmnSpace(doc) as ModelSpace).definitions
    const target = await parsed()
    const before = indexById(target)

    const result = mergeDefinitions(target, source, moddle)

    const after = indexById(target)
    expect(after.get(TASK)).toBe(before.get(TASK))
    expect(after.get(TASK)?.name).toBe('Umbenannt')
    expect(after.get(`${TASK}_di`)).toBe(before.get(`${TASK}_di`))
    expect(((after.get(`${TASK}_di`) as ModdleElement).bounds as ModdleElement).x).toBe(700)
    expect([...result.changed]).toEqual(expect.arrayContaining([TASK, `${TASK}_di`, PROCESS]))
    expect([...result.added].sort()).toEqual(['Activity_Neu', 'Activity_Neu_di'])
    expect(after.get('Activity_Neu')).not.toBe(indexById(source).get('Activity_Neu'))
    expect(after.get('Activity_Neu')?.$parent).toBe(after.get(PROCESS))
    expect([...result.removed]).toEqual(expect.arrayContaining([GONE, `${GONE}_di`]))
    // The merged tree is the source tree, byte for byte.
    expect(await serializeBpmn(target)).toBe(await serializeBpmn(source))
  })

  it('replaces an element whose type changed under the same id', async () => {
    const target = await parsed()
    const source = await parsed()
    const process = indexById(source).get(PROCESS) as ModdleElement
    const flowElements = process.flowElements as ModdleElement[]
    const position = flowElements.findIndex((element) => element.id === TASK)
    const old = flowElements[position] as ModdleElement
    const replaced = createBpmnElement('bpmn:ServiceTask', { id: TASK, name: old.name })
    replaced.$parent = process
    flowElements[position] = replaced

    const result = mergeDefinitions(target, source, moddle)

    expect(result.removed.has(TASK) && result.added.has(TASK)).toBe(true)
    expect(indexById(target).get(TASK)?.$type).toBe('bpmn:ServiceTask')
  })
})
