import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diSnapshot } from './diSnapshot'
import type { ModdleElement } from './moddleElement'
import { parseBpmn } from './parseBpmn'
import { semanticSnapshot } from './semanticSnapshot'

const fixture = readFileSync(
  new URL('./__fixtures__/gewerbe-anmelden.bpmn', import.meta.url),
  'utf8'
)

async function definitionsOf(xml: string): Promise<ModdleElement> {
  const { definitions } = await parseBpmn(xml)
  if (!definitions) throw new Error('did not parse')
  return definitions
}

function changed(search: string, replacement: string): string {
  expect(fixture.split(search)).toHaveLength(2)
  return fixture.replace(search, replacement)
}

describe('semanticSnapshot', () => {
  it('describes elements by id, type, name, container and references', async () => {
    const snapshot = semanticSnapshot(await definitionsOf(fixture))
    expect(snapshot.find((entry) => entry.id === 'Flow_S1')).toStrictEqual({
      id: 'Flow_S1',
      type: 'bpmn:SequenceFlow',
      parentId: 'SubProcess_Erfassen',
      references: { sourceRef: 'StartEvent_Erfassen', targetRef: 'Task_Erfassen' },
    })
    expect(snapshot.find((entry) => entry.id === 'Lane_Fachverfahren')).toStrictEqual({
      id: 'Lane_Fachverfahren',
      type: 'bpmn:Lane',
      name: 'Fachverfahren',
      parentId: 'LaneSet_1',
      references: { flowNodeRef: ['SubProcess_Erfassen'] },
    })
    expect(snapshot.map((entry) => entry.id)).toEqual([...snapshot.map((entry) => entry.id)].sort())
    expect(snapshot.some((entry) => entry.id.endsWith('_di'))).toBe(false)
  })

  it.each([
    [
      'a changed reference',
      'id="Flow_Nein" name="nein" sourceRef="Gateway_Vollstaendig" targetRef="EndEvent_Abgelehnt"',
      'id="Flow_Nein" name="nein" sourceRef="Gateway_Vollstaendig" targetRef="EndEvent_Bescheid"',
    ],
    ['a changed name', 'name="Antrag prüfen"', 'name="Antrag sichten"'],
    [
      'a changed type',
      '<bpmn:userTask id="Activity_AntragPruefen" name="Antrag prüfen">',
      '<bpmn:manualTask id="Activity_AntragPruefen" name="Antrag prüfen">',
    ],
  ])('tells %s apart', async (_what, search, replacement) => {
    const original = semanticSnapshot(await definitionsOf(fixture))
    let edited = changed(search, replacement)
    if (replacement.startsWith('<bpmn:manualTask'))
      edited = edited.replace('</bpmn:userTask>', '</bpmn:manualTask>')
    expect(semanticSnapshot(await definitionsOf(edited))).not.toStrictEqual(original)
  })
})

describe('diSnapshot', () => {
  it('describes shapes with bounds, flags and labels, and edges with waypoints', async () => {
    const snapshot = diSnapshot(await definitionsOf(fixture))
    expect(snapshot.planes).toStrictEqual([
      { diagramId: 'BPMNDiagram_1', planeId: 'BPMNPlane_1', bpmnElement: 'Collaboration_1' },
    ])
    expect(
      snapshot.shapes.find((shape) => shape.bpmnElement === 'StartEvent_AntragEingegangen')
    ).toStrictEqual({
      id: 'StartEvent_AntragEingegangen_di',
      bpmnElement: 'StartEvent_AntragEingegangen',
      bounds: { x: 100, y: 282, width: 36, height: 36 },
      label: { bounds: { x: 80, y: 325, width: 76, height: 27 } },
    })
    expect(
      snapshot.shapes.find((shape) => shape.bpmnElement === 'Gateway_Vollstaendig')?.label
    ).toStrictEqual({})
    expect(
      snapshot.shapes.find((shape) => shape.bpmnElement === 'SubProcess_Erfassen')?.isExpanded
    ).toBe(true)
    expect(
      snapshot.shapes.find((shape) => shape.bpmnElement === 'Lane_Sachbearbeitung')?.isHorizontal
    ).toBe(true)
    expect(snapshot.edges.find((edge) => edge.bpmnElement === 'Flow_Ja')).toStrictEqual({
      id: 'Flow_Ja_di',
      bpmnElement: 'Flow_Ja',
      waypoints: [
        { x: 530, y: 300 },
        { x: 775, y: 300 },
        { x: 775, y: 470 },
      ],
      label: { bounds: { x: 640, y: 282, width: 12, height: 14 } },
    })
    expect(snapshot.shapes).toHaveLength(fixture.split('<bpmndi:BPMNShape ').length - 1)
    expect(snapshot.edges).toHaveLength(fixture.split('<bpmndi:BPMNEdge ').length - 1)
  })

  it.each([
    [
      'moved bounds',
      '<dc:Bounds x="330" y="260" width="100" height="80" />',
      '<dc:Bounds x="331" y="260" width="100" height="80" />',
    ],
    ['a moved waypoint', '<di:waypoint x="775" y="470" />', '<di:waypoint x="775" y="471" />'],
    [
      'a collapsed sub-process',
      'bpmnElement="SubProcess_Erfassen" isExpanded="true"',
      'bpmnElement="SubProcess_Erfassen" isExpanded="false"',
    ],
    [
      'a moved label',
      '<dc:Bounds x="640" y="282" width="12" height="14" />',
      '<dc:Bounds x="640" y="283" width="12" height="14" />',
    ],
  ])('tells %s apart', async (_what, search, replacement) => {
    const original = diSnapshot(await definitionsOf(fixture))
    expect(diSnapshot(await definitionsOf(changed(search, replacement)))).not.toStrictEqual(
      original
    )
  })
})
