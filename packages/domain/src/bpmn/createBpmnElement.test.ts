import { describe, expect, it } from 'vitest'
import { createDmnElement } from '../dmn/createDmnElement'
import { serializeDmn } from '../dmn/serializeDmn'
import type { DmnDefinitions } from '../dmn/model'
import { createBpmnElement } from './createBpmnElement'
import { serializeBpmn } from './serializeBpmn'

describe('createBpmnElement / createDmnElement', () => {
  it('builds BPMN elements that serialise, with their descriptor', async () => {
    const task = createBpmnElement('bpmn:UserTask', { id: 'Task_1', name: 'Prüfen' })
    expect(task.$descriptor).toBeDefined()
    const process = createBpmnElement('bpmn:Process', { id: 'Process_1', flowElements: [task] })
    const definitions = createBpmnElement('bpmn:Definitions', {
      id: 'Definitions_1',
      targetNamespace: 'urn:test',
      rootElements: [process],
    })
    const xml = await serializeBpmn(definitions)
    expect(xml).toContain('<bpmn:userTask id="Task_1" name="Prüfen" />')
  })

  it('builds DMN elements that serialise', async () => {
    const decision = createDmnElement('dmn:Decision', { id: 'Decision_1', name: 'Gebühr' })
    const definitions = createDmnElement('dmn:Definitions', {
      id: 'Definitions_1',
      name: 'Test',
      namespace: 'urn:test',
      drgElement: [decision],
    })
    const xml = await serializeDmn(definitions as unknown as DmnDefinitions)
    expect(xml).toContain('<dmn:decision id="Decision_1" name="Gebühr" />')
  })
})
