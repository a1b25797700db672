import { createBpmnElement, parseBpmn, serializeBpmn, type ModdleElement } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createShape } from '../operations/createShape'
import { BPMN_FILE, PROCESS, referenceSeed, seededDoc } from '../operations/testModel'
import { deriveFiles } from './deriveFiles'
import { isElement, ownValue } from './embedded'
import { describe as propertiesOf } from './modelKind'
import { reconcileDefinitions } from './reconcileDefinitions'

const ME = { user: 'me' }

async function tree(): Promise<{ definitions: ModdleElement; byId: Map<string, ModdleElement> }> {
  const { files } = await referenceSeed()
  const parsed = await parseBpmn(files[BPMN_FILE] ?? '')
  if (!parsed.definitions) throw new Error('unparsable')
  const byId = new Map<string, ModdleElement>()
  const visit = (element: ModdleElement): void => {
    if (typeof element.id === 'string') byId.set(element.id, element)
    for (const property of propertiesOf(element)) {
      if (property.isReference || property.isPrimitive) continue
      const value = ownValue(element, property.name)
      for (const child of Array.isArray(value) ? value : [value]) if (isElement(child)) visit(child)
    }
  }
  visit(parsed.definitions)
  return { definitions: parsed.definitions, byId }
}

function updatesDuring(doc: Y.Doc, action: () => void): Uint8Array[] {
  const updates: Uint8Array[] = []
  const listener = (update: Uint8Array) => updates.push(update)
  doc.on('update', listener)
  action()
  doc.off('update', listener)
  return updates
}

function list(element: ModdleElement, property: string): ModdleElement[] {
  return element[property] as ModdleElement[]
}

describe('reconcileDefinitions: the generic write path of a binding', () => {
  it('writes nothing when the tree equals the document', async () => {
    const doc = await seededDoc()
    const { definitions } = await tree()
    expect(updatesDuring(doc, () => reconcileDefinitions(doc, ME, BPMN_FILE, definitions))).toEqual(
      []
    )
  })

  it('mirrors rename, move, delete and create — writing only the difference', async () => {
    const doc = await seededDoc()
    const { definitions, byId } = await tree()
    const task = byId.get('Activity_GebuehrFestsetzen') as ModdleElement
    task.name = 'Umbenannt'
    const rename = updatesDuring(doc, () => reconcileDefinitions(doc, ME, BPMN_FILE, definitions))
    expect(rename.length).toBe(1)
    expect(rename[0]?.length).toBeLessThan(120)

    const shape = byId.get('Activity_GebuehrFestsetzen_di') as ModdleElement
    ;(shape.bounds as ModdleElement).x = 700
    // Delete a flow with its references and DI, as bpmn-js leaves the tree after elements.delete.
    const flowId = 'Flow_Activity_GebuehrFestsetzen_Activity_KassenzeichenVergeben'
    const flow = byId.get(flowId) as ModdleElement
    const process = byId.get(PROCESS) as ModdleElement
    process.flowElements = list(process, 'flowElements').filter((e) => e !== flow)
    task.outgoing = list(task, 'outgoing').filter((e) => e !== flow)
    const target = byId.get('Activity_KassenzeichenVergeben') as ModdleElement
    target.incoming = list(target, 'incoming').filter((e) => e !== flow)
    const plane = byId.get('BPMNPlane_GebuehrBerechnenUndFestsetzen') as ModdleElement
    plane.planeElement = list(plane, 'planeElement').filter((e) => e.id !== `${flowId}_di`)
    // Create a task with its DI.
    const created = createBpmnElement('bpmn:ServiceTask', { id: 'Activity_Neu', name: 'Neu' })
    list(process, 'flowElements').push(created)
    list(plane, 'planeElement').push(
      createBpmnElement('bpmndi:BPMNShape', {
        id: 'Activity_Neu_di',
        bpmnElement: created,
        bounds: createBpmnElement('dc:Bounds', { x: 1, y: 2, width: 100, height: 80 }),
      })
    )
    reconcileDefinitions(doc, ME, BPMN_FILE, definitions)
    expect((await deriveFiles(doc))[BPMN_FILE]).toBe(await serializeBpmn(definitions))
  })

  it('keeps a concurrent insert by someone else in the lists it changes', async () => {
    const a = await seededDoc()
    const b = await seededDoc()
    const { definitions, byId } = await tree()
    ;(byId.get('Activity_GebuehrBerechnen') as ModdleElement).name = 'Von A'
    reconcileDefinitions(a, ME, BPMN_FILE, definitions)
    createShape(
      b,
      { user: 'b' },
      {
        id: 'Activity_VonB',
        type: 'bpmn:Task',
        parent: PROCESS,
        bounds: { x: 0, y: 0, width: 100, height: 80 },
      }
    )
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    const xml = (await deriveFiles(a))[BPMN_FILE] ?? ''
    expect(xml).toContain('name="Von A"')
    expect(xml).toContain('id="Activity_VonB"')
    expect(await deriveFiles(b)).toEqual(await deriveFiles(a))
  })
})
