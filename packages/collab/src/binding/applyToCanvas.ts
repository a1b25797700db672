import type { ModdleElement } from '@bauplan/domain'
import { isElement } from '../document/embedded'
import { isInstanceOf } from '../document/modelKind'
import type {
  BpmnImporter,
  Canvas,
  DiagramElement,
  ElementRegistry,
  EventBus,
  Selection,
} from './diagramTypes'
import type { MergeResult } from './mergeDefinitions'

export interface CanvasServices {
  canvas: Canvas
  elementRegistry: ElementRegistry
  bpmnImporter: BpmnImporter
  eventBus: EventBus
  selection: Selection
}

/**
 * Brings the canvas in line with a merged moddle tree, touching only what the merge reported:
 *
 * - shapes and connections whose element or DI is gone are removed (connections first, labels
 *   with their owner); so are those whose container, host or ends changed — they are re-added;
 * - DI without a shape gets one the way the importer draws it (`bpmnImporter.add`, containers
 *   before their content, shapes before connections);
 * - kept elements whose values changed take their bounds/waypoints from the DI and are redrawn
 *   through `elements.changed` (diagram-js's ChangeSupport re-renders them).
 *
 * Nothing goes through the command stack, so nothing enters bpmn-js's undo history; the viewbox is
 * never touched; the selection loses only elements that no longer exist.
 */
export function applyToCanvas(services: CanvasServices, plane: ModdleElement, merge: MergeResult) {
  const { canvas, elementRegistry, bpmnImporter, eventBus, selection } = services
  const root = canvas.getRootElement()
  const selectedIds = selection.get().map((element) => element.id)

  const drawable = drawableDi(plane)
  const stale: DiagramElement[] = []
  for (const element of elementRegistry.getAll()) {
    if (element === root || element.labelTarget) continue
    const semantic = element.businessObject
    const id = semantic.id as string
    const di = drawable.get(id)
    if (merge.index.get(id) !== semantic || !di || di !== element.di) {
      stale.push(element)
    } else if (merge.changed.has(id) || merge.changed.has(di.id as string)) {
      if (!placedAsBefore(element, services)) stale.push(element)
    }
  }
  remove(stale, canvas)

  const changed: DiagramElement[] = []
  for (const di of drawOrder([...drawable.values()])) {
    const semantic = di.bpmnElement as ModdleElement
    const existing = elementRegistry.get(semantic.id as string)
    if (!existing) {
      bpmnImporter.add(semantic, di, parentShape(semantic, services))
      continue
    }
    if (merge.changed.has(semantic.id as string) || merge.changed.has(di.id as string)) {
      changed.push(...refresh(existing, semantic, di, bpmnImporter))
    }
  }
  if (changed.length > 0) eventBus.fire('elements.changed', { elements: changed })

  restoreSelection(services, selectedIds)
}

/**
 * Selects again what was selected before a remote change, less what no longer exists; selects
 * only if that differs, so an unchanged selection fires no `selection.changed`.
 */
export function restoreSelection(
  services: Pick<CanvasServices, 'elementRegistry' | 'selection'>,
  selectedIds: readonly string[]
): void {
  const { elementRegistry, selection } = services
  const kept = selectedIds
    .map((id) => elementRegistry.get(id))
    .filter((element): element is DiagramElement => element !== undefined)
  const current = selection.get()
  if (kept.length !== current.length || kept.some((element, i) => element !== current[i])) {
    selection.select(kept)
  }
}

/** DI shapes and edges of the plane by the id of their semantic element. */
function drawableDi(plane: ModdleElement): Map<string, ModdleElement> {
  const byElement = new Map<string, ModdleElement>()
  const elements = plane.planeElement
  if (!Array.isArray(elements)) return byElement
  for (const di of elements) {
    if (!isElement(di)) continue
    const semantic = di.bpmnElement
    if (isElement(semantic) && typeof semantic.id === 'string') byElement.set(semantic.id, di)
  }
  return byElement
}

