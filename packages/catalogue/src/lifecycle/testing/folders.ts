import type { FolderFiles } from '../folderFiles'

// Small, valid building-block folders for the lifecycle tests, built from a few parameters so each
// test states only what matters to it.

export interface Call {
  id: string
  range: string
}

export interface Field {
  id: string
  datentyp?: string
  anzahl?: string
}

export interface DmnRuleSpec {
  id: string
  input: string
  output: string
}

export interface DecisionTestSpec {
  name: string
  eingaben: Record<string, unknown>
  erwartet: Record<string, unknown>
  decisionId?: string
}

export interface FolderSpec {
  id: string
  version?: string
  name?: string
  taskName?: string
  calls?: readonly Call[]
  inputs?: readonly Field[]
  /** With rules, the block gets a DMN file with one decision table over `verwendungszweck`. */
  rules?: readonly DmnRuleSpec[]
  hitPolicy?: string
  /** Decision tests (entscheidungstests.json) of the decision over `verwendungszweck`. */
  tests?: readonly DecisionTestSpec[]
  /** Extra or replaced metadata fields. */
  metadata?: Record<string, unknown>
}

function xmlAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

export function slugOf(id: string): string {
  return id.slice(id.lastIndexOf(':') + 1)
}

function bpmn(spec: FolderSpec): string {
  const nodes = [
    { id: 'Start_1', xml: '<bpmn:startEvent id="Start_1" name="Start" />', w: 36, h: 36 },
    ...(spec.calls ?? []).map((call, i) => ({
      id: `Call_${i + 1}`,
      xml: `<bpmn:callActivity id="Call_${i + 1}" name="${slugOf(call.id)}" calledElement="Process_${i + 1}" bauplan:baustein="${call.id}" bauplan:version="${xmlAttribute(call.range)}" />`,
      w: 100,
      h: 80,
    })),
    {
      id: 'Task_1',
      xml: `<bpmn:userTask id="Task_1" name="${spec.taskName ?? 'Bearbeiten'}" />`,
      w: 100,
      h: 80,
    },
    { id: 'End_1', xml: '<bpmn:endEvent id="End_1" name="Ende" />', w: 36, h: 36 },
  ]
  const flows = nodes
    .slice(1)
    .map((node, i) => ({ id: `Flow_${i + 1}`, from: nodes[i]!, to: node }))
  const x = (i: number) => 100 + i * 160
  const shapes = nodes
    .map(
      (n, i) =>
        `<bpmndi:BPMNShape id="${n.id}_di" bpmnElement="${n.id}"><dc:Bounds x="${x(i)}" y="${160 - n.h / 2}" width="${n.w}" height="${n.h}" /></bpmndi:BPMNShape>`
    )
    .join('\n      ')
  const edges = flows
    .map(
      (f, i) =>
        `<bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}"><di:waypoint x="${x(i) + f.from.w}" y="160" /><di:waypoint x="${x(i + 1)}" y="160" /></bpmndi:BPMNEdge>`
    )
    .join('\n      ')
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:bauplan="urn:bauplan:bpmn:1"
  id="Definitions_1" targetNamespace="urn:bauplan:test">
  <bpmn:process id="Process_Main" isExecutable="true">
    ${nodes.map((n) => n.xml).join('\n    ')}
    ${flows.map((f) => `<bpmn:sequenceFlow id="${f.id}" sourceRef="${f.from.id}" targetRef="${f.to.id}" />`).join('\n    ')}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_Main">
      ${shapes}
      ${edges}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`
}

function dmn(spec: FolderSpec): string {
  const rules = (spec.rules ?? [])
    .map(
      (r) =>
        `<rule id="${r.id}"><inputEntry id="${r.id}_in"><text>${r.input}</text></inputEntry><outputEntry id="${r.id}_out"><text>${r.output}</text></outputEntry></rule>`
    )
    .join('\n      ')
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/"
  xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" id="Definitions_Gebuehr" name="Gebühr" namespace="urn:bauplan:test">
  <decision id="Decision_Gebuehr" name="Gebühr">
    <decisionTable id="Table_Gebuehr" hitPolicy="${spec.hitPolicy ?? 'FIRST'}">
      <input id="Input_Zweck" label="Verwendungszweck">
        <inputExpression id="Expr_Zweck" typeRef="string"><text>verwendungszweck</text></inputExpression>
      </input>
      <output id="Output_Gebuehr" name="gebuehr" typeRef="number" />
      ${rules}
    </decisionTable>
  </decision>
  <dmndi:DMNDI>
    <dmndi:DMNDiagram id="DMNDiagram_1">
      <dmndi:DMNShape id="DMNShape_Gebuehr" dmnElementRef="Decision_Gebuehr"><dc:Bounds height="80" width="180" x="160" y="100" /></dmndi:DMNShape>
    </dmndi:DMNDiagram>
  </dmndi:DMNDI>
</definitions>
`
}

export function metadataOf(spec: FolderSpec): Record<string, unknown> {
  const slug = slugOf(spec.id)
  return {
    id: spec.id,
    version: spec.version ?? '1.0.0',
    name: spec.name ?? `Baustein ${slug}`,
    bausteinart: 'prozessbaustein',
    einsatzbereich: 'backoffice',
    freigabestatus: 3,
    letzteAenderung: '2026-03-01T10:00:00Z',
    herausgeber: { organisationsname: 'Freistaat Sachsen' },
    handlungsgrundlagen: [],
    ...(spec.inputs
      ? {
          eingehendeDaten: [
            {
              felder: spec.inputs.map((f) => ({
                id: f.id,
                name: f.id,
                datentyp: f.datentyp ?? 'text',
                ...(f.anzahl ? { anzahl: f.anzahl } : {}),
              })),
            },
          ],
        }
      : {}),
    artefakte: {
      bpmn: { datei: `${slug}.bpmn`, processId: 'Process_Main' },
      ...(spec.rules ? { dmn: [{ datei: `${slug}.dmn`, decisionIds: ['Decision_Gebuehr'] }] } : {}),
      ...(spec.tests ? { entscheidungstests: { datei: 'entscheidungstests.json' } } : {}),
    },
    ...spec.metadata,
  }
}

export function folder(spec: FolderSpec): FolderFiles {
  const slug = slugOf(spec.id)
  return {
    'baustein.json': JSON.stringify(metadataOf(spec), null, 2),
    [`${slug}.bpmn`]: bpmn(spec),
    ...(spec.rules ? { [`${slug}.dmn`]: dmn(spec) } : {}),
    ...(spec.tests
      ? {
          'entscheidungstests.json': JSON.stringify({
            tests: spec.tests.map((t) => ({ decisionId: 'Decision_Gebuehr', ...t })),
          }),
        }
      : {}),
  }
}
