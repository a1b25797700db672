import { describe, expect, it } from 'vitest'
import type { DiagramSpec } from './spec'
import { buildBpmn, DiagramSpecError } from './buildBpmn'
import { layoutViolations, readDiagram } from './testing/diagramChecks'
import { sampleSpec } from './testing/sampleSpec'

function problemCodes(spec: DiagramSpec): string[] {
  try {
    buildBpmn(spec)
    return []
  } catch (error) {
    if (error instanceof DiagramSpecError) return error.problems.map((p) => p.code)
    throw error
  }
}

describe('buildBpmn', () => {
  const xml = buildBpmn(sampleSpec)

  it('writes a BPMN file that the catalogue parser and BPMN checks accept without problems', async () => {
    const facts = await readDiagram(xml)
    expect(facts.warnings).toEqual([])
    expect(facts.elements['Process_Beispiel']?.$type).toBe('bpmn:Process')
    expect(facts.elements['Collaboration_Beispiel']?.$type).toBe('bpmn:Collaboration')
  })

  it('keeps every layout rule: shapes and edges for all, no overlaps, inside lanes, edges on borders', async () => {
    expect(layoutViolations(await readDiagram(xml))).toEqual([])
  })

  it('is deterministic: the same spec gives the same bytes', () => {
    expect(buildBpmn(structuredClone(sampleSpec))).toBe(xml)
  })

  it('uses the agreed namespaces, target namespace and executable flag', () => {
    expect(xml).toContain('xmlns:bauplan="urn:bauplan:bpmn:1"')
    expect(xml).toContain('targetNamespace="urn:bauplan:models"')
    expect(xml).toMatch(
      /<bpmn:process id="Process_Beispiel" name="Beispiel bearbeiten" isExecutable="true">/
    )
    expect(xml).toMatch(
      /<bpmn:process id="Process_Fachstelle" name="Fachstelle" isExecutable="false">/
    )
  })

  it('derives stable ids for flows and diagram elements from the spec ids', () => {
    expect(xml).toContain('<bpmn:sequenceFlow id="Flow_StartEvent_Eingang_Activity_Pruefen"')
    expect(xml).toContain('bpmnElement="Flow_StartEvent_Eingang_Activity_Pruefen"')
    expect(xml).toContain('id="Activity_Pruefen_di"')
    expect(xml).toContain(
      '<bpmn:messageFlow id="MessageFlow_Activity_Stellungnahme_StartEvent_Anfrage"'
    )
  })

  it('writes the block reference of a call activity, timers, conditions and default flows', async () => {
    const { elements } = await readDiagram(xml)
    const call = elements['Activity_Identitaet']
    expect(call?.calledElement).toBe('Process_IdentitaetPruefen')
    // The bauplan extension of @bauplan/domain reads the attributes as typed properties.
    expect(call?.baustein).toBe('urn:bauplan:baustein:sn:identitaet-pruefen')
    expect(call?.version).toBe('^1.0.0')
    const timer = elements['Event_Frist'] as unknown as {
      attachedToRef: { id: string }
      eventDefinitions: { $type: string; timeDuration: { body: string } }[]
    }
    expect(timer.attachedToRef.id).toBe('Activity_Nachfordern')
    expect(timer.eventDefinitions[0]?.$type).toBe('bpmn:TimerEventDefinition')
    expect(timer.eventDefinitions[0]?.timeDuration.body).toBe('P14D')
    const gateway = elements['Gateway_Vollstaendig'] as unknown as { default: { id: string } }
    expect(gateway.default.id).toBe('Flow_Gateway_Vollstaendig_Activity_Nachfordern')
    const yes = elements['Flow_Gateway_Vollstaendig_Activity_Identitaet'] as unknown as {
      conditionExpression: { body: string }
    }
    expect(yes.conditionExpression.body).toBe('=vollstaendig')
  })

  it('gives events and gateways labels and leaves activity labels to the renderer', async () => {
    const { shapes } = await readDiagram(xml)
    expect(shapes.get('Gateway_Vollstaendig')?.label).toBeDefined()
    expect(shapes.get('Event_Frist')?.label).toBeDefined()
    expect(shapes.get('Activity_Pruefen')?.label).toBeUndefined()
  })

  it('draws message flows to a collapsed pool vertically onto its border', async () => {
    const { edges, shapes } = await readDiagram(xml)
    const flow = edges.get('MessageFlow_Activity_Nachfordern_Participant_Antragsteller')
    const pool = shapes.get('Participant_Antragsteller')?.bounds
    const last = flow?.waypoints[flow.waypoints.length - 1]
    expect(pool && last && last.y).toBe(pool && pool.y + pool.height)
  })
})

