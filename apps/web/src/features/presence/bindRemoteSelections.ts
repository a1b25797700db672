import {
  clearLocalSelection,
  remoteSelections,
  setLocalSelection,
  type PresenceAwareness,
  type RemoteSelection,
} from '@bauplan/collab'
import {
  diagramServices,
  type CanvasElement,
  type DiagramServices,
  type ServiceContainer,
} from './diagramServices'
import './presence.css'

/** The SVG layer the outlines are drawn on and the overlay type of the name labels. */
export const PRESENCE_LAYER = 'bauplan-presence'
const SVG = 'http://www.w3.org/2000/svg'
/**
 * Below the diagram's own plane (index 0): outlines never cover a shape, a text or a marker, and a
 * connection's outline is a halo around the line that stays drawn on top of it.
 */
const LAYER_INDEX = -1
/** Gap between a shape and the first outline; each further user's outline sits one step out. */
const OUTLINE_GAP = 6
const OUTLINE_STEP = 4
/** Diagram changes that can move, add or remove outlined elements, or switch the shown plane. */
const REDRAW_EVENTS = [
  'elements.changed',
  'shape.removed',
  'connection.removed',
  'import.done',
  'root.set',
]

/**
 * Shows on a bpmn-js canvas what other people have selected in `fileName`, and tells them what
 * is selected here.
 *
 * - The local selection (diagram-js `selection.changed`) is published into the awareness.
 * - Every remote selection is outlined in its user's colour on an SVG layer beneath the diagram
 *   (clicks pass through), with the user's name beside the first selected element. Outlines are
 *   redrawn when the awareness changes and when elements change, so an element deleted (here or
 *   by someone else) loses its outline and a moved one takes it along.
 *
 * Nothing here goes through the command stack or changes the local selection. One binding per
 * modeler; the returned function removes outlines, labels and listeners and withdraws the local
 * selection of this file.
 */
export function bindRemoteSelections(
  modeler: ServiceContainer,
  awareness: PresenceAwareness,
  fileName: string
): () => void {
  const services = diagramServices(modeler)
  const { eventBus, selection } = services
  let drawn = false

  const publish = () => {
    setLocalSelection(
      awareness,
      fileName,
      selection.get().map((element) => element.id)
    )
  }
  const redraw = () => {
    const selections = remoteSelections(awareness, awareness.clientID, fileName)
    // Most changes happen with nobody else selecting anything: then there is nothing to redo.
    if (!drawn && selections.length === 0) return
    clear(services)
    drawn = draw(services, selections)
  }

  eventBus.on('selection.changed', 500, publish)
  eventBus.on(REDRAW_EVENTS, 500, redraw)
  awareness.on('change', redraw)
  publish()
  redraw()

  return () => {
    eventBus.off('selection.changed', publish)
    eventBus.off(REDRAW_EVENTS, redraw)
    awareness.off('change', redraw)
    clear(services)
    clearLocalSelection(awareness, fileName)
  }
}

function clear({ canvas, overlays }: DiagramServices): void {
  canvas.getLayer(PRESENCE_LAYER, LAYER_INDEX).replaceChildren()
  overlays.remove({ type: PRESENCE_LAYER })
}

/** Draws all outlines and labels; returns whether anything was drawn. */
function draw(services: DiagramServices, selections: readonly RemoteSelection[]): boolean {
  const { canvas, elementRegistry, overlays } = services
  const layer = canvas.getLayer(PRESENCE_LAYER, LAYER_INDEX)
  layer.setAttribute('pointer-events', 'none')
  const root = canvas.getRootElement()
  // How many outlines an element already has, so a second person's outline goes around the first.
  const outlinesOf = new Map<string, number>()
  let anything = false
  for (const remote of selections) {
    let labelled = false
    for (const id of remote.ids) {
      const element = elementRegistry.get(id)
      if (!element || element.hidden || !isIn(element, root)) continue
      const stack = outlinesOf.get(id) ?? 0
      outlinesOf.set(id, stack + 1)
      const outline = outlineOf(element, remote, stack)
      if (!outline) continue
      layer.append(outline)
      anything = true
      if (!labelled) {
        overlays.add(element, PRESENCE_LAYER, {
          position: { top: -22 - stack * 20, left: 0 },
          html: nameLabel(remote),
        })
        labelled = true
      }
    }
  }
  return anything
}

function outlineOf(
  element: CanvasElement,
  remote: RemoteSelection,
  stack: number
): SVGElement | null {
  let outline: SVGElement
  if (element.waypoints && element.waypoints.length > 1) {
    outline = document.createElementNS(SVG, 'polyline')
    outline.setAttribute('points', element.waypoints.map((p) => `${p.x},${p.y}`).join(' '))
    outline.setAttribute('stroke-width', String(8 + stack * 2 * OUTLINE_STEP))
    outline.setAttribute('stroke-linejoin', 'round')
    outline.setAttribute('stroke-linecap', 'round')
  } else if (element.width !== undefined && element.height !== undefined) {
    const gap = OUTLINE_GAP + stack * OUTLINE_STEP
    outline = document.createElementNS(SVG, 'rect')
    outline.setAttribute('x', String((element.x ?? 0) - gap))
    outline.setAttribute('y', String((element.y ?? 0) - gap))
    outline.setAttribute('width', String(element.width + 2 * gap))
    outline.setAttribute('height', String(element.height + 2 * gap))
    outline.setAttribute('rx', '6')
    outline.setAttribute('stroke-width', '3')
  } else {
    return null
  }
  outline.setAttribute('fill', 'none')
  outline.setAttribute('stroke', remote.colour.fill)
  outline.setAttribute('data-element-id', element.id)
  outline.setAttribute('data-client-id', String(remote.clientId))
  outline.setAttribute('data-user-id', remote.user.userId)
  return outline
}

function nameLabel(remote: RemoteSelection): HTMLElement {
  const label = document.createElement('div')
  label.className = 'bauplan-presence-label'
  label.textContent = remote.user.name
  label.style.backgroundColor = remote.colour.fill
  label.style.color = remote.colour.text
  label.dataset.clientId = String(remote.clientId)
  return label
}

/** Whether the element belongs to the plane shown now (collapsed sub-processes have their own). */
function isIn(element: CanvasElement, root: CanvasElement): boolean {
  for (let at: CanvasElement | null | undefined = element; at; at = at.parent) {
    if (at === root) return true
  }
  return false
}
