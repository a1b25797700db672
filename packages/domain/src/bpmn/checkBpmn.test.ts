import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Problem } from '../problem'
import { checkBpmn } from './checkBpmn'
import { indexModel } from './modelIndex'
import type { ModdleElement } from './moddleElement'
import { parseBpmn } from './parseBpmn'

const fixture = readFileSync(
  new URL('./__fixtures__/gewerbe-anmelden.bpmn', import.meta.url),
  'utf8'
)

/** Removes the lines from the one containing `marker` up to and including the next `closing` line. */
function withoutBlock(text: string, marker: string, closing: string): string {
  const lines = text.split('\n')
  const start = lines.findIndex((line) => line.includes(marker))
  const end = lines.findIndex((line, index) => index >= start && line.includes(closing))
  expect(start).toBeGreaterThanOrEqual(0)
  return [...lines.slice(0, start), ...lines.slice(end + 1)].join('\n')
}

function lineColumnOf(text: string, needle: string) {
  const offset = text.indexOf(needle)
  expect(offset).toBeGreaterThanOrEqual(0)
  const before = text.slice(0, offset)
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') }
}

async function definitionsOf(xml: string): Promise<ModdleElement> {
  const { definitions, problems } = await parseBpmn(xml)
  expect(problems).toEqual([])
  if (!definitions) throw new Error('fixture did not parse')
  return definitions
}

function expectBilingual(problem: Problem | undefined, ...mentions: string[]) {
  expect(problem?.message.de).not.toEqual(problem?.message.en)
  for (const mention of mentions) {
    expect(problem?.message.de).toContain(mention)
    expect(problem?.message.en).toContain(mention)
  }
}

function processOf(definitions: ModdleElement): ModdleElement & { flowElements: ModdleElement[] } {
  const roots = definitions.rootElements as ModdleElement[]
  return roots.find((root) => root.$type === 'bpmn:Process') as ModdleElement & {
    flowElements: ModdleElement[]
  }
}

