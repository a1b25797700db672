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
import { presenceLabel } from './presenceLabel'

/** The overlay type of the name labels; outlines carry the class `${PRESENCE_LAYER}-outline`. */
export const PRESENCE_LAYER = 'bauplan-presence'
const OUTLINE_CLASS = `${PRESENCE_LAYER}-outline`
const SVG = 'http://www.w3.org/2000/svg'
/** Gap between a shape and the first outline; each further user's outline sits one step out. */
const OUTLINE_GAP = 6
const OUTLINE_STEP = 4
const CONNECTION_HALO_OPACITY = 0.45
/** Diagram changes that can move, add or remove outlined elements, or switch the shown plane. */
const REDRAW_EVENTS = [
  'elements.changed',
  'shape.removed',
  'connection.removed',
  'import.done',
  'root.set',
]

/**
 * Shows on a diagram-js canvas (bpmn-js, the dmn-js DRD) what other people have selected in `fileName`, and tells them what
 * is selected here.
 *
 * - The local selection (diagram-js `selection.changed`) is published into the awareness.
 * - Every remote selection is outlined in its user's colour, with the user's name beside the
 *   first selected element (an overlay). Outlines are redrawn when the awareness changes and when
 *   elements change, so an element deleted (here or by someone else) loses its outline and a
 *   moved one takes it along.
 *
 * An outline is appended to the element's own graphics group, after its visual, where diagram-js
 * puts its own selection outline. The visual must stay the group's first child: diagram-js takes
 * `childNodes[0]` as the element's drawing and redraws into it, so an outline in front of it
 * would swallow every later redraw (a rename would not show). Being in the element's group, the
 * outline is painted after (above) the pool and lanes around the element, whose fill would hide
 * a layer beneath the diagram; a layer above the whole diagram would need its own coordinates
 * and would outline elements of other planes (sub-process drill-down). The shape outline sits
 * outside the shape; a connection's is a translucent halo, as it lies on the line. diagram-js
 * redraws only the visual, so the outline stays until it is redrawn here; clicks pass through it.
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
  let outlines: SVGElement[] = []

  const publish = () => {
    setLocalSelection(
      awareness,
      fileName,
      selection.get().map((element) => element.id)
    )
  }
  const clear = () => {
    for (const outline of outlines) outline.remove()
    outlines = []
    services.overlays.remove({ type: PRESENCE_LAYER })
  }
  const redraw = () => {
    const selections = remoteSelections(awareness, awareness.clientID, fileName)
    // Most changes happen with nobody else selecting anything: then there is nothing to redo.
    if (outlines.length === 0 && selections.length === 0) return
    clear()
    outlines = draw(services, selections)
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
    clear()
    clearLocalSelection(awareness, fileName)
  }
}

/** Draws all outlines and labels; returns the outlines drawn. */
function draw(services: DiagramServices, selections: readonly RemoteSelection[]): SVGElement[] {
  const { elementRegistry, overlays } = services
  // How many outlines an element already has, so a second person's outline goes around the first.
  const outlinesOf = new Map<string, number>()
  const drawn: SVGElement[] = []
  for (const remote of selections) {
    let labelled = false
    for (const id of remote.ids) {
      const element = elementRegistry.get(id)
      const gfx = element && elementRegistry.getGraphics(element)
      if (!element || !gfx || !element.parent) continue
      const stack = outlinesOf.get(id) ?? 0
      const outline = outlineOf(element, remote, stack)
      if (!outline) continue
      outlinesOf.set(id, stack + 1)
      // Last in the group (see above): after the visual and any outline drawn before it.
      gfx.append(outline)
      drawn.push(outline)
      if (!labelled) {
        overlays.add(element, PRESENCE_LAYER, {
          position: { top: -22 - stack * 20, left: 0 },
          html: presenceLabel(remote),
        })
        labelled = true
      }
    }
  }
  return drawn
}

/** An outline in the element's own coordinates (shapes are translated, connections are not). */
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
    // Drawn over the line: translucent, so the line (and its arrow) stays visible through it.
    outline.setAttribute('stroke-opacity', String(CONNECTION_HALO_OPACITY))
  } else if (element.width !== undefined && element.height !== undefined) {
    const gap = OUTLINE_GAP + stack * OUTLINE_STEP
    outline = document.createElementNS(SVG, 'rect')
    outline.setAttribute('x', String(-gap))
    outline.setAttribute('y', String(-gap))
    outline.setAttribute('width', String(element.width + 2 * gap))
    outline.setAttribute('height', String(element.height + 2 * gap))
    outline.setAttribute('rx', '6')
    outline.setAttribute('stroke-width', '3')
  } else {
    return null
  }
  outline.setAttribute('class', OUTLINE_CLASS)
  outline.setAttribute('fill', 'none')
  outline.setAttribute('pointer-events', 'none')
  outline.setAttribute('stroke', remote.colour.fill)
  outline.setAttribute('data-element-id', element.id)
  outline.setAttribute('data-client-id', String(remote.clientId))
  outline.setAttribute('data-user-id', remote.user.userId)
  return outline
}
