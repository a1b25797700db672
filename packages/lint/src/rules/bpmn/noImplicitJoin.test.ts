import { describe, expect, it } from 'vitest'
import { bpmnXml, expectFinding, flow, lintXml, withCode } from '../../testSupport/bpmnXml'

const RULE = 'bauplan/no-implicit-join'

const NODES = `
  <bpmn:startEvent id="Start_1" name="Antrag eingegangen" />
  <bpmn:exclusiveGateway id="Split" name="Vollständig?" />
  <bpmn:task id="Task_A" name="Unterlagen nachfordern" />
  <bpmn:task id="Task_B" name="Antrag prüfen" />
  <bpmn:endEvent id="End_1" name="Antrag geprüft" />
  ${flow('F1', 'Start_1', 'Split')}
  ${flow('F_No', 'Split', 'Task_A', 'name="nein"')}
  ${flow('F_B_End', 'Task_B', 'End_1')}`

describe('bauplan/no-implicit-join', () => {
  it('accepts paths merged by a gateway', async () => {
    const body = `${NODES}
      <bpmn:exclusiveGateway id="Merge" />
      ${flow('F_Yes', 'Split', 'Merge', 'name="ja"')}${flow('F_A', 'Task_A', 'Merge')}${flow('F_M', 'Merge', 'Task_B')}`
    expect(withCode(await lintXml(bpmnXml(body)), RULE)).toEqual([])
  })

  it('warns by default when two flows enter a task directly', async () => {
    const body = `${NODES}
      ${flow('F_Yes', 'Split', 'Task_B', 'name="ja"')}${flow('F_A', 'Task_A', 'Task_B')}`
    const problems = withCode(await lintXml(bpmnXml(body)), RULE)
    expect(problems).toHaveLength(1)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'warning',
      elementId: 'Task_B',
      de: [
        'Die Aufgabe „Antrag prüfen“ (Task_B) hat 2 eingehende Sequenzflüsse ohne vorgeschaltetes Gateway',
      ],
      en: ['The task "Antrag prüfen" (Task_B) has 2 incoming sequence flows without a gateway'],
    })
  })

  it('does not count flows into events or gateways', async () => {
    const body = `${NODES}
      ${flow('F_Yes', 'Split', 'End_1', 'name="ja"')}${flow('F_A', 'Task_A', 'End_1')}${flow('F_X', 'Task_A', 'Split')}`
    expect(withCode(await lintXml(bpmnXml(body)), RULE)).toEqual([])
  })
})
