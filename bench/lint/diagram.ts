// Generates a building-block diagram of a chosen size for the lint benchmark: one pool with four
// lanes, a black-box pool for the applicant, a chain of segments (activity → exclusive split →
// two activities → merge) with message flows, text annotations to reach an exact element count,
// and complete diagram interchange (shapes and edges), as the editor would save it.

export const CALLED_BLOCK = 'urn:bauplan:baustein:bench:unterlagen-pruefen'
export const PROCESS_ID = 'Process_Bench'
const LANES = ['Eingang', 'Sachbearbeitung', 'Fachverfahren', 'Kasse'] as const
const TYPES = [
  'userTask',
  'serviceTask',
  'callActivity',
  'businessRuleTask',
  'sendTask',
  'manualTask',
]
const OBJECTS = ['Antrag', 'Nachweis', 'Gebühr', 'Bescheid', 'Vorgang', 'Anlage', 'Auskunft']
const VERBS = ['prüfen', 'erfassen', 'berechnen', 'erstellen', 'ablegen', 'anfordern', 'bewerten']
const LANE_HEIGHT = 200
const COLUMN = 130
const POOL_X = 100
const POOL_Y = 260

interface Node {
  id: string
  xml: string
  lane: number
  column: number
  width: number
  height: number
}

interface Flow {
  id: string
  source: Node
  target: Node
  attributes?: string
  body?: string
}

export interface GeneratedDiagram {
  xml: string
  segments: number
  /** Semantic elements with an id (what readBpmnFacts counts), diagram interchange not counted. */
  elements: number
  flowNodes: number
}

/**
 * Elements outside the segments: definitions, collaboration, 2 pools, process, lane set, lanes,
 * start, end and the first flow.
 */
const FIXED_ELEMENTS = 9 + LANES.length

export function segmentsFor(target: { elements?: number; flowNodes?: number }): number {
  if (target.flowNodes !== undefined) return Math.ceil((target.flowNodes - 2) / 5)
  // Each segment adds 5 nodes and 6 flows, every sixth one a message flow; annotations pad the rest.
  return Math.floor(((target.elements ?? 1000) - FIXED_ELEMENTS) / (11 + 1 / 6))
}

export function generateDiagram(segments: number, padToElements = 0): GeneratedDiagram {
  const nodes: Node[] = []
  const flows: Flow[] = []
  const messageFlows: string[] = []
  const node = (id: string, xml: string, lane: number, column: number, size = [100, 80]) => {
    const created = { id, xml, lane, column, width: size[0] ?? 100, height: size[1] ?? 80 }
    nodes.push(created)
    return created
  }
  const start = node(
    'Start_Antrag',
    '<bpmn:startEvent id="Start_Antrag" name="Antrag eingegangen"><bpmn:messageEventDefinition /></bpmn:startEvent>',
    0,
    0,
    [36, 36]
  )
  messageFlows.push(
    '<bpmn:messageFlow id="Message_Antrag" name="Antrag" sourceRef="Participant_Antragsteller" targetRef="Start_Antrag" />'
  )
  let previous = start
  for (let k = 0; k < segments; k++) {
    const lane = k % LANES.length
    const column = 1 + 4 * k
    const type = TYPES[k % TYPES.length] ?? 'task'
    const object = `${OBJECTS[k % OBJECTS.length]} ${k + 1}`
    const attributes =
      type === 'callActivity' ? ` bauplan:baustein="${CALLED_BLOCK}" bauplan:version="^1.0.0"` : ''
    const first = node(
      `Task_${k}`,
      `<bpmn:${type} id="Task_${k}" name="${object} ${VERBS[k % VERBS.length]}"${attributes} />`,
      lane,
      column
    )
    if (type === 'sendTask') {
      messageFlows.push(
        `<bpmn:messageFlow id="Message_${k}" name="Mitteilung" sourceRef="Task_${k}" targetRef="Participant_Antragsteller" />`
      )
    }
    const split = node(
      `Split_${k}`,
      `<bpmn:exclusiveGateway id="Split_${k}" name="${object} in Ordnung?" default="Flow_${k}_No" />`,
      lane,
      column + 1,
      [50, 50]
    )
    const yes = node(
      `Yes_${k}`,
      `<bpmn:userTask id="Yes_${k}" name="${object} übernehmen" />`,
      (lane + 1) % 4,
      column + 2
    )
    const no = node(
      `No_${k}`,
      `<bpmn:userTask id="No_${k}" name="${object} nachfordern" />`,
      (lane + 2) % 4,
      column + 2
    )
    const merge = node(
      `Merge_${k}`,
      `<bpmn:exclusiveGateway id="Merge_${k}" />`,
      lane,
      column + 3,
      [50, 50]
    )
    flows.push(
      { id: `Flow_${k}_In`, source: previous, target: first },
      { id: `Flow_${k}_Split`, source: first, target: split },
      {
        id: `Flow_${k}_Yes`,
        source: split,
        target: yes,
        attributes: 'name="ja"',
        body: 'inOrdnung',
      },
      { id: `Flow_${k}_No`, source: split, target: no, attributes: 'name="nein"' },
      { id: `Flow_${k}_YesMerge`, source: yes, target: merge },
      { id: `Flow_${k}_NoMerge`, source: no, target: merge }
    )
    previous = merge
  }
  const end = node(
    'End_Bearbeitet',
    '<bpmn:endEvent id="End_Bearbeitet" name="Antrag bearbeitet" />',
    previous.lane,
    previous.column + 1,
    [36, 36]
  )
  flows.push({ id: 'Flow_End', source: previous, target: end })

  const counted = FIXED_ELEMENTS + nodes.length - 2 + flows.length - 1 + messageFlows.length
  const annotations = Array.from({ length: Math.max(0, padToElements - counted) }, (_, i) => i)
  return {
    xml: document(nodes, flows, messageFlows, annotations),
    segments,
    elements: counted + annotations.length,
    flowNodes: nodes.length,
  }
}

