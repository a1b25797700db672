import { describe, expect, it } from 'vitest'
import { bpmnXml, expectFinding, linear, lintXml, task, withCode } from '../../testSupport/bpmnXml'

const RULE = 'bauplan/message-flow-ends'
const BODY = linear(
  task('Task_1', 'Antrag entgegennehmen', 'receiveTask'),
  task('Task_2', 'Bescheid senden', 'sendTask')
)
const POOLS =
  '<bpmn:participant id="Pool_Behoerde" name="Behörde" processRef="Process_1" /><bpmn:participant id="Pool_Buerger" name="Bürger" />'

describe('bauplan/message-flow-ends', () => {
  it('accepts message flows between two pools, to a pool or to an element in another pool', async () => {
    const collaboration = `${POOLS}
      <bpmn:messageFlow id="M_1" name="Antrag" sourceRef="Pool_Buerger" targetRef="Task_1" />
      <bpmn:messageFlow id="M_2" name="Bescheid" sourceRef="Task_2" targetRef="Pool_Buerger" />`
    expect(withCode(await lintXml(bpmnXml(BODY, { collaboration })), RULE)).toEqual([])
  })

  it('reports a message flow whose target does not exist', async () => {
    const collaboration = `${POOLS}<bpmn:messageFlow id="M_1" name="Antrag" sourceRef="Pool_Buerger" targetRef="Task_Weg" />`
    const problems = withCode(await lintXml(bpmnXml(BODY, { collaboration })), RULE)
    expect(problems).toHaveLength(1)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      elementId: 'M_1',
      de: ['Der Nachrichtenfluss „Antrag“ (M_1) hat kein Ziel'],
      en: ['The message flow "Antrag" (M_1) has no target'],
    })
  })

  it('reports a message flow within one pool', async () => {
    const collaboration = `${POOLS}<bpmn:messageFlow id="M_1" sourceRef="Task_2" targetRef="Task_1" />`
    const problems = withCode(await lintXml(bpmnXml(BODY, { collaboration })), RULE)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      elementId: 'M_1',
      de: [
        'Der Nachrichtenfluss M_1 verbindet zwei Elemente desselben Pools (der Pool „Behörde“ (Pool_Behoerde))',
      ],
      en: ['The message flow M_1 connects two elements in the pool "Behörde" (Pool_Behoerde)'],
    })
  })

  it('reports an end that lies in no pool', async () => {
    const collaboration = `${POOLS}<bpmn:messageFlow id="M_1" sourceRef="Task_2" targetRef="Other_Task" />`
    const roots =
      '<bpmn:process id="Process_2"><bpmn:task id="Other_Task" name="Nachricht lesen" /></bpmn:process>'
    const problems = withCode(await lintXml(bpmnXml(BODY, { collaboration, roots })), RULE)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      elementId: 'M_1',
      de: ['die Aufgabe „Nachricht lesen“ (Other_Task) liegt in keinem Pool'],
      en: ['the task "Nachricht lesen" (Other_Task) lies in no pool'],
    })
  })
})
