import { createBpmnElement, parseBpmn, type ModdleElement } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { BPMN_FILE, PROCESS, referenceSeed } from '../operations/testModel'
import { assignImplicitIds } from './assignImplicitIds'
import { indexById, type ModelerModdle } from './mergeDefinitions'

const moddle: ModelerModdle = { create: (type, attrs) => createBpmnElement(type, attrs) }

async function tree() {
  const { files } = await referenceSeed()
  const definitions = (await parseBpmn(files[BPMN_FILE] ?? '')).definitions as ModdleElement
  const seeded = new Set(indexById(definitions).keys())
  return { definitions, known: (id: string) => seeded.has(id) }
}

function addEvent(process: ModdleElement, id: string): ModdleElement {
  const definition = createBpmnElement('bpmn:TimerEventDefinition')
  const event = createBpmnElement('bpmn:IntermediateCatchEvent', {
    id,
    eventDefinitions: [definition],
  })
  definition.$parent = event
  event.$parent = process
  ;(process.flowElements as ModdleElement[]).push(event)
  return definition
}

describe('assignImplicitIds: implicit objects named after their owner', () => {
  it('names the event definition of a new event <event>_<DefinitionType>', async () => {
    const { definitions, known } = await tree()
    const process = indexById(definitions).get(PROCESS) as ModdleElement
    const definition = addEvent(process, 'Event_Neu')
    expect(assignImplicitIds(definitions, known, moddle)).toBe(1)
    expect(definition.id).toBe('Event_Neu_TimerEventDefinition')
    // Idempotent: a second command renames nothing.
    expect(assignImplicitIds(definitions, known, moddle)).toBe(0)
  })

  it('leaves the id-less definitions of known events and every known id alone', async () => {
    const { definitions, known } = await tree()
    const process = indexById(definitions).get(PROCESS) as ModdleElement
    const definition = addEvent(process, 'Event_Neu')
    const seeded = (id: string) => id === 'Event_Neu' || known(id)
    expect(assignImplicitIds(definitions, seeded, moddle)).toBe(0)
    expect(definition.id).toBeUndefined()
  })

  it('renames a new lane set with a random id to LaneSet_<container>', async () => {
    const { definitions, known } = await tree()
    const process = indexById(definitions).get(PROCESS) as ModdleElement
    const laneSets = process.laneSets as ModdleElement[]
    const laneSet = laneSets[0] as ModdleElement
    const seededId = laneSet.id as string
    laneSet.id = 'LaneSet_0x7f3a'
    expect(assignImplicitIds(definitions, (id) => id !== seededId && known(id), moddle)).toBe(1)
    expect(laneSet.id).toBe(`LaneSet_${PROCESS}`)
  })
})
