import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ModdleElement } from './moddleElement'
import { parseBpmn } from './parseBpmn'
import { readBpmnFacts } from './readBpmnFacts'

const fixture = readFileSync(
  new URL('./__fixtures__/gewerbe-anmelden.bpmn', import.meta.url),
  'utf8'
)

async function definitionsOf(xml: string): Promise<ModdleElement> {
  const { definitions } = await parseBpmn(xml)
  if (!definitions) throw new Error('did not parse')
  return definitions
}

const PROCESS = 'Process_GewerbeAnmelden'
const inProcess = { processId: PROCESS, parentId: PROCESS }
const inSubProcess = { processId: PROCESS, parentId: 'SubProcess_Erfassen' }

describe('readBpmnFacts', () => {
  it('reads pools, lanes and processes of a collaboration', async () => {
    const facts = readBpmnFacts(await definitionsOf(fixture))
    expect(facts.processes).toEqual([
      { id: PROCESS, name: 'Gewerbe anmelden', isExecutable: false },
    ])
    expect(facts.participants).toEqual([
      { id: 'Participant_Antragsteller', name: 'Antragstellerin' },
      { id: 'Participant_Gewerbeamt', name: 'Gewerbeamt', processRef: PROCESS },
    ])
    expect(facts.lanes).toEqual([
      {
        id: 'Lane_Sachbearbeitung',
        name: 'Sachbearbeitung',
        processId: PROCESS,
        participantId: 'Participant_Gewerbeamt',
        flowNodeIds: [
          'StartEvent_AntragEingegangen',
          'Activity_IdentitaetPruefen',
          'Activity_AntragPruefen',
          'Event_Frist',
          'Gateway_Vollstaendig',
          'EndEvent_Bescheid',
          'EndEvent_Abgelehnt',
        ],
      },
      {
        id: 'Lane_Fachverfahren',
        name: 'Fachverfahren',
        processId: PROCESS,
        participantId: 'Participant_Gewerbeamt',
        flowNodeIds: ['SubProcess_Erfassen'],
      },
    ])
  })

  it('lists flow nodes through sub-processes, with lanes and counts by type', async () => {
    const facts = readBpmnFacts(await definitionsOf(fixture))
    const sachbearbeitung = { ...inProcess, laneId: 'Lane_Sachbearbeitung' }
    expect(facts.flowNodes).toEqual([
      {
        id: 'StartEvent_AntragEingegangen',
        name: 'Antrag eingegangen',
        type: 'bpmn:StartEvent',
        ...sachbearbeitung,
      },
      {
        id: 'Activity_IdentitaetPruefen',
        name: 'Identität prüfen',
        type: 'bpmn:CallActivity',
        ...sachbearbeitung,
      },
      {
        id: 'Activity_AntragPruefen',
        name: 'Antrag prüfen',
        type: 'bpmn:UserTask',
        ...sachbearbeitung,
      },
      {
        id: 'Event_Frist',
        name: 'Frist abgelaufen',
        type: 'bpmn:BoundaryEvent',
        ...sachbearbeitung,
      },
      {
        id: 'Gateway_Vollstaendig',
        name: 'Vollständig?',
        type: 'bpmn:ExclusiveGateway',
        ...sachbearbeitung,
      },
      {
        id: 'SubProcess_Erfassen',
        name: 'Gewerbe erfassen',
        type: 'bpmn:SubProcess',
        ...inProcess,
        laneId: 'Lane_Fachverfahren',
      },
      { id: 'StartEvent_Erfassen', type: 'bpmn:StartEvent', ...inSubProcess },
      {
        id: 'Task_Erfassen',
        name: 'Im Fachverfahren erfassen',
        type: 'bpmn:ServiceTask',
        ...inSubProcess,
      },
      { id: 'EndEvent_Erfassen', type: 'bpmn:EndEvent', ...inSubProcess },
      {
        id: 'EndEvent_Bescheid',
        name: 'Bescheid versandt',
        type: 'bpmn:EndEvent',
        ...sachbearbeitung,
      },
      {
        id: 'EndEvent_Abgelehnt',
        name: 'Antrag abgelehnt',
        type: 'bpmn:EndEvent',
        ...sachbearbeitung,
      },
    ])
    expect(facts.flowNodesByType).toEqual({
      'bpmn:StartEvent': 2,
      'bpmn:CallActivity': 1,
      'bpmn:UserTask': 1,
      'bpmn:BoundaryEvent': 1,
      'bpmn:ExclusiveGateway': 1,
      'bpmn:SubProcess': 1,
      'bpmn:ServiceTask': 1,
      'bpmn:EndEvent': 3,
    })
    expect(facts.tasksByType).toEqual({ 'bpmn:UserTask': 1, 'bpmn:ServiceTask': 1 })
  })

  it('reads the called building block of a call activity', async () => {
    const facts = readBpmnFacts(await definitionsOf(fixture))
    expect(facts.callActivities).toEqual([
      {
        id: 'Activity_IdentitaetPruefen',
        name: 'Identität prüfen',
        calledElement: 'Process_IdentitaetPruefen',
        bausteinRef: { id: 'urn:bauplan:baustein:sn:identitaet-pruefen', versionRange: '^1.0.0' },
      },
    ])
  })

  it('reads events, timers, boundary events and gateways', async () => {
    const facts = readBpmnFacts(await definitionsOf(fixture))
    const message = ['bpmn:MessageEventDefinition']
    expect(facts.startEvents).toEqual([
      {
        id: 'StartEvent_AntragEingegangen',
        name: 'Antrag eingegangen',
        type: 'bpmn:StartEvent',
        ...inProcess,
        eventDefinitionTypes: message,
      },
      {
        id: 'StartEvent_Erfassen',
        type: 'bpmn:StartEvent',
        ...inSubProcess,
        eventDefinitionTypes: [],
      },
    ])
    expect(facts.endEvents.map((event) => [event.id, event.eventDefinitionTypes])).toEqual([
      ['EndEvent_Erfassen', []],
      ['EndEvent_Bescheid', message],
      ['EndEvent_Abgelehnt', []],
    ])
    const frist = {
      id: 'Event_Frist',
      name: 'Frist abgelaufen',
      type: 'bpmn:BoundaryEvent',
      ...inProcess,
      eventDefinitionTypes: ['bpmn:TimerEventDefinition'],
    }
    expect(facts.timerEvents).toEqual([{ ...frist, timeDuration: 'P14D' }])
    expect(facts.boundaryEvents).toEqual([
      { ...frist, attachedToRef: 'Activity_AntragPruefen', cancelActivity: false },
    ])
    expect(facts.gateways).toEqual([
      {
        id: 'Gateway_Vollstaendig',
        name: 'Vollständig?',
        type: 'bpmn:ExclusiveGateway',
        gatewayDirection: 'Unspecified',
        defaultFlowId: 'Flow_Ja',
      },
    ])
  })

  it('reads data, message flows with their pools, and counts elements', async () => {
    const facts = readBpmnFacts(await definitionsOf(fixture))
    expect(facts.dataObjects).toEqual([{ id: 'DataObject_Antrag', isCollection: false }])
    expect(facts.dataObjectReferences).toEqual([
      { id: 'DataObjectReference_Antrag', name: 'Antrag', ref: 'DataObject_Antrag' },
    ])
    expect(facts.dataStores).toEqual([{ id: 'DataStore_Gewerberegister', name: 'Gewerberegister' }])
    expect(facts.dataStoreReferences).toEqual([
      {
        id: 'DataStoreReference_Gewerberegister',
        name: 'Gewerberegister',
        ref: 'DataStore_Gewerberegister',
      },
    ])
    expect(facts.messageFlows).toEqual([
      {
        id: 'MessageFlow_Antrag',
        name: 'Antrag',
        sourceRef: 'Participant_Antragsteller',
        targetRef: 'StartEvent_AntragEingegangen',
        sourceParticipantId: 'Participant_Antragsteller',
        targetParticipantId: 'Participant_Gewerbeamt',
      },
      {
        id: 'MessageFlow_Bescheid',
        name: 'Bescheid',
        sourceRef: 'EndEvent_Bescheid',
        targetRef: 'Participant_Antragsteller',
        sourceParticipantId: 'Participant_Gewerbeamt',
        targetParticipantId: 'Participant_Antragsteller',
      },
    ])
    // Counted in the fixture: every semantic element with an id attribute, diagram excluded.
    const semanticPart = fixture.slice(0, fixture.indexOf('<bpmndi:BPMNDiagram'))
    expect(facts.elementCount).toBe(semanticPart.split(' id="').length - 1)
  })

  it('is plain data: only plain objects, arrays, strings, numbers and booleans', async () => {
    const facts = readBpmnFacts(await definitionsOf(fixture))
    const kinds = new Set<string>()
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit)
      if (typeof value === 'object' && value !== null) {
        kinds.add(
          Object.getPrototypeOf(value) === Object.prototype ? 'plain object' : 'class instance'
        )
        return Object.values(value).forEach(visit)
      }
      kinds.add(typeof value)
    }
    visit(facts)
    expect([...kinds].sort()).toEqual(['boolean', 'number', 'plain object', 'string'])
    expect(structuredClone(facts)).toStrictEqual(facts)
  })

  it('assigns a node to its innermost lane and reads interrupting timers with all three time forms', async () => {
    const xml = `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="urn:x">
  <bpmn:process id="P" isExecutable="true">
    <bpmn:laneSet id="LS">
      <bpmn:lane id="Outer">
        <bpmn:flowNodeRef>T</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>S</bpmn:flowNodeRef>
        <bpmn:childLaneSet id="Inner_Set">
          <bpmn:lane id="Inner"><bpmn:flowNodeRef>T</bpmn:flowNodeRef></bpmn:lane>
        </bpmn:childLaneSet>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="S"><bpmn:timerEventDefinition id="TD1"><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
    <bpmn:task id="T" />
    <bpmn:boundaryEvent id="B" attachedToRef="T"><bpmn:timerEventDefinition id="TD2"><bpmn:timeDate> 2030-01-01T00:00:00Z </bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent>
  </bpmn:process>
</bpmn:definitions>`
    const facts = readBpmnFacts(await definitionsOf(xml))
    expect(facts.processes).toEqual([{ id: 'P', isExecutable: true }])
    expect(facts.flowNodes.map((node) => [node.id, node.laneId])).toEqual([
      ['S', 'Outer'],
      ['T', 'Inner'],
      ['B', undefined],
    ])
    expect(facts.flowNodes[2]).not.toHaveProperty('laneId')
    expect(facts.tasksByType).toEqual({ 'bpmn:Task': 1 })
    expect(facts.timerEvents.map((timer) => [timer.id, timer.timeCycle, timer.timeDate])).toEqual([
      ['S', 'R3/PT1H', undefined],
      ['B', undefined, '2030-01-01T00:00:00Z'],
    ])
    expect(facts.boundaryEvents[0]).toMatchObject({ attachedToRef: 'T', cancelActivity: true })
    expect(facts.callActivities).toEqual([])
  })
})
