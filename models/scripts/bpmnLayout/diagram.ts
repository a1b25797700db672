/**
 * The diagram-interchange half of the BPMN file: one shape per pool, lane, flow node, data object
 * and annotation, one edge per connection, and label bounds for elements with external labels.
 */
import type { Bounds, Point } from './geometry'
import type { Scene } from './labels'
import { placeBoundaryLabel, placeFlowLabel, placeShapeLabel } from './labels'
import type { Layout } from './layout'
import type { RoutedEdge, Routes } from './routeEdges'
import type { DiagramSpec } from './spec'
import { collaborationIdOf, flowId, isActivity, isGateway, messageFlowId } from './spec'
import type { XmlElement } from './xml'
import { el } from './xml'

function dcBounds(b: Bounds): XmlElement {
  return el('dc:Bounds', [
    ['x', Math.round(b.x)],
    ['y', Math.round(b.y)],
    ['width', Math.round(b.width)],
    ['height', Math.round(b.height)],
  ])
}

function label(bounds: Bounds | undefined): XmlElement[] {
  return bounds ? [el('bpmndi:BPMNLabel', [], [dcBounds(bounds)])] : []
}

function shape(
  id: string,
  bounds: Bounds,
  extra: XmlElement['attrs'] = [],
  labelBounds?: Bounds
): XmlElement {
  return el(
    'bpmndi:BPMNShape',
    [['id', `${id}_di`], ['bpmnElement', id], ...(extra ?? [])],
    [dcBounds(bounds), ...label(labelBounds)]
  )
}

function edge(routed: RoutedEdge, labelBounds?: Bounds): XmlElement {
  return el(
    'bpmndi:BPMNEdge',
    [
      ['id', `${routed.id}_di`],
      ['bpmnElement', routed.id],
    ],
    [
      ...routed.waypoints.map((p: Point) =>
        el('di:waypoint', [
          ['x', Math.round(p.x)],
          ['y', Math.round(p.y)],
        ])
      ),
      ...label(labelBounds),
    ]
  )
}

/** Builds the BPMNDiagram element; labels are placed after all edges are known. */
export function diagramElement(spec: DiagramSpec, layout: Layout, routes: Routes): XmlElement {
  const scene: Scene = {
    shapes: [...layout.shapes.values()],
    labels: [],
    edges: [...routes.sequenceFlows, ...routes.messageFlows, ...routes.associations].map(
      (e) => e.waypoints
    ),
  }
  const shapes: XmlElement[] = []
  for (const pool of layout.pools) {
    shapes.push(shape(pool.id, pool.bounds, [['isHorizontal', true]]))
    if (!pool.hasLanes) continue
    for (const band of pool.bands)
      shapes.push(shape(band.id, band.bounds, [['isHorizontal', true]]))
  }
  // Gateways and boundary events first: their labels have the fewest good places.
  const nodes = [...spec.nodes].sort((a, b) => rank(a.type) - rank(b.type))
  const nodeShapes = new Map<string, XmlElement>()
  for (const node of nodes) {
    const bounds = layout.shapes.get(node.id)
    if (!bounds) continue
    let labelBounds: Bounds | undefined
    if (node.name && !isActivity(node.type)) {
      labelBounds =
        node.type === 'boundaryEvent'
          ? placeBoundaryLabel(node.name, bounds, scene)
          : placeShapeLabel(node.name, bounds, scene, isGateway(node.type))
    }
    const extra: XmlElement['attrs'] =
      node.type === 'exclusiveGateway'
        ? [['isMarkerVisible', true]]
        : node.type === 'callActivity'
          ? [['isExpanded', false]]
          : []
    nodeShapes.set(node.id, shape(node.id, bounds, extra, labelBounds))
  }
  for (const node of spec.nodes) {
    const s = nodeShapes.get(node.id)
    if (s) shapes.push(s)
  }
  for (const data of spec.dataObjects ?? []) {
    const bounds = layout.shapes.get(data.id)
    if (bounds) shapes.push(shape(data.id, bounds, [], placeShapeLabel(data.name, bounds, scene)))
  }
  for (const note of spec.textAnnotations ?? []) {
    const bounds = layout.shapes.get(note.id)
    if (bounds) shapes.push(shape(note.id, bounds))
  }

  const flowNames = new Map(spec.flows.map((f) => [flowId(f), f.name]))
  const messageNames = new Map((spec.messageFlows ?? []).map((f) => [messageFlowId(f), f.name]))
  const named = (routed: RoutedEdge, names: Map<string, string | undefined>): XmlElement => {
    const name = names.get(routed.id)
    return edge(routed, name ? placeFlowLabel(name, routed.waypoints, scene) : undefined)
  }
  const edges = [
    ...routes.sequenceFlows.map((r) => named(r, flowNames)),
    ...routes.messageFlows.map((r) => named(r, messageNames)),
    ...routes.associations.map((r) => edge(r)),
  ]
  const collaborationId = collaborationIdOf(spec)
  const suffix = collaborationId.replace(/^Collaboration_/, '')
  return el(
    'bpmndi:BPMNDiagram',
    [['id', `BPMNDiagram_${suffix}`]],
    [
      el(
        'bpmndi:BPMNPlane',
        [
          ['id', `BPMNPlane_${suffix}`],
          ['bpmnElement', collaborationId],
        ],
        [...shapes, ...edges]
      ),
    ]
  )
}

function rank(type: string): number {
  if (type.endsWith('Gateway')) return 0
  if (type === 'boundaryEvent') return 1
  return 2
}
