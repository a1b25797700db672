import { describe, expect, it } from 'vitest'
import { bpmnXml, expectFinding, linear, lintXml, task, withCode } from '../../testSupport/bpmnXml'

const RULE = 'bauplan/task-in-lane'
const POOL = '<bpmn:participant id="Pool_1" name="Behörde" processRef="Process_1" />'

function laneSet(lanes: Record<string, string[]>, nested = ''): string {
  const xml = Object.entries(lanes)
    .map(
      ([id, nodes]) =>
        `<bpmn:lane id="${id}" name="${id}">${nodes.map((n) => `<bpmn:flowNodeRef>${n}</bpmn:flowNodeRef>`).join('')}${id === 'Lane_A' ? nested : ''}</bpmn:lane>`
    )
    .join('')
  return `<bpmn:laneSet id="LaneSet_1">${xml}</bpmn:laneSet>`
}

describe('bauplan/task-in-lane', () => {
  it('accepts a process without lanes', async () => {
    expect(withCode(await lintXml(bpmnXml(linear(task('Task_1', 'Antrag prüfen')))), RULE)).toEqual(
      []
    )
  })

  it('accepts activities in lanes, nested lanes included', async () => {
    const nested =
      '<bpmn:childLaneSet id="Child_1"><bpmn:lane id="Lane_A1" name="Team"><bpmn:flowNodeRef>Task_2</bpmn:flowNodeRef></bpmn:lane></bpmn:childLaneSet>'
    const body =
      laneSet({ Lane_A: ['Start_1', 'Task_1', 'End_1'] }, nested) +
      linear(task('Task_1', 'Antrag prüfen'), task('Task_2', 'Bescheid erstellen'))
    expect(withCode(await lintXml(bpmnXml(body, { collaboration: POOL })), RULE)).toEqual([])
  })

  it('reports an activity outside every lane, naming the pool that has lanes', async () => {
    const body =
      laneSet({ Lane_A: ['Start_1', 'Task_1'], Lane_B: ['End_1'] }) +
      linear(task('Task_1', 'Antrag prüfen'), task('Task_2', 'Bescheid erstellen', 'userTask'))
    const problems = withCode(await lintXml(bpmnXml(body, { collaboration: POOL })), RULE)
    expect(problems).toHaveLength(1)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      elementId: 'Task_2',
      de: [
        'Die Benutzeraufgabe „Bescheid erstellen“ (Task_2) liegt in keiner Lane',
        'der Pool „Behörde“ (Pool_1) Lanes hat',
      ],
      en: [
        'The user task "Bescheid erstellen" (Task_2) is in no lane',
        'the pool "Behörde" (Pool_1) has lanes',
      ],
    })
  })

  it('does not ask for lanes for events and gateways, nor for activities inside sub-processes', async () => {
    const sub = {
      id: 'Sub_1',
      xml: `<bpmn:subProcess id="Sub_1" name="Unterlagen sichten">
        <bpmn:startEvent id="S_Start" name="begonnen" /><bpmn:task id="S_Task" name="Anlagen sichten" /><bpmn:endEvent id="S_End" name="gesichtet" />
        <bpmn:sequenceFlow id="S_F1" sourceRef="S_Start" targetRef="S_Task" /><bpmn:sequenceFlow id="S_F2" sourceRef="S_Task" targetRef="S_End" />
      </bpmn:subProcess>`,
    }
    const body = laneSet({ Lane_A: ['Sub_1'] }) + linear(sub)
    expect(withCode(await lintXml(bpmnXml(body)), RULE)).toEqual([])
  })
})