function document(
  nodes: Node[],
  flows: Flow[],
  messageFlows: string[],
  annotations: number[]
): string {
  const width = (Math.max(...nodes.map((n) => n.column)) + 2) * COLUMN
  const laneXml = LANES.map((name, lane) => {
    const refs = nodes
      .filter((n) => n.lane === lane)
      .map((n) => `<bpmn:flowNodeRef>${n.id}</bpmn:flowNodeRef>`)
    return `<bpmn:lane id="Lane_${name}" name="${name}">${refs.join('')}</bpmn:lane>`
  }).join('\n')
  const flowXml = flows.map(({ id, source, target, attributes = '', body }) => {
    const condition = body
      ? `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${body}</bpmn:conditionExpression>`
      : ''
    return `<bpmn:sequenceFlow id="${id}" ${attributes} sourceRef="${source.id}" targetRef="${target.id}">${condition}</bpmn:sequenceFlow>`
  })
  const annotationXml = annotations.map(
    (i) =>
      `<bpmn:textAnnotation id="Note_${i}"><bpmn:text>Hinweis ${i + 1} zur Bearbeitung</bpmn:text></bpmn:textAnnotation>`
  )
  const shapes = [
    shape('Participant_Antragsteller', POOL_X, 40, width, 160, ' isHorizontal="true"'),
    shape(
      'Participant_Behoerde',
      POOL_X,
      POOL_Y,
      width,
      LANES.length * LANE_HEIGHT,
      ' isHorizontal="true"'
    ),
    ...LANES.map((name, lane) =>
      shape(
        `Lane_${name}`,
        POOL_X + 30,
        POOL_Y + lane * LANE_HEIGHT,
        width - 30,
        LANE_HEIGHT,
        ' isHorizontal="true"'
      )
    ),
    ...nodes.map((n) => shape(n.id, ...position(n), n.width, n.height)),
    ...annotations.map((i) =>
      shape(`Note_${i}`, POOL_X + (i % 200) * 60, 2200 + Math.floor(i / 200) * 60, 50, 40)
    ),
  ]
  const edges = flows.map(({ id, source, target }) => {
    const [sx, sy] = centre(source)
    const [tx, ty] = centre(target)
    return `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="${sx}" y="${sy}" /><di:waypoint x="${(sx + tx) / 2}" y="${sy}" /><di:waypoint x="${(sx + tx) / 2}" y="${ty}" /><di:waypoint x="${tx}" y="${ty}" /></bpmndi:BPMNEdge>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bauplan="urn:bauplan:bpmn:1" id="Definitions_Bench" targetNamespace="urn:bauplan:bench">
<bpmn:collaboration id="Collaboration_Bench">
<bpmn:participant id="Participant_Antragsteller" name="Antragstellende Person" />
<bpmn:participant id="Participant_Behoerde" name="Behörde" processRef="${PROCESS_ID}" />
${messageFlows.join('\n')}
</bpmn:collaboration>
<bpmn:process id="${PROCESS_ID}" name="Großes Verfahren" isExecutable="false">
<bpmn:laneSet id="LaneSet_Bench">${laneXml}</bpmn:laneSet>
${nodes.map((n) => n.xml).join('\n')}
${flowXml.join('\n')}
${annotationXml.join('\n')}
</bpmn:process>
<bpmndi:BPMNDiagram id="Diagram_Bench"><bpmndi:BPMNPlane id="Plane_Bench" bpmnElement="Collaboration_Bench">
${shapes.join('\n')}
${edges.join('\n')}
</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`
}

function position(n: Node): [number, number] {
  const x = POOL_X + 60 + n.column * COLUMN + (100 - n.width) / 2
  const y = POOL_Y + n.lane * LANE_HEIGHT + (LANE_HEIGHT - n.height) / 2
  return [x, y]
}

function centre(n: Node): [number, number] {
  const [x, y] = position(n)
  return [x + n.width / 2, y + n.height / 2]
}

function shape(
  id: string,
  x: number,
  y: number,
  width: number,
  height: number,
  extra = ''
): string {
  return `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"${extra}><dc:Bounds x="${x}" y="${y}" width="${width}" height="${height}" /></bpmndi:BPMNShape>`
}
