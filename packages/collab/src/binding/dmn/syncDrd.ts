import type { ModdleElement } from '@bauplan/domain'
import { isElement } from '../../document/embedded'
import { remove, restoreSelection } from '../applyToCanvas'
import type { MergeResult } from '../mergeDefinitions'
import { bindDi, drawableDi, edgeEnds, firstDiagram, isEdge } from './drdDiagram'
import type {
  Canvas,
  DefinitionPropertiesView,
  DiagramElement,
  DrdImporter,
  ElementRegistry,
  EventBus,
  Selection,
} from './dmnTypes'

/** The services of dmn-js's DRD viewer (diagram-js underneath) the incremental update uses. */
export interface DrdServices {
  canvas: Canvas
  elementRegistry: ElementRegistry
  drdImporter: DrdImporter
  eventBus: EventBus
  selection: Selection
  /** Absent in a DRD viewer without the modeling modules. */
  definitionPropertiesView?: DefinitionPropertiesView | null
}

/**
 * Brings the DRD on screen in line with the definitions after a remote change was merged into
 * them (`mergeDefinitions`), the way `applyToCanvas` does it for BPMN, without importing:
 *
 * - shapes and connections whose element is gone, or no longer has a DI in the diagram shown, or
 *   whose DI was replaced, are removed (with the connections of removed shapes); so are
 *   connections whose ends changed — they are drawn again;
 * - each DI is bound to its element as `di` (as dmn-js's import does), and what has a DI but no
 *   shape is drawn by dmn-js-drd's own importer (shapes before connections), so it renders like
 *   an imported one;
 * - kept elements whose values or DI changed (a name, bounds, waypoints) take their geometry from
 *   the DI and are redrawn through `elements.changed`.
 *
 * Untouched shapes keep their instance and SVG; nothing goes through the command stack, the
 * viewbox is not touched and the selection loses only elements that no longer exist.
 *
 * Throws `UnmappableDrdChangeError` when the canvas does not show the merged definitions' first
 * diagram any more (the definitions or the diagram were replaced): the caller re-opens the view.
 */
export function syncDrd(services: DrdServices, merge: MergeResult): void {
  const { canvas, elementRegistry, drdImporter, eventBus } = services
  const { index } = merge
  const root = canvas.getRootElement()
  const definitions = root.businessObject
  if (index.get(String(definitions.id)) !== definitions) {
    throw new UnmappableDrdChangeError('the definitions were replaced')
  }
  const diagram = firstDiagram(definitions)
  if (!diagram || diagram !== definitions.di) {
    throw new UnmappableDrdChangeError('the diagram shown was replaced')
  }
  const selectedIds = services.selection.get().map((element) => element.id)
  const drawable = drawableDi(diagram, definitions, index)

  const stale: DiagramElement[] = []
  for (const element of elementRegistry.getAll()) {
    if (element === root) continue
    const semantic = element.businessObject
    const id = String(semantic.id)
    const di = drawable.get(id)
    if (index.get(id) !== semantic || !di || di !== semantic.di) stale.push(element)
    else if (element.waypoints && !endsAsBefore(element, semantic)) stale.push(element)
  }
  remove(stale, canvas)
  bindDi(drawable, diagram, index)

  const changed: DiagramElement[] = []
  const toDraw: ModdleElement[] = []
  for (const [id, di] of drawable) {
    const existing = elementRegistry.get(id)
    if (!existing) toDraw.push(di)
    else if (merge.changed.has(id) || (typeof di.id === 'string' && merge.changed.has(di.id))) {
      takeGeometry(existing, di)
      changed.push(existing)
    }
  }
  // Shapes before connections: an edge is drawn between shapes already on the canvas.
  const ordered = [...toDraw.filter((di) => !isEdge(di)), ...toDraw.filter(isEdge)]
  for (const di of ordered) drdImporter.add(di.dmnElementRef as ModdleElement)
  if (changed.length > 0) eventBus.fire('elements.changed', { elements: changed })
  if (merge.changed.has(String(definitions.id))) services.definitionPropertiesView?.update()

  restoreSelection(services, selectedIds)
}

/** Whether a kept connection still joins the shapes its requirement or association names. */
function endsAsBefore(connection: DiagramElement, semantic: ModdleElement): boolean {
  const { source, target } = edgeEnds(semantic)
  return connection.source?.id === source && connection.target?.id === target
}

/** Takes bounds or waypoints from the DI, the way dmn-js-drd's importer reads them. */
function takeGeometry(element: DiagramElement, di: ModdleElement): void {
  if (element.waypoints) {
    const points = Array.isArray(di.waypoint) ? di.waypoint.filter(isElement) : []
    element.waypoints = points.map((point: ModdleElement) => {
      const position = { x: Number(point.x), y: Number(point.y) }
      return { ...position, original: { ...position } }
    })
    return
  }
  const bounds = di.bounds
  if (!isElement(bounds)) return
  element.x = Math.round(Number(bounds.x))
  element.y = Math.round(Number(bounds.y))
  element.width = Math.round(Number(bounds.width))
  element.height = Math.round(Number(bounds.height))
}

/** A remote change the DRD cannot show step by step; the view is re-opened instead. */
export class UnmappableDrdChangeError extends Error {
  constructor(reason: string) {
    super(`The DRD cannot show this change step by step: ${reason}.`)
    this.name = 'UnmappableDrdChangeError'
  }
}
