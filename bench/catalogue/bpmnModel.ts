/**
 * A plain, valid BPMN 2.0 model for a synthetic block: start event, one user task per process step,
 * end event, all in a row with diagram interchange. Small (2–5 KB, like a real building block's
 * model), so the stored files weigh what real ones do, and it passes the domain checks the
 * publishing gate runs.
 */

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

interface Node {
  tag: 'bpmn:startEvent' | 'bpmn:userTask' | 'bpmn:endEvent'
  id: string
  name: string
  width: number
  height: number
}

const ROW_Y = 200
const GAP = 60

export function bpmnModelOf(
  processId: string,
  processName: string,
  steps: readonly string[]
): string {
  const event = { width: 36, height: 36 }
  const task = { width: 100, height: 80 }
  const nodes: Node[] = [
    { tag: 'bpmn:startEvent', id: 'StartEvent_Eingang', name: 'Antrag eingegangen', ...event },
    ...steps.map((step, i): Node => ({
      tag: 'bpmn:userTask',
      id: `Activity_${i + 1}`,
      name: step,
      ...task,
    })),
    { tag: 'bpmn:endEvent', id: 'EndEvent_Abschluss', name: 'Vorgang abgeschlossen', ...event },
  ]
  const xs: number[] = []
  let x = 160
  for (const node of nodes) {
    xs.push(x)
    x += node.width + GAP
  }
  const flows = nodes.slice(1).map((to, i) => ({ id: `Flow_${i + 1}`, from: nodes[i] as Node, to }))
  const nodeXml = nodes.map((node) => {
    const refs = [
      ...flows.filter((f) => f.to === node).map((f) => `<bpmn:incoming>${f.id}</bpmn:incoming>`),
      ...flows.filter((f) => f.from === node).map((f) => `<bpmn:outgoing>${f.id}</bpmn:outgoing>`),
    ].join('')
    return `<${node.tag} id="${node.id}" name="${escapeXml(node.name)}">${refs}</${node.tag}>`
  })
  const shapes = nodes.map(
    (node, i) =>
      `<bpmndi:BPMNShape id="${node.id}_di" bpmnElement="${node.id}"><dc:Bounds x="${xs[i]}" y="${ROW_Y - node.height / 2}" width="${node.width}" height="${node.height}" /></bpmndi:BPMNShape>`
  )
  const edges = flows.map((flow, i) => {
    const startX = (xs[i] ?? 0) + flow.from.width
    const endX = xs[i + 1] ?? 0
    return `<bpmndi:BPMNEdge id="${flow.id}_di" bpmnElement="${flow.id}"><di:waypoint x="${startX}" y="${ROW_Y}" /><di:waypoint x="${endX}" y="${ROW_Y}" /></bpmndi:BPMNEdge>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_${processId}" targetNamespace="urn:bauplan:bench">
  <bpmn:process id="${processId}" name="${escapeXml(processName)}" isExecutable="false">
    ${nodeXml.join('\n    ')}
    ${flows.map((f) => `<bpmn:sequenceFlow id="${f.id}" sourceRef="${f.from.id}" targetRef="${f.to.id}" />`).join('\n    ')}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="${processId}">
      ${shapes.join('\n      ')}
      ${edges.join('\n      ')}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`
}
