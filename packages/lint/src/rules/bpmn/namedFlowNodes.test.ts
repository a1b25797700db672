import { describe, expect, it } from 'vitest'
import {
  bpmnXml,
  expectFinding,
  flow,
  linear,
  lintXml,
  task,
  withCode,
} from '../../testSupport/bpmnXml'

const RULE = 'bauplan/named-flow-nodes'

describe('bauplan/named-flow-nodes', () => {
  it('accepts a process whose steps are all named', async () => {
    const problems = await lintXml(bpmnXml(linear(task('Task_1', 'Antrag prüfen'))))
    expect(problems).toEqual([])
  })

  it('reports an unnamed task with its id, in both languages', async () => {
    const problems = await lintXml(bpmnXml(linear(task('Task_1', ''))))
    expect(withCode(problems, RULE)).toHaveLength(1)
    expectFinding(withCode(problems, RULE)[0], {
      code: RULE,
      severity: 'error',
      elementId: 'Task_1',
      de: ['Die Aufgabe Task_1 hat keinen Namen'],
      en: ['The task Task_1 has no name'],
    })
  })

  it('treats a name of blanks as no name', async () => {
    const problems = await lintXml(bpmnXml(linear(task('Task_1', '   '))))
    expect(withCode(problems, RULE).map((p) => p.elementId)).toEqual(['Task_1'])
  })

  it('asks for a name on splitting exclusive gateways but not on merges, parallel or event-based gateways', async () => {
    const body = `
      <bpmn:startEvent id="Start_1" name="Antrag eingegangen" />
      <bpmn:exclusiveGateway id="Split" />
      <bpmn:task id="Task_A" name="Antrag bewilligen" />
      <bpmn:task id="Task_B" name="Antrag ablehnen" />
      <bpmn:exclusiveGateway id="Merge" />
      <bpmn:parallelGateway id="Fork" />
      <bpmn:task id="Task_C" name="Akte anlegen" />
      <bpmn:task id="Task_D" name="Kasse informieren" />
      <bpmn:parallelGateway id="Join" />
      <bpmn:eventBasedGateway id="Wait" />
      <bpmn:intermediateCatchEvent id="Message_1" name="Antwort erhalten"><bpmn:messageEventDefinition /></bpmn:intermediateCatchEvent>
      <bpmn:intermediateCatchEvent id="Timer_1" name="Frist abgelaufen"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>
      <bpmn:endEvent id="End_1" name="Antrag bearbeitet" />
      <bpmn:endEvent id="End_2" name="Frist verstrichen" />
      ${flow('F1', 'Start_1', 'Split')}
      ${flow('F2', 'Split', 'Task_A', 'name="ja"')}
      ${flow('F3', 'Split', 'Task_B', 'name="nein"')}
      ${flow('F4', 'Task_A', 'Merge')}
      ${flow('F5', 'Task_B', 'Merge')}
      ${flow('F6', 'Merge', 'Fork')}
      ${flow('F7', 'Fork', 'Task_C')}
      ${flow('F8', 'Fork', 'Task_D')}
      ${flow('F9', 'Task_C', 'Join')}
      ${flow('F10', 'Task_D', 'Join')}
      ${flow('F11', 'Join', 'Wait')}
      ${flow('F12', 'Wait', 'Message_1')}
      ${flow('F13', 'Wait', 'Timer_1')}
      ${flow('F14', 'Message_1', 'End_1')}
      ${flow('F15', 'Timer_1', 'End_2')}`
    const problems = await lintXml(bpmnXml(body))
    expect(withCode(problems, RULE)).toHaveLength(1)
    expectFinding(withCode(problems, RULE)[0], {
      code: RULE,
      severity: 'error',
      elementId: 'Split',
      de: ['Das exklusive Gateway Split hat keinen Namen', 'eine Frage'],
      en: ['The exclusive gateway Split has no name', 'a question'],
    })
  })

  it('finds unnamed steps inside sub-processes and unnamed boundary events', async () => {
    const body = linear({
      id: 'Sub_1',
      xml: `<bpmn:subProcess id="Sub_1" name="Unterlagen sichten">
        <bpmn:startEvent id="Sub_Start" name="Sichtung begonnen" />
        <bpmn:task id="Sub_Task" />
        <bpmn:endEvent id="Sub_End" name="Unterlagen gesichtet" />
        ${flow('SF1', 'Sub_Start', 'Sub_Task')}
        ${flow('SF2', 'Sub_Task', 'Sub_End')}
      </bpmn:subProcess>
      <bpmn:boundaryEvent id="Boundary_1" attachedToRef="Sub_1"><bpmn:timerEventDefinition /></bpmn:boundaryEvent>
      <bpmn:endEvent id="End_Frist" name="Frist überschritten" />
      ${flow('BF', 'Boundary_1', 'End_Frist')}`,
    })
    const problems = withCode(await lintXml(bpmnXml(body)), RULE)
    expect(problems.map((p) => p.elementId)).toEqual(['Sub_Task', 'Boundary_1'])
    expect(problems[1]?.message.de).toContain('Das angeheftete Ereignis Boundary_1')
  })

  it('leaves unnamed start and end events to bauplan/start-end-events', async () => {
    const body = `<bpmn:startEvent id="Start_1" /><bpmn:task id="Task_1" name="Antrag prüfen" /><bpmn:endEvent id="End_1" />
      ${flow('F1', 'Start_1', 'Task_1')}${flow('F2', 'Task_1', 'End_1')}`
    const problems = await lintXml(bpmnXml(body))
    expect(withCode(problems, RULE)).toEqual([])
    expect(withCode(problems, 'bauplan/start-end-events')).toHaveLength(2)
  })
})
