import type { Baustein } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import {
  baustein,
  bpmnXml,
  expectFinding,
  linear,
  lintXml,
  task,
  withCode,
} from '../../testSupport/bpmnXml'

const RULE = 'bauplan/front-office-lanes'

const LANES = `<bpmn:laneSet id="LaneSet_1">
  <bpmn:lane id="Lane_Buerger" name="Antragstellende Person">
    <bpmn:flowNodeRef>Start_1</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_Form</bpmn:flowNodeRef><bpmn:flowNodeRef>Task_Check</bpmn:flowNodeRef>
  </bpmn:lane>
  <bpmn:lane id="Lane_Amt" name="Sachbearbeitung">
    <bpmn:flowNodeRef>Task_Rule</bpmn:flowNodeRef><bpmn:flowNodeRef>End_1</bpmn:flowNodeRef>
  </bpmn:lane>
</bpmn:laneSet>`
const BODY =
  LANES +
  linear(
    task('Task_Form', 'Formular ausfüllen', 'userTask'),
    task('Task_Check', 'Angaben prüfen', 'serviceTask'),
    task('Task_Rule', 'Berechtigung prüfen', 'businessRuleTask')
  )
const POOL = '<bpmn:participant id="Pool_1" name="Onlinedienst" processRef="Process_1" />'

function metadata(
  einsatzbereich: Baustein['einsatzbereich'],
  marked: Partial<Baustein['prozessteilnehmer']> = []
): Baustein {
  return baustein({
    einsatzbereich,
    prozessteilnehmer: [
      {
        name: 'Antragstellende Person',
        rolle: 'ergebnisempfaenger',
        bpmnParticipantId: 'Pool_1',
        bpmnLaneId: 'Lane_Buerger',
      },
      {
        name: 'Behörde',
        rolle: 'hauptakteur',
        bpmnParticipantId: 'Pool_1',
        bpmnLaneId: 'Lane_Amt',
      },
      ...(marked as Baustein['prozessteilnehmer'] & object),
    ],
  })
}

describe('bauplan/front-office-lanes', () => {
  it('reports a service task in the lane marked as the result recipient in a front-office block', async () => {
    const problems = withCode(
      await lintXml(bpmnXml(BODY, { collaboration: POOL }), { metadata: metadata('frontoffice') }),
      RULE
    )
    expect(problems).toHaveLength(1)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      elementId: 'Task_Check',
      de: [
        'Die Serviceaufgabe „Angaben prüfen“ (Task_Check) liegt auf der Seite der Ergebnisempfänger (die Lane „Antragstellende Person“ (Lane_Buerger))',
        'Einsatzbereich „frontoffice“',
      ],
      en: [
        'The service task "Angaben prüfen" (Task_Check) lies on the side of the result recipients (the lane "Antragstellende Person" (Lane_Buerger))',
        'einsatzbereich "frontoffice"',
      ],
    })
  })

  it('applies to blocks for both offices but not to back-office blocks, and needs metadata', async () => {
    const xml = bpmnXml(BODY, { collaboration: POOL })
    expect(
      withCode(await lintXml(xml, { metadata: metadata('beide') }), RULE).map((p) => p.elementId)
    ).toEqual(['Task_Check'])
    expect(withCode(await lintXml(xml, { metadata: metadata('backoffice') }), RULE)).toEqual([])
    expect(withCode(await lintXml(xml), RULE)).toEqual([])
  })

  it('marks a whole pool, sub-processes included, when the recipient names no lane', async () => {
    const citizenPool = `<bpmn:participant id="Pool_Buerger" name="Bürger" processRef="Process_B" />`
    const roots = `<bpmn:process id="Process_B">
      <bpmn:startEvent id="B_Start" name="Anliegen entstanden" />
      <bpmn:manualTask id="B_Manual" name="Akte heften" />
      <bpmn:subProcess id="B_Sub" name="Nachweise beschaffen">
        <bpmn:startEvent id="BS_Start" name="begonnen" /><bpmn:scriptTask id="BS_Script" name="Gebühr berechnen" /><bpmn:endEvent id="BS_End" name="beschafft" />
        <bpmn:sequenceFlow id="BS_F1" sourceRef="BS_Start" targetRef="BS_Script" /><bpmn:sequenceFlow id="BS_F2" sourceRef="BS_Script" targetRef="BS_End" />
      </bpmn:subProcess>
      <bpmn:endEvent id="B_End" name="Antrag gestellt" />
      <bpmn:sequenceFlow id="B_F1" sourceRef="B_Start" targetRef="B_Manual" /><bpmn:sequenceFlow id="B_F2" sourceRef="B_Manual" targetRef="B_Sub" /><bpmn:sequenceFlow id="B_F3" sourceRef="B_Sub" targetRef="B_End" />
    </bpmn:process>`
    const md = baustein({
      einsatzbereich: 'frontoffice',
      prozessteilnehmer: [
        { name: 'Bürger', rolle: 'ergebnisempfaenger', bpmnParticipantId: 'Pool_Buerger' },
      ],
    })
    const problems = withCode(
      await lintXml(bpmnXml(BODY, { collaboration: POOL + citizenPool, roots }), { metadata: md }),
      RULE
    )
    expect(problems.map((p) => p.elementId)).toEqual(['B_Manual', 'BS_Script'])
    expect(problems[0]?.message.de).toContain('(der Pool „Bürger“ (Pool_Buerger))')
  })

  it('accepts user, send and receive tasks on the citizen side', async () => {
    const body =
      LANES.replace('Task_Check', 'Task_Send') +
      linear(
        task('Task_Form', 'Formular ausfüllen', 'userTask'),
        task('Task_Send', 'Antrag absenden', 'sendTask'),
        task('Task_Rule', 'Berechtigung prüfen', 'businessRuleTask')
      )
    expect(
      withCode(
        await lintXml(bpmnXml(body, { collaboration: POOL }), {
          metadata: metadata('frontoffice'),
        }),
        RULE
      )
    ).toEqual([])
  })
})