describe('checkBpmn', () => {
  it('finds nothing wrong in a complete collaboration', async () => {
    expect(checkBpmn(await definitionsOf(fixture), fixture)).toEqual([])
  })

  it('reports a flow node without BPMNShape at the node', async () => {
    const xml = withoutBlock(fixture, 'id="Activity_AntragPruefen_di"', '</bpmndi:BPMNShape>')
    const problems = checkBpmn(await definitionsOf(xml), xml)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({
      code: 'bpmn.missingShape',
      severity: 'error',
      elementId: 'Activity_AntragPruefen',
      ...lineColumnOf(xml, '<bpmn:userTask id="Activity_AntragPruefen"'),
    })
    expectBilingual(problems[0], 'Activity_AntragPruefen', 'BPMNShape')
  })

  it('reports lanes, pools, data references and annotations without shape', async () => {
    let xml = fixture
    for (const id of [
      'Lane_Fachverfahren',
      'Participant_Antragsteller',
      'DataStoreReference_Gewerberegister',
      'TextAnnotation_Frist',
    ]) {
      xml = withoutBlock(xml, `id="${id}_di"`, '</bpmndi:BPMNShape>')
    }
    const problems = checkBpmn(await definitionsOf(xml), xml)
    expect(problems.map((problem) => [problem.code, problem.elementId])).toEqual([
      ['bpmn.missingShape', 'Participant_Antragsteller'],
      ['bpmn.missingShape', 'Lane_Fachverfahren'],
      ['bpmn.missingShape', 'DataStoreReference_Gewerberegister'],
      ['bpmn.missingShape', 'TextAnnotation_Frist'],
    ])
  })

  it('reports a sequence flow without BPMNEdge at the flow', async () => {
    const xml = withoutBlock(fixture, 'id="Flow_3_di"', '</bpmndi:BPMNEdge>')
    const problems = checkBpmn(await definitionsOf(xml), xml)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({
      code: 'bpmn.missingEdge',
      severity: 'error',
      elementId: 'Flow_3',
      ...lineColumnOf(xml, '<bpmn:sequenceFlow id="Flow_3"'),
    })
    expectBilingual(problems[0], 'Flow_3', 'BPMNEdge')
  })

  it('reports message flows and associations without edge, also inside sub-processes', async () => {
    let xml = fixture
    for (const id of ['MessageFlow_Bescheid', 'Association_Frist', 'Flow_S2']) {
      xml = withoutBlock(xml, `id="${id}_di"`, '</bpmndi:BPMNEdge>')
    }
    const problems = checkBpmn(await definitionsOf(xml), xml)
    expect(problems.map((problem) => [problem.code, problem.elementId])).toEqual([
      ['bpmn.missingEdge', 'MessageFlow_Bescheid'],
      ['bpmn.missingEdge', 'Flow_S2'],
      ['bpmn.missingEdge', 'Association_Frist'],
    ])
  })

  it('does not accept an edge where a shape is needed', async () => {
    const xml = withoutBlock(fixture, 'id="EndEvent_Abgelehnt_di"', '</bpmndi:BPMNShape>').replace(
      '<bpmndi:BPMNEdge id="Flow_Frist_di" bpmnElement="Flow_Frist">',
      '<bpmndi:BPMNEdge id="Flow_Frist_di" bpmnElement="Flow_Frist">\n      </bpmndi:BPMNEdge>\n      <bpmndi:BPMNEdge id="Wrong_di" bpmnElement="EndEvent_Abgelehnt">'
    )
    const problems = checkBpmn(await definitionsOf(xml), xml)
    expect(problems.map((problem) => [problem.code, problem.elementId])).toEqual([
      ['bpmn.missingShape', 'EndEvent_Abgelehnt'],
    ])
  })

  it('reports a model without diagram once, not per element', async () => {
    const xml = withoutBlock(fixture, '<bpmndi:BPMNDiagram', '</bpmndi:BPMNDiagram>')
    const problems = checkBpmn(await definitionsOf(xml), xml)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'bpmn.missingDiagram', severity: 'error' })
    expectBilingual(problems[0], 'BPMNDiagram', 'BPMNPlane')
  })

  it('reports a model without process', async () => {
    const xml = [
      '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="D" targetNamespace="urn:x">',
      '  <bpmn:collaboration id="C"><bpmn:participant id="P" name="Black box" /></bpmn:collaboration>',
      '  <bpmndi:BPMNDiagram id="Di"><bpmndi:BPMNPlane id="Pl" bpmnElement="C">',
      '    <bpmndi:BPMNShape id="P_di" bpmnElement="P" isHorizontal="true"><dc:Bounds x="0" y="0" width="600" height="100" /></bpmndi:BPMNShape>',
      '  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>',
      '</bpmn:definitions>',
    ].join('\n')
    const problems = checkBpmn(await definitionsOf(xml), xml)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'bpmn.noProcess', severity: 'error' })
    expectBilingual(problems[0], '<bpmn:process>')
  })

  it('finds duplicate ids in an edited model, across semantics and diagram', async () => {
    const definitions = await definitionsOf(fixture)
    const task = processOf(definitions).flowElements.find(
      (element) => element.id === 'Activity_AntragPruefen'
    )
    const plane = ((definitions.diagrams as ModdleElement[])[0] as ModdleElement)
      .plane as ModdleElement
    const shape = (plane.planeElement as ModdleElement[]).find(
      (element) => element.id === 'Flow_1_di'
    )
    expect(task).toBeDefined()
    expect(shape).toBeDefined()
    if (!task || !shape) return
    task.id = 'Flow_1'
    shape.id = 'Flow_1'
    const problems = checkBpmn(definitions)
    const duplicates = problems.filter((problem) => problem.code === 'bpmn.duplicateId')
    // Three elements share the id: two duplicates beyond the first.
    expect(duplicates).toHaveLength(2)
    expect(duplicates.every((problem) => problem.elementId === 'Flow_1')).toBe(true)
    expectBilingual(duplicates[0], 'Flow_1')
  })

  it('finds references to elements removed from an edited model', async () => {
    const definitions = await definitionsOf(fixture)
    const process = processOf(definitions)
    process.flowElements = process.flowElements.filter(
      (element) => element.id !== 'EndEvent_Abgelehnt'
    )
    const unresolved = checkBpmn(definitions, fixture).filter(
      (problem) => problem.code === 'bpmn.unresolvedReference'
    )
    expect(unresolved.map((problem) => problem.elementId)).toEqual([
      'Lane_Sachbearbeitung',
      'Flow_Nein',
      'Flow_Frist',
      'EndEvent_Abgelehnt_di',
    ])
    const flow = unresolved.find((problem) => problem.elementId === 'Flow_Nein')
    const flowLine = fixture.split('\n').findIndex((line) => line.includes('id="Flow_Nein"')) + 1
    const targetColumn = (fixture.split('\n')[flowLine - 1] ?? '').indexOf('targetRef=') + 1
    expect(flow).toMatchObject({ line: flowLine, column: targetColumn, severity: 'error' })
    expectBilingual(flow, 'Flow_Nein', 'targetRef', 'EndEvent_Abgelehnt')
  })

  it.each(['sourceRef', 'targetRef'] as const)(
    'reports a sequence flow without %s as an error at the flow, in the text and in an edited model',
    async (property) => {
      const flowTag =
        '<bpmn:sequenceFlow id="Flow_S2" sourceRef="Task_Erfassen" targetRef="EndEvent_Erfassen" />'
      expect(fixture).toContain(flowTag)
      const end =
        property === 'sourceRef' ? 'sourceRef="Task_Erfassen" ' : ' targetRef="EndEvent_Erfassen"'
      const xml = fixture.replace(flowTag, flowTag.replace(end, ''))
      const problems = checkBpmn(await definitionsOf(xml), xml)
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatchObject({
        code: 'bpmn.flowEndMissing',
        severity: 'error',
        elementId: 'Flow_S2',
        ...lineColumnOf(xml, '<bpmn:sequenceFlow id="Flow_S2"'),
      })
      expectBilingual(problems[0], 'Flow_S2', property)

      // The same flow edited in memory (no text to point into) is reported too.
      const definitions = await definitionsOf(fixture)
      // Flow_S2 sits in a sub-process: find it through the model index.
      const flow = indexModel(definitions).byId.get('Flow_S2')?.[0]
      if (!flow) throw new Error('no Flow_S2')
      delete flow[property]
      expect(checkBpmn(definitions).map((problem) => problem.code)).toEqual(['bpmn.flowEndMissing'])
    }
  )

  it('reports a flow end naming an unknown id once, as an unresolved reference', async () => {
    const xml = fixture.replace('targetRef="EndEvent_Erfassen"', 'targetRef="Nope"')
    const parsed = await parseBpmn(xml)
    if (!parsed.definitions) throw new Error('unparsable')
    const codes = [...parsed.problems, ...checkBpmn(parsed.definitions, xml)].map((p) => p.code)
    expect(codes).toEqual(['bpmn.unresolvedReference'])
  })
})
