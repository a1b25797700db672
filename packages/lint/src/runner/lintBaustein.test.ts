import type { Baustein } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { LINT_RULE_NAMES } from '../rules/ruleCatalogue'
import { baustein, bpmnXml, definitionsOf, linear, task } from '../testSupport/bpmnXml'
import { lintBaustein } from './lintBaustein'

// One task with a noun for a name, two flows into it, an unnamed splitting gateway; metadata
// of a procedure without a legal basis.
const XML = bpmnXml(`
  <bpmn:startEvent id="Start_1" name="Antrag eingegangen" />
  <bpmn:exclusiveGateway id="Gateway_1" />
  <bpmn:task id="Task_1" name="Prüfung" />
  <bpmn:endEvent id="End_1" name="Antrag geprüft" />
  <bpmn:sequenceFlow id="F1" sourceRef="Start_1" targetRef="Gateway_1" />
  <bpmn:sequenceFlow id="F2" name="ja" sourceRef="Gateway_1" targetRef="Task_1" />
  <bpmn:sequenceFlow id="F3" name="nein" sourceRef="Gateway_1" targetRef="Task_1" />
  <bpmn:sequenceFlow id="F4" sourceRef="Task_1" targetRef="End_1" />`)
const METADATA = baustein({ bausteinart: 'musterprozess', handlungsgrundlagen: [] })

async function lint(rules: Record<string, 'off' | 'warning' | 'error'> = {}) {
  const problems = await lintBaustein({
    bpmnDefinitions: await definitionsOf(XML),
    metadata: METADATA,
    config: { version: 1, rules },
  })
  return problems.map((p) => [p.code, p.severity, p.elementId ?? p.pointer, p.file])
}

describe('lintBaustein', () => {
  it('reports each finding with rule, default severity, place and file, BPMN rules first', async () => {
    expect(await lint()).toEqual([
      ['bauplan/named-flow-nodes', 'error', 'Gateway_1', 'antrag-pruefen.bpmn'],
      ['bauplan/task-verb-object', 'warning', 'Task_1', 'antrag-pruefen.bpmn'],
      ['bauplan/no-implicit-join', 'warning', 'Task_1', 'antrag-pruefen.bpmn'],
      ['bauplan/handlungsgrundlage', 'error', '/handlungsgrundlagen', 'baustein.json'],
    ])
  })

  it('follows the configured level of each rule: off drops, warning and error set the severity', async () => {
    expect(
      await lint({
        'bauplan/named-flow-nodes': 'warning',
        'bauplan/task-verb-object': 'error',
        'bauplan/no-implicit-join': 'off',
        'bauplan/handlungsgrundlage': 'warning',
      })
    ).toEqual([
      ['bauplan/named-flow-nodes', 'warning', 'Gateway_1', 'antrag-pruefen.bpmn'],
      ['bauplan/task-verb-object', 'error', 'Task_1', 'antrag-pruefen.bpmn'],
      ['bauplan/handlungsgrundlage', 'warning', '/handlungsgrundlagen', 'baustein.json'],
    ])
    const allOff = Object.fromEntries(LINT_RULE_NAMES.map((name) => [name, 'off' as const]))
    expect(await lint(allOff)).toEqual([])
  })

  it('runs only the BPMN rules without metadata and only the metadata rules without a model', async () => {
    const bpmnOnly = await lintBaustein({
      bpmnDefinitions: await definitionsOf(XML),
      bpmnFile: 'x.bpmn',
    })
    expect(bpmnOnly.map((p) => [p.code, p.file])).toEqual([
      ['bauplan/named-flow-nodes', 'x.bpmn'],
      ['bauplan/task-verb-object', 'x.bpmn'],
      ['bauplan/no-implicit-join', 'x.bpmn'],
    ])
    const metadataOnly = await lintBaustein({ metadata: METADATA })
    expect(metadataOnly.map((p) => p.code)).toEqual(['bauplan/handlungsgrundlage'])
  })

  it('reports a rule that fails on malformed input as an error instead of passing silently', async () => {
    // Metadata that skipped validation: `handlungsgrundlagen` (required by the schema) is missing.
    const { handlungsgrundlagen: _, ...unvalidated } = baustein()
    const problems = await lintBaustein({
      bpmnDefinitions: await definitionsOf(bpmnXml(linear(task('Task_1', 'Antrag prüfen')))),
      metadata: unvalidated as Baustein,
    })
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['lint.ruleFailed', 'error']])
    expect(problems[0]?.message.de).toContain(
      'Die Regel „bauplan/handlungsgrundlage“ ist bei der Prüfung abgebrochen'
    )
    expect(problems[0]?.message.en).toContain(
      'The rule "bauplan/handlungsgrundlage" failed while checking'
    )
  })
})
