import { describe, expect, it } from 'vitest'
import {
  bpmnXml,
  condition,
  expectFinding,
  flow,
  lintXml,
  withCode,
} from '../../testSupport/bpmnXml'

const RULE = 'bauplan/no-implicit-split'

const NODES = `
  <bpmn:startEvent id="Start_1" name="Antrag eingegangen" />
  <bpmn:task id="Task_1" name="Antrag prüfen" />
  <bpmn:task id="Task_A" name="Antrag bewilligen" />
  <bpmn:task id="Task_B" name="Antrag ablehnen" />
  <bpmn:endEvent id="End_A" name="Antrag bewilligt" />
  <bpmn:endEvent id="End_B" name="Antrag abgelehnt" />
  ${flow('F_A_End', 'Task_A', 'End_A')}
  ${flow('F_B_End', 'Task_B', 'End_B')}`

describe('bauplan/no-implicit-split', () => {
  it('accepts a split through a gateway', async () => {
    const body = `${NODES}
      <bpmn:exclusiveGateway id="Gateway_1" name="Bewilligt?" default="F_No" />
      ${flow('F1', 'Start_1', 'Task_1')}${flow('F2', 'Task_1', 'Gateway_1')}
      ${flow('F_Yes', 'Gateway_1', 'Task_A', 'name="ja"', condition('bewilligt'))}
      ${flow('F_No', 'Gateway_1', 'Task_B', 'name="nein"')}`
    expect(withCode(await lintXml(bpmnXml(body)), RULE)).toEqual([])
  })

  it('reports conditional flows leaving a task, each on the flow', async () => {
    const body = `${NODES}
      ${flow('F1', 'Start_1', 'Task_1')}
      ${flow('F_Yes', 'Task_1', 'Task_A', 'name="ja"', condition('bewilligt'))}
      ${flow('F_No', 'Task_1', 'Task_B', 'name="nein"', condition('not(bewilligt)'))}`
    const problems = withCode(await lintXml(bpmnXml(body)), RULE)
    expect(problems.map((p) => p.elementId)).toEqual(['F_Yes', 'F_No'])
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      elementId: 'F_Yes',
      de: [
        'Der Sequenzfluss „ja“ (F_Yes) ist ein bedingter Fluss',
        'Quelle: die Aufgabe „Antrag prüfen“ (Task_1)',
        'Gateway',
      ],
      en: [
        'The sequence flow "ja" (F_Yes) is a conditional flow',
        'source: the task "Antrag prüfen" (Task_1)',
        'gateway',
      ],
    })
  })

  it('reports several unconditioned flows leaving a task or an event as a hidden parallel split', async () => {
    const body = `${NODES}
      ${flow('F1', 'Start_1', 'Task_1')}${flow('F1b', 'Start_1', 'Task_B')}
      ${flow('F2', 'Task_1', 'Task_A')}${flow('F3', 'Task_1', 'Task_B')}${flow('F4', 'Task_1', 'End_A')}`
    const problems = withCode(await lintXml(bpmnXml(body)), RULE)
    expect(problems.map((p) => p.elementId)).toEqual(['Start_1', 'Task_1'])
    expectFinding(problems[1], {
      code: RULE,
      severity: 'error',
      elementId: 'Task_1',
      de: [
        'Die Aufgabe „Antrag prüfen“ (Task_1) hat 3 ausgehende Sequenzflüsse ohne Bedingung',
        'parallelen Gateway',
      ],
      en: [
        'The task "Antrag prüfen" (Task_1) has 3 outgoing sequence flows without a condition',
        'parallel gateway',
      ],
    })
  })

  it('reads the flows from sourceRef and targetRef, not from the optional incoming/outgoing lists', async () => {
    // bpmn-js writes <outgoing> children; other tools do not. Both must give the same result.
    const withLists = `${NODES}
      <bpmn:task id="Task_X" name="Antrag sichten"><bpmn:outgoing>FX1</bpmn:outgoing><bpmn:outgoing>FX2</bpmn:outgoing></bpmn:task>
      ${flow('F1', 'Start_1', 'Task_X')}${flow('FX1', 'Task_X', 'Task_A')}${flow('FX2', 'Task_X', 'Task_B')}`
    const withoutLists = withLists.replace(/<bpmn:outgoing>FX\d<\/bpmn:outgoing>/g, '')
    for (const body of [withLists, withoutLists]) {
      const problems = withCode(await lintXml(bpmnXml(body)), RULE)
      expect(problems.map((p) => p.elementId)).toEqual(['Task_X'])
    }
  })
})
