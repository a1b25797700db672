import { indexModel } from './modelIndex'
import type { ModdleElement } from './moddleElement'
import { elementsIn, isA, elementOf, referencedId } from './moddleTree'
import { withoutUndefined } from './plainData'
import { compare } from './semanticSnapshot'

export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

export interface Point {
  x: number
  y: number
}

export interface DiPlaneEntry {
  diagramId?: string
  planeId?: string
  bpmnElement?: string
}

export interface DiShapeEntry {
  id?: string
  bpmnElement?: string
  bounds?: Bounds
  isExpanded?: boolean
  isHorizontal?: boolean
  /** Present when the shape has a BPMNLabel; `bounds` only when the label is placed. */
  label?: { bounds?: Bounds }
}

export interface DiEdgeEntry {
  id?: string
  bpmnElement?: string
  waypoints: Point[]
  label?: { bounds?: Bounds }
}

export interface DiSnapshot {
  planes: DiPlaneEntry[]
  shapes: DiShapeEntry[]
  edges: DiEdgeEntry[]
}

/**
 * The drawing of a model as plain data (diagram interchange): planes, every BPMNShape with its
 * bounds and flags, every BPMNEdge with its waypoints, and their labels. Sorted by semantic
 * element and DI id, so two drawings compare equal exactly when they look the same.
 */
export function diSnapshot(definitions: ModdleElement): DiSnapshot {
  const snapshot: DiSnapshot = { planes: [], shapes: [], edges: [] }
  for (const diagram of elementsIn(definitions.diagrams)) {
    const plane = elementOf(diagram, 'plane')
    snapshot.planes.push({
      diagramId: diagram.id,
      planeId: plane?.id,
      bpmnElement: plane && referencedId(plane, 'bpmnElement'),
    })
  }
  for (const element of indexModel(definitions).diagram) {
    if (isA(element, 'bpmndi:BPMNShape')) snapshot.shapes.push(shapeEntry(element))
    else if (isA(element, 'bpmndi:BPMNEdge')) snapshot.edges.push(edgeEntry(element))
  }
  const key = (entry: { id?: string; bpmnElement?: string }) =>
    `${entry.bpmnElement ?? ''}\u0000${entry.id ?? ''}`
  snapshot.shapes.sort((a, b) => compare(key(a), key(b)))
  snapshot.edges.sort((a, b) => compare(key(a), key(b)))
  return withoutUndefined(snapshot)
}

function shapeEntry(shape: ModdleElement): DiShapeEntry {
  const entry: DiShapeEntry = { id: shape.id, bpmnElement: referencedId(shape, 'bpmnElement') }
  entry.bounds = boundsOf(elementOf(shape, 'bounds'))
  if (typeof shape.isExpanded === 'boolean') entry.isExpanded = shape.isExpanded
  if (typeof shape.isHorizontal === 'boolean') entry.isHorizontal = shape.isHorizontal
  const label = labelOf(shape)
  if (label) entry.label = label
  return entry
}

function edgeEntry(edge: ModdleElement): DiEdgeEntry {
  const waypoints = elementsIn(edge.waypoint).map((point) => ({
    x: Number(point.x),
    y: Number(point.y),
  }))
  const entry: DiEdgeEntry = {
    id: edge.id,
    bpmnElement: referencedId(edge, 'bpmnElement'),
    waypoints,
  }
  const label = labelOf(edge)
  if (label) entry.label = label
  return entry
}

function labelOf(element: ModdleElement): { bounds?: Bounds } | undefined {
  const label = elementOf(element, 'label')
  if (!label) return undefined
  const bounds = boundsOf(elementOf(label, 'bounds'))
  return bounds ? { bounds } : {}
}

function boundsOf(bounds: ModdleElement | undefined): Bounds | undefined {
  if (!bounds) return undefined
  return {
    x: Number(bounds.x),
    y: Number(bounds.y),
    width: Number(bounds.width),
    height: Number(bounds.height),
  }
}
