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

const RULE = 'bauplan/start-end-events'

describe('bauplan/start-end-events', () => {
  it('accepts a process with named start and end events', async () => {
    expect(withCode(await lintXml(bpmnXml(linear(task('Task_1', 'Antrag prüfen')))), RULE)).toEqual(
      []
    )
  })

  it('reports a missing start and end on the pool that shows the process', async () => {
    const body = `<bpmn:task id="Task_1" name="Antrag prüfen" />`
    const collaboration = '<bpmn:participant id="Pool_1" name="Behörde" processRef="Process_1" />'
    const problems = withCode(await lintXml(bpmnXml(body, { collaboration })), RULE)
    expect(problems).toHaveLength(2)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      elementId: 'Pool_1',
      de: ['Der Pool „Behörde“ (Pool_1) hat kein Startereignis'],
      en: ['The pool "Behörde" (Pool_1) has no start event'],
    })
    expectFinding(problems[1], {
      code: RULE,
      severity: 'error',
      elementId: 'Pool_1',
      de: ['hat kein Endereignis'],
      en: ['has no end event'],
    })
  })

  it('reports on the process itself when there is no pool', async () => {
    const body = `<bpmn:startEvent id="Start_1" name="Antrag eingegangen" /><bpmn:task id="Task_1" name="Antrag prüfen" />${flow('F1', 'Start_1', 'Task_1')}`
    const problems = withCode(await lintXml(bpmnXml(body)), RULE)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      elementId: 'Process_1',
      de: ['Der Prozess „Testprozess“ (Process_1) hat kein Endereignis'],
      en: ['The process "Testprozess" (Process_1) has no end event'],
    })
    expect(problems).toHaveLength(1)
  })

  it('reports unnamed start and end events with advice on what to name them', async () => {
    const body = `<bpmn:startEvent id="Start_1" /><bpmn:endEvent id="End_1" name=" " />${flow('F1', 'Start_1', 'End_1')}`
    const problems = withCode(await lintXml(bpmnXml(body)), RULE)
    expect(problems).toHaveLength(2)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      elementId: 'Start_1',
      de: ['Das Startereignis Start_1 hat keinen Namen', 'Auslöser'],
      en: ['The start event Start_1 has no name', 'trigger'],
    })
    expectFinding(problems[1], {
      code: RULE,
      severity: 'error',
      elementId: 'End_1',
      de: ['Das Endereignis End_1 hat keinen Namen', 'Ergebnis'],
      en: ['The end event End_1 has no name', 'outcome'],
    })
  })

  it('checks sub-processes, but not empty pools or ad-hoc sub-processes', async () => {
    const body = linear(
      {
        id: 'Sub_1',
        xml: `<bpmn:subProcess id="Sub_1" name="Unterlagen sichten"><bpmn:task id="S_Task" name="Anlagen sichten" /></bpmn:subProcess>`,
      },
      {
        id: 'AdHoc_1',
        xml: `<bpmn:adHocSubProcess id="AdHoc_1" name="Akte ergänzen"><bpmn:task id="A_Task" name="Vermerk schreiben" /></bpmn:adHocSubProcess>`,
      }
    )
    const collaboration =
      '<bpmn:participant id="Pool_1" name="Behörde" processRef="Process_1" /><bpmn:participant id="Pool_2" name="Bürger" processRef="Process_2" />'
    const roots = '<bpmn:process id="Process_2" />'
    const problems = withCode(await lintXml(bpmnXml(body, { collaboration, roots })), RULE)
    expect(problems.map((p) => [p.elementId, p.message.en.slice(0, 50)])).toEqual([
      ['Sub_1', 'The sub-process "Unterlagen sichten" (Sub_1) has n'],
      ['Sub_1', 'The sub-process "Unterlagen sichten" (Sub_1) has n'],
    ])
  })
})
