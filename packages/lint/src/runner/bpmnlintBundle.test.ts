import bpmnlint from 'bpmnlint'
import { describe, expect, it } from 'vitest'
import { lintReportMessage } from '../messages/catalogue'
import { baustein, bpmnXml, definitionsOf, linear, task } from '../testSupport/bpmnXml'
import { createBpmnlintBundle } from './bpmnlintBundle'

const XML = bpmnXml(
  linear(
    task('Task_1', 'Prüfung'),
    task(
      'Call_1',
      'Identität prüfen',
      'callActivity',
      'bauplan:baustein="urn:bauplan:baustein:sn:identitaet-pruefen" bauplan:version="^2.0.0"'
    )
  )
)

/** Lints as bpmn-js-bpmnlint does: `new Linter(bundle)` on the model's definitions. */
async function lintInEditor(bundle: ReturnType<typeof createBpmnlintBundle>) {
  return new bpmnlint.Linter(bundle).lint(await definitionsOf(XML))
}

describe('createBpmnlintBundle', () => {
  it('gives bpmnlint the BPMN rules at their levels, in its spelling', () => {
    const { config } = createBpmnlintBundle({
      config: { rules: { 'bauplan/task-in-lane': 'off' } },
    })
    expect(config.rules).toEqual({
      'bauplan/named-flow-nodes': 'error',
      'bauplan/task-verb-object': 'warn',
      'bauplan/task-in-lane': 'off',
      'bauplan/start-end-events': 'error',
      'bauplan/no-implicit-split': 'error',
      'bauplan/no-implicit-join': 'warn',
      'bauplan/labelled-conditional-flows': 'error',
      'bauplan/call-activity-reference': 'error',
      'bauplan/message-flow-ends': 'error',
      'bauplan/front-office-lanes': 'error',
    })
  })

  it('lints through bpmnlint with marker texts in German by default, keeping key and both languages', async () => {
    const results = await lintInEditor(createBpmnlintBundle())
    expect(Object.keys(results)).toEqual(['bauplan/task-verb-object'])
    const [report] = results['bauplan/task-verb-object'] ?? []
    expect(report).toMatchObject({
      id: 'Task_1',
      category: 'warn',
      key: 'taskVerbObject.singleWord',
      message: expect.stringContaining('Die Aufgabe Task_1 heißt „Prüfung“'),
      messages: {
        de: expect.stringContaining('Die Aufgabe Task_1 heißt „Prüfung“'),
        en: expect.stringContaining('The task Task_1 is named "Prüfung"'),
      },
    })
  })

  it('renders English markers and uses the catalogue lookup when given', async () => {
    const lookup = (id: string) => (id.endsWith('identitaet-pruefen') ? ['1.0.0'] : undefined)
    const results = await lintInEditor(createBpmnlintBundle({ locale: 'en', context: { lookup } }))
    const [call] = results['bauplan/call-activity-reference'] ?? []
    expect(call).toMatchObject({ id: 'Call_1', category: 'error' })
    expect(call?.message).toContain('no published version of the block')
  })

  it('passes metadata to the front-office rule', async () => {
    const xml = bpmnXml(linear(task('Task_1', 'Daten abgleichen', 'serviceTask')), {
      collaboration: '<bpmn:participant id="Pool_1" name="Bürger" processRef="Process_1" />',
    })
    const metadata = baustein({
      einsatzbereich: 'frontoffice',
      prozessteilnehmer: [
        { name: 'Bürger', rolle: 'ergebnisempfaenger', bpmnParticipantId: 'Pool_1' },
      ],
    })
    const results = await new bpmnlint.Linter(createBpmnlintBundle({ context: { metadata } })).lint(
      await definitionsOf(xml)
    )
    expect(results['bauplan/front-office-lanes']?.map((report) => report.id)).toEqual(['Task_1'])
  })

  it('resolves only bauplan rules and no configurations', async () => {
    const { resolver } = createBpmnlintBundle()
    expect(resolver.resolveRule('bpmnlint', 'label-required')).toBeNull()
    expect(resolver.resolveRule('bpmnlint-plugin-bauplan', 'no-such-rule')).toBeNull()
    expect(() => resolver.resolveConfig('bpmnlint', 'recommended')).toThrow(/only bauplan rules/)
    const linter = new bpmnlint.Linter({
      ...createBpmnlintBundle(),
      config: { rules: { 'label-required': 'error' } },
    })
    await expect(linter.lint(await definitionsOf(XML))).rejects.toThrow(
      /unknown rule <label-required>/
    )
  })
})

describe('lintReportMessage', () => {
  it('renders a report that carries a key, and passes other texts through', () => {
    const report = {
      message: 'startEndEvents.missingStart',
      params: { element: { de: 'der Prozess P', en: 'the process P' } },
    }
    expect(lintReportMessage(report)).toBe(
      'Der Prozess P hat kein Startereignis. Jeder Prozess und Teilprozess beginnt mit einem benannten Startereignis, das den Auslöser nennt.'
    )
    expect(lintReportMessage(report, 'en')).toMatch(/^The process P has no start event\./)
    expect(lintReportMessage({ message: 'rule failed: boom' }, 'en')).toBe('rule failed: boom')
  })
})
