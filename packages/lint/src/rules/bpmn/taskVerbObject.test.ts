import { describe, expect, it } from 'vitest'
import { bpmnXml, expectFinding, linear, lintXml, task, withCode } from '../../testSupport/bpmnXml'

const RULE = 'bauplan/task-verb-object'

describe('bauplan/task-verb-object', () => {
  it('accepts activities named object + verb, of every activity type', async () => {
    const xml = bpmnXml(
      linear(
        task('Task_1', 'Antrag prüfen', 'userTask'),
        task('Task_2', 'Bescheid erstellen', 'serviceTask'),
        task(
          'Task_3',
          'Zuständigkeit prüfen',
          'callActivity',
          'bauplan:baustein="urn:bauplan:baustein:sn:zustaendigkeit-pruefen" bauplan:version="^1.0.0"'
        )
      )
    )
    expect(withCode(await lintXml(xml), RULE)).toEqual([])
  })

  it('warns by default about a one-word task name', async () => {
    const problems = withCode(
      await lintXml(bpmnXml(linear(task('Task_1', 'Prüfung', 'userTask')))),
      RULE
    )
    expect(problems).toHaveLength(1)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'warning',
      elementId: 'Task_1',
      de: ['Die Benutzeraufgabe Task_1 heißt „Prüfung“', 'nur ein Wort', 'Objekt + Verb'],
      en: ['The user task Task_1 is named "Prüfung"', 'a single word', 'object + verb'],
    })
  })

  it('says which word is not a verb', async () => {
    const problems = withCode(
      await lintXml(bpmnXml(linear(task('Task_1', 'Prüfung des Antrags')))),
      RULE
    )
    expectFinding(problems[0], {
      code: RULE,
      severity: 'warning',
      elementId: 'Task_1',
      de: ['„Antrags“ ist kein kleingeschriebenes Verb'],
      en: ['"Antrags" is not a lower-case infinitive verb'],
    })
  })

  it('calls an event-like name a participle', async () => {
    const problems = withCode(
      await lintXml(bpmnXml(linear(task('Task_1', 'Antrag eingegangen')))),
      RULE
    )
    expectFinding(problems[0], {
      code: RULE,
      severity: 'warning',
      elementId: 'Task_1',
      de: ['Partizip „eingegangen“'],
      en: ['participle "eingegangen"'],
    })
  })

  it('judges call activities and sub-processes too, but not events or gateways', async () => {
    const body = linear(
      task(
        'Call_1',
        'Zuständigkeitsprüfung',
        'callActivity',
        'bauplan:baustein="urn:bauplan:baustein:sn:zustaendigkeit-pruefen" bauplan:version="^1.0.0"'
      ),
      { id: 'Event_1', xml: '<bpmn:intermediateThrowEvent id="Event_1" name="Zwischenstand" />' }
    )
    const problems = withCode(await lintXml(bpmnXml(body)), RULE)
    expect(problems.map((p) => p.elementId)).toEqual(['Call_1'])
    expect(problems[0]?.message.de).toContain('Die Aufrufaktivität Call_1')
  })

  it('can be raised to an error or switched off', async () => {
    const xml = bpmnXml(linear(task('Task_1', 'Bescheid')))
    const asError = withCode(await lintXml(xml, { config: { rules: { [RULE]: 'error' } } }), RULE)
    expect(asError.map((p) => p.severity)).toEqual(['error'])
    expect(withCode(await lintXml(xml, { config: { rules: { [RULE]: 'off' } } }), RULE)).toEqual([])
  })
})
