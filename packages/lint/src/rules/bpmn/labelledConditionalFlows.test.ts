import { describe, expect, it } from 'vitest'
import {
  bpmnXml,
  condition,
  expectFinding,
  flow,
  lintXml,
  withCode,
} from '../../testSupport/bpmnXml'

const RULE = 'bauplan/labelled-conditional-flows'

function model(gateway: string, exits: string): string {
  return bpmnXml(`
    <bpmn:startEvent id="Start_1" name="Antrag eingegangen" />
    ${gateway}
    <bpmn:endEvent id="End_A" name="Antrag bewilligt" />
    <bpmn:endEvent id="End_B" name="Antrag abgelehnt" />
    <bpmn:endEvent id="End_C" name="Antrag weitergeleitet" />
    ${flow('F1', 'Start_1', 'Gateway_1')}
    ${exits}`)
}

describe('bauplan/labelled-conditional-flows', () => {
  it('accepts exits that are named, carry a condition or are the default flow', async () => {
    const xml = model(
      '<bpmn:exclusiveGateway id="Gateway_1" name="Bewilligt?" default="F_C" />',
      flow('F_A', 'Gateway_1', 'End_A', 'name="ja"') +
        flow('F_B', 'Gateway_1', 'End_B', '', condition('not(bewilligt)')) +
        flow('F_C', 'Gateway_1', 'End_C')
    )
    expect(withCode(await lintXml(xml), RULE)).toEqual([])
  })

  it('reports an exit of an inclusive gateway with neither name nor condition text', async () => {
    const xml = model(
      '<bpmn:inclusiveGateway id="Gateway_1" name="Welche Stellen?" />',
      flow('F_A', 'Gateway_1', 'End_A', 'name="Gemeinde"') +
        flow('F_B', 'Gateway_1', 'End_B', 'name=""', condition('   ')) +
        flow('F_C', 'Gateway_1', 'End_C', 'name="Fachbehörde"')
    )
    const problems = withCode(await lintXml(xml), RULE)
    expect(problems).toHaveLength(1)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      elementId: 'F_B',
      de: [
        'Der Sequenzfluss F_B hat weder einen Namen noch eine Bedingung',
        'das inklusive Gateway „Welche Stellen?“ (Gateway_1)',
      ],
      en: [
        'The sequence flow F_B leaves the inclusive gateway "Welche Stellen?" (Gateway_1) but has neither a name nor a condition',
      ],
    })
  })

  it('leaves parallel gateways and single exits alone', async () => {
    const parallel = model(
      '<bpmn:parallelGateway id="Gateway_1" />',
      flow('F_A', 'Gateway_1', 'End_A') + flow('F_B', 'Gateway_1', 'End_B')
    )
    const single = model(
      '<bpmn:exclusiveGateway id="Gateway_1" />',
      flow('F_A', 'Gateway_1', 'End_A')
    )
    expect(withCode(await lintXml(parallel), RULE)).toEqual([])
    expect(withCode(await lintXml(single), RULE)).toEqual([])
  })
})
