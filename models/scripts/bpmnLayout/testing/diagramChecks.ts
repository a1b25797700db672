/**
 * Reads a generated BPMN file back through bpmn-moddle and lists every layout rule it breaks, so
 * the same checks run on the test sample and on every committed reference diagram.
 */
import type { Bounds, Point } from '../geometry'
import { boxesOverlap, containsBox, onBorder, segmentCrossesBox } from '../geometry'
import type { ModdleElement } from './parseBpmn'
import { parseBpmn } from './parseBpmn'

interface DiElement extends ModdleElement {
  bpmnElement?: ModdleElement
  bounds?: Bounds
  waypoint?: Point[]
  label?: { bounds?: Bounds }
}

const CONNECTION_TYPES = new Set([
  'bpmn:SequenceFlow',
  'bpmn:MessageFlow',
  'bpmn:Association',
  'bpmn:DataInputAssociation',
  'bpmn:DataOutputAssociation',
])

export interface DiagramFacts {
  shapes: Map<string, { type: string; bounds: Bounds; label?: Bounds }>
  edges: Map<string, { type: string; waypoints: Point[]; label?: Bounds }>
  /** Semantic elements by id. */
  elements: Record<string, ModdleElement>
  warnings: string[]
}

export async function readDiagram(xml: string): Promise<DiagramFacts> {
  const parsed = await parseBpmn(xml)
  const definitions = parsed.rootElement as ModdleElement & {
    diagrams: { plane: { planeElement: DiElement[] } }[]
  }
  const shapes: DiagramFacts['shapes'] = new Map()
  const edges: DiagramFacts['edges'] = new Map()
  for (const diagram of definitions.diagrams) {
    for (const di of diagram.plane.planeElement) {
      const target = di.bpmnElement
      if (!target?.id) continue
      if (di.bounds)
        shapes.set(target.id, { type: target.$type, bounds: di.bounds, label: di.label?.bounds })
      if (di.waypoint)
        edges.set(target.id, {
          type: target.$type,
          waypoints: di.waypoint,
          label: di.label?.bounds,
        })
    }
  }
  return {
    shapes,
    edges,
    elements: parsed.elementsById,
    warnings: parsed.warnings.map((w) => w.message),
  }
}

function isFlowNodeType(type: string): boolean {
  return /Task$|^bpmn:CallActivity$|^bpmn:SubProcess$|Gateway$|Event$/.test(type)
}

function idOf(ref: unknown): string | undefined {
  return (ref as ModdleElement | undefined)?.id
}

/** Returns human-readable descriptions of every broken rule (empty = all good). */
export function layoutViolations(facts: DiagramFacts): string[] {
  const out: string[] = []
  const { shapes, edges, elements } = facts
  out.push(...facts.warnings.map((w) => `parser warning: ${w}`))

  for (const element of Object.values(elements)) {
    const id = element.id ?? ''
    if (
      isFlowNodeType(element.$type) ||
      ['bpmn:Participant', 'bpmn:Lane', 'bpmn:DataObjectReference', 'bpmn:TextAnnotation'].includes(
        element.$type
      )
    ) {
      if (!shapes.has(id)) out.push(`${id}: no shape`)
    }
    if (CONNECTION_TYPES.has(element.$type) && !edges.has(id)) out.push(`${id}: no edge`)
  }

  // Shapes of flow nodes, data objects and annotations never overlap (a boundary event its host excepted).
  const placed = [...shapes.entries()].filter(
    ([, s]) => s.type !== 'bpmn:Participant' && s.type !== 'bpmn:Lane'
  )
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const [a, sa] = placed[i] as [string, { bounds: Bounds }]
      const [b, sb] = placed[j] as [string, { bounds: Bounds }]
      const hostOf = (id: string): string | undefined => idOf(elements[id]?.attachedToRef)
      if (hostOf(a) === b || hostOf(b) === a) continue
      if (boxesOverlap(sa.bounds, sb.bounds)) out.push(`${a} overlaps ${b}`)
    }
  }

  // Each flow node lies inside its lane and its pool.
  for (const element of Object.values(elements)) {
    if (element.$type === 'bpmn:Lane') {
      const lane = shapes.get(element.id ?? '')
      for (const ref of (element.flowNodeRef as ModdleElement[] | undefined) ?? []) {
        const node = shapes.get(ref.id ?? '')
        if (lane && node && !containsBox(lane.bounds, node.bounds))
          out.push(`${ref.id}: outside lane ${element.id}`)
      }
    }
    if (element.$type === 'bpmn:Participant' && element.processRef) {
      const pool = shapes.get(element.id ?? '')
      const process = element.processRef as ModdleElement & { flowElements?: ModdleElement[] }
      for (const child of process.flowElements ?? []) {
        const node = shapes.get(child.id ?? '')
        if (pool && node && !containsBox(pool.bounds, node.bounds))
          out.push(`${child.id}: outside pool ${element.id}`)
      }
    }
  }

  // Edges are orthogonal, start and end on their shapes' borders, and cross no other shape.
  for (const [id, edge] of edges) {
    const semantic = elements[id] as ModdleElement & { sourceRef?: unknown; targetRef?: unknown }
    const sourceRef =
      semantic.$type === 'bpmn:DataInputAssociation'
        ? (semantic.sourceRef as unknown[])[0]
        : semantic.sourceRef
    const targetRef =
      semantic.$type === 'bpmn:DataInputAssociation' ? elements[id]?.$parent : semantic.targetRef
    const source =
      semantic.$type === 'bpmn:DataOutputAssociation' ? idOf(semantic.$parent) : idOf(sourceRef)
    const target = idOf(targetRef)
    const points = edge.waypoints
    if (points.length < 2) out.push(`${id}: fewer than two waypoints`)
    for (let k = 1; k < points.length; k++) {
      const p = points[k - 1] as Point
      const q = points[k] as Point
      if (p.x !== q.x && p.y !== q.y) out.push(`${id}: segment ${k} is not orthogonal`)
      for (const [other, s] of placed) {
        if (other === source || other === target) continue
        if (segmentCrossesBox(p, q, s.bounds)) out.push(`${id}: passes through ${other}`)
      }
    }
    const from = shapes.get(source ?? '')
    const to = shapes.get(target ?? '')
    if (!from || !onBorder(from.bounds, points[0] as Point))
      out.push(`${id}: does not start on ${source}`)
    if (!to || !onBorder(to.bounds, points[points.length - 1] as Point))
      out.push(`${id}: does not end on ${target}`)
  }

  // External labels cover no shape and no other label.
  const labels = [...shapes.entries(), ...edges.entries()].flatMap(([id, s]) =>
    s.label ? [[id, s.label] as const] : []
  )
  for (const [id, label] of labels) {
    for (const [other, s] of placed)
      if (boxesOverlap(label, s.bounds)) out.push(`label of ${id} covers ${other}`)
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const [a, la] = labels[i] as readonly [string, Bounds]
      const [b, lb] = labels[j] as readonly [string, Bounds]
      if (boxesOverlap(la, lb)) out.push(`label of ${a} covers label of ${b}`)
    }
  }
  return out
}