describe('buildBpmn refuses broken specs with problems naming the element', () => {
  const base = (): DiagramSpec => structuredClone(sampleSpec)

  it('reports an unknown lane', () => {
    const spec = base()
    const node = spec.nodes[0]
    if (node) node.lane = 'Lane_Gibtsnicht'
    expect(problemCodes(spec)).toContain('spec.unknownLane')
  })

  it('reports two elements in one cell', () => {
    const spec = base()
    spec.nodes.push({
      id: 'Activity_Doppelt',
      type: 'task',
      name: 'Doppelt',
      lane: 'Lane_Sachbearbeitung',
      col: 1,
    })
    expect(problemCodes(spec)).toContain('spec.cellOccupied')
  })

  it('reports a sequence flow between pools and a duplicate id', () => {
    const spec = base()
    spec.flows.push({ from: 'Activity_Stellungnahme', to: 'StartEvent_Anfrage' })
    spec.flows.push({ from: 'Activity_Stellungnahme', to: 'StartEvent_Anfrage' })
    const codes = problemCodes(spec)
    expect(codes).toContain('spec.flowCrossesPool')
    expect(codes).toContain('spec.duplicateId')
  })

  it('reports a timer event without a time and a block reference without calledElement', () => {
    const spec = base()
    const timer = spec.nodes.find((n) => n.id === 'Event_Frist')
    if (timer) delete timer.timer
    const call = spec.nodes.find((n) => n.id === 'Activity_Identitaet')
    if (call) delete call.calledElement
    const codes = problemCodes(spec)
    expect(codes).toContain('spec.timer')
    expect(codes).toContain('spec.calledElement')
  })

  it('gives German and English messages with the element id', () => {
    const spec = base()
    spec.pools = spec.pools.filter((p) => p.id !== 'Participant_Behoerde')
    try {
      buildBpmn(spec)
      expect.unreachable('buildBpmn should throw')
    } catch (error) {
      expect(error).toBeInstanceOf(DiagramSpecError)
      const problem = (error as DiagramSpecError).problems.find((p) => p.code === 'spec.mainPool')
      expect(problem?.message.de).toContain('Process_Beispiel')
      expect(problem?.message.en).toContain('Process_Beispiel')
      expect(problem?.elementId).toBe('Process_Beispiel')
    }
  })
})

describe('multi-instance activities', () => {
  it('marks them with multiInstanceLoopCharacteristics', async () => {
    const { elements } = await readDiagram(buildBpmn(sampleSpec))
    const task = elements['Activity_Stellungnahme'] as unknown as {
      loopCharacteristics?: { $type: string; isSequential: boolean }
    }
    expect(task.loopCharacteristics?.$type).toBe('bpmn:MultiInstanceLoopCharacteristics')
    expect(task.loopCharacteristics?.isSequential).toBe(false)
  })
})

describe('layoutViolations', () => {
  const xml = buildBpmn(sampleSpec)

  it('notices a shape moved onto another one and out of its lane', async () => {
    const moved = xml.replace(
      /(id="Activity_Pruefen_di" bpmnElement="Activity_Pruefen">\s*<dc:Bounds) x="\d+" y="\d+"/,
      '$1 x="500" y="215"'
    )
    expect(moved).not.toBe(xml)
    const violations = layoutViolations(await readDiagram(moved))
    expect(violations).toContain('Activity_Pruefen overlaps Gateway_Vollstaendig')
  })

  it('notices an edge that no longer starts on its source', async () => {
    const detached = xml.replace(
      /(bpmnElement="Flow_StartEvent_Eingang_Activity_Pruefen">\s*<di:waypoint) x="\d+"/,
      '$1 x="200"'
    )
    expect(detached).not.toBe(xml)
    const violations = layoutViolations(await readDiagram(detached))
    expect(violations).toContain(
      'Flow_StartEvent_Eingang_Activity_Pruefen: does not start on StartEvent_Eingang'
    )
  })
})
