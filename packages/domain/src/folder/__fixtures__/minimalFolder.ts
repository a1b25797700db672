/** A small but complete building-block folder for tests: metadata, BPMN with a call, DMN, tests. */

export const BLOCK_ID = 'urn:bauplan:baustein:test:gebuehr-festsetzen'

export const bpmnText = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:bauplan="urn:bauplan:bpmn:1"
  id="Definitions_1" targetNamespace="urn:bauplan:test">
  <bpmn:collaboration id="Collaboration_1">
    <bpmn:participant id="Participant_Behoerde" name="Gemeinde" processRef="Process_GebuehrFestsetzen" />
  </bpmn:collaboration>
  <bpmn:process id="Process_GebuehrFestsetzen" isExecutable="true">
    <bpmn:laneSet id="LaneSet_1">
      <bpmn:lane id="Lane_Sachbearbeitung" name="Sachbearbeitung">
        <bpmn:flowNodeRef>Start_1</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Activity_Identitaet</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Activity_Gebuehr</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>End_1</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="Start_1" name="Antrag eingegangen" />
    <bpmn:callActivity id="Activity_Identitaet" name="Identität prüfen" calledElement="Process_IdentitaetPruefen"
      bauplan:baustein="urn:bauplan:baustein:test:identitaet-pruefen" bauplan:version="^1.0.0" />
    <bpmn:businessRuleTask id="Activity_Gebuehr" name="Gebühr berechnen" />
    <bpmn:endEvent id="End_1" name="Gebühr festgesetzt" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_1" targetRef="Activity_Identitaet" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Identitaet" targetRef="Activity_Gebuehr" />
    <bpmn:sequenceFlow id="Flow_3" sourceRef="Activity_Gebuehr" targetRef="End_1" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Collaboration_1">
      <bpmndi:BPMNShape id="Participant_Behoerde_di" bpmnElement="Participant_Behoerde" isHorizontal="true">
        <dc:Bounds x="100" y="80" width="600" height="160" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_Sachbearbeitung_di" bpmnElement="Lane_Sachbearbeitung" isHorizontal="true">
        <dc:Bounds x="130" y="80" width="570" height="160" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Start_1_di" bpmnElement="Start_1"><dc:Bounds x="172" y="142" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Activity_Identitaet_di" bpmnElement="Activity_Identitaet"><dc:Bounds x="260" y="120" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Activity_Gebuehr_di" bpmnElement="Activity_Gebuehr"><dc:Bounds x="420" y="120" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_1_di" bpmnElement="End_1"><dc:Bounds x="582" y="142" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="208" y="160" /><di:waypoint x="260" y="160" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="360" y="160" /><di:waypoint x="420" y="160" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3"><di:waypoint x="520" y="160" /><di:waypoint x="582" y="160" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`

export const dmnText = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/"
  xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" id="Definitions_Gebuehr" name="Gebühr" namespace="urn:bauplan:test">
  <decision id="Decision_Gebuehr" name="Gebühr">
    <decisionTable id="DecisionTable_Gebuehr" hitPolicy="FIRST">
      <input id="Input_Zweck" label="Verwendungszweck">
        <inputExpression id="InputExpression_Zweck" typeRef="string"><text>verwendungszweck</text></inputExpression>
      </input>
      <output id="Output_Gebuehr" name="gebuehr" typeRef="number" />
      <rule id="Rule_Rente"><inputEntry id="UnaryTests_1"><text>"Rente"</text></inputEntry><outputEntry id="LiteralExpression_1"><text>0</text></outputEntry></rule>
      <rule id="Rule_Sonst"><inputEntry id="UnaryTests_2"><text>-</text></inputEntry><outputEntry id="LiteralExpression_2"><text>6</text></outputEntry></rule>
    </decisionTable>
  </decision>
  <dmndi:DMNDI>
    <dmndi:DMNDiagram id="DMNDiagram_1">
      <dmndi:DMNShape id="DMNShape_Gebuehr" dmnElementRef="Decision_Gebuehr"><dc:Bounds height="80" width="180" x="160" y="100" /></dmndi:DMNShape>
    </dmndi:DMNDiagram>
  </dmndi:DMNDI>
</definitions>
`

export const metadata = {
  id: BLOCK_ID,
  version: '1.0.0',
  name: 'Gebühr festsetzen',
  bausteinart: 'prozessbaustein',
  einsatzbereich: 'backoffice',
  freigabestatus: 3,
  letzteAenderung: '2026-11-27T00:00:00Z',
  herausgeber: { organisationsname: 'Testgemeinde' },
  handlungsgrundlagen: [],
  prozessteilnehmer: [
    {
      name: 'Gemeinde',
      rolle: 'hauptakteur',
      bpmnParticipantId: 'Participant_Behoerde',
      bpmnLaneId: 'Lane_Sachbearbeitung',
    },
  ],
  kosten: [{ dmnDecisionRef: 'Decision_Gebuehr' }],
  artefakte: {
    bpmn: { datei: 'gebuehr.bpmn', processId: 'Process_GebuehrFestsetzen' },
    dmn: [{ datei: 'gebuehr.dmn', decisionIds: ['Decision_Gebuehr'] }],
    entscheidungstests: { datei: 'entscheidungstests.json' },
  },
}

export const decisionTests = {
  tests: [
    {
      name: 'Rentenzwecke sind gebührenfrei',
      decisionId: 'Decision_Gebuehr',
      eingaben: { verwendungszweck: 'Rente' },
      erwartet: { gebuehr: 0 },
    },
  ],
}

export function minimalFolder(
  overrides: Record<string, string | undefined> = {}
): Record<string, string> {
  const files: Record<string, string | undefined> = {
    'baustein.json': JSON.stringify(metadata, null, 2),
    'gebuehr.bpmn': bpmnText,
    'gebuehr.dmn': dmnText,
    'entscheidungstests.json': JSON.stringify(decisionTests),
    ...overrides,
  }
  return Object.fromEntries(
    Object.entries(files).filter((e): e is [string, string] => e[1] !== undefined)
  )
}

export function withMetadata(change: (m: typeof metadata) => unknown): string {
  const copy = structuredClone(metadata)
  const result = change(copy)
  return JSON.stringify(result ?? copy)
}