/** Containers before their content (by nesting depth), shapes before connections. */
export function drawOrder(dis: ModdleElement[]): ModdleElement[] {
  const depth = (element: ModdleElement): number => {
    let count = 0
    for (let parent = element.$parent; isElement(parent); parent = parent.$parent) count++
    return count
  }
  const rank = (di: ModdleElement) => {
    const semantic = di.bpmnElement as ModdleElement
    const edge = isInstanceOf(di, 'bpmndi:BPMNEdge') ? 1000 : 0
    const boundary = isInstanceOf(semantic, 'bpmn:BoundaryEvent') ? 100 : 0
    return edge + boundary + depth(semantic)
  }
  return dis
    .map((di, position) => ({ di, position, rank: rank(di) }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .map((entry) => entry.di)
}

/** The shape a semantic element is drawn into, as bpmn-js's importer chooses it. */
export function parentShape(semantic: ModdleElement, services: CanvasServices): DiagramElement {
  const { canvas, elementRegistry } = services
  const root = canvas.getRootElement()
  for (let parent = semantic.$parent; isElement(parent); parent = parent.$parent) {
    if (isInstanceOf(parent, 'bpmn:Process')) {
      // The pool showing this process: found through the collaborations' participants (few)
      // instead of scanning every canvas element.
      const participant = participantsOf(parent).find(
        (candidate) => candidate.processRef === parent && typeof candidate.id === 'string'
      )
      const shape = participant && elementRegistry.get(participant.id as string)
      return shape && shape.businessObject === participant ? shape : root
    }
    if (isInstanceOf(parent, 'bpmn:Collaboration') || isInstanceOf(parent, 'bpmn:Definitions')) {
      return root
    }
    const shape = typeof parent.id === 'string' ? elementRegistry.get(parent.id) : undefined
    if (shape) return shape
  }
  return root
}

/** The participants of every collaboration in the definitions that contain `process`. */
function participantsOf(process: ModdleElement): ModdleElement[] {
  const definitions = process.$parent
  if (!isElement(definitions)) return []
  const roots = Array.isArray(definitions.rootElements) ? definitions.rootElements : []
  return roots
    .filter((root: ModdleElement) => isInstanceOf(root, 'bpmn:Collaboration'))
    .flatMap((collaboration: ModdleElement) =>
      Array.isArray(collaboration.participants) ? collaboration.participants : []
    )
}

/** Whether a kept element still sits where its semantics put it (container, host, ends). */
export function placedAsBefore(element: DiagramElement, services: CanvasServices): boolean {
  const semantic = element.businessObject
  const registry = services.elementRegistry
  if (element.waypoints) {
    const source = semantic.sourceRef as ModdleElement | undefined
    const target = semantic.targetRef as ModdleElement | undefined
    return element.source?.businessObject === source && element.target?.businessObject === target
  }
  if (isInstanceOf(semantic, 'bpmn:BoundaryEvent')) {
    const host = semantic.attachedToRef as ModdleElement | undefined
    if (element.host?.businessObject !== host) return false
    return true
  }
  const expected = parentShape(semantic, services)
  return element.parent === expected || registry.get(expected.id) === undefined
}

/** Removes elements and everything drawn inside or attached to them, connections first. */
export function remove(elements: DiagramElement[], canvas: Canvas): Set<DiagramElement> {
  const all = new Set<DiagramElement>()
  const collect = (element: DiagramElement) => {
    if (all.has(element)) return
    all.add(element)
    for (const child of element.children ?? []) collect(child)
    for (const attacher of element.attachers ?? []) collect(attacher)
    for (const label of element.labels ?? []) collect(label)
    for (const connection of [...connectionsOf(element)]) collect(connection)
  }
  elements.forEach(collect)
  const connections = [...all].filter((element) => element.waypoints)
  const shapes = [...all].filter((element) => !element.waypoints)
  for (const connection of connections) {
    // Unset the ends so the remaining shapes' incoming/outgoing lists forget the connection.
    connection.source = null
    connection.target = null
    canvas.removeConnection(connection)
  }
  for (const shape of shapes.reverse()) {
    if (shape.host) shape.host = null
    canvas.removeShape(shape)
  }
  return all
}

function connectionsOf(element: DiagramElement): DiagramElement[] {
  return [...(element.incoming ?? []), ...(element.outgoing ?? [])]
}

/** Takes geometry from the DI and returns the elements to redraw (with the external label). */
export function refresh(
  element: DiagramElement,
  semantic: ModdleElement,
  di: ModdleElement,
  importer: BpmnImporter
): DiagramElement[] {
  const result: DiagramElement[] = [element]
  if (element.waypoints) {
    const waypoints = di.waypoint
    if (Array.isArray(waypoints)) {
      element.waypoints = waypoints.map((point: ModdleElement) => ({
        x: Number(point.x),
        y: Number(point.y),
      }))
    }
  } else {
    const bounds = di.bounds as ModdleElement | undefined
    if (bounds) {
      element.x = Math.round(Number(bounds.x))
      element.y = Math.round(Number(bounds.y))
      element.width = Math.round(Number(bounds.width))
      element.height = Math.round(Number(bounds.height))
    }
  }
  const labelBounds = (di.label as ModdleElement | undefined)?.bounds as ModdleElement | undefined
  const text = typeof semantic.name === 'string' ? semantic.name : ''
  if (element.label) {
    if (labelBounds) {
      element.label.x = Math.round(Number(labelBounds.x))
      element.label.y = Math.round(Number(labelBounds.y))
      element.label.width = Math.round(Number(labelBounds.width))
      element.label.height = Math.round(Number(labelBounds.height))
    }
    element.label.hidden = element.hidden === true || text === ''
    result.push(element.label)
  } else if (text !== '' && hasExternalLabel(semantic)) {
    importer.addLabel(semantic, di, element)
  }
  return result
}

/** Elements whose name bpmn-js draws as a separate label shape below them. */
function hasExternalLabel(semantic: ModdleElement): boolean {
  return [
    'bpmn:Event',
    'bpmn:Gateway',
    'bpmn:DataStoreReference',
    'bpmn:DataObjectReference',
    'bpmn:DataInput',
    'bpmn:DataOutput',
    'bpmn:SequenceFlow',
    'bpmn:MessageFlow',
    'bpmn:Group',
  ].some((type) => isInstanceOf(semantic, type))
}
