/**
 * The diagram-js services bindRemoteSelections uses, typed narrowly: diagram-js is not a direct
 * dependency of the web app, so these interfaces name exactly the surface an upgrade must keep.
 */
export interface CanvasElement {
  id: string
  parent?: CanvasElement | null
  x?: number
  y?: number
  width?: number
  height?: number
  waypoints?: { x: number; y: number }[]
}

export type DiagramListener = (event: { newSelection?: CanvasElement[] }) => void

export interface DiagramEventBus {
  on(events: string | string[], priority: number, listener: DiagramListener): void
  off(events: string | string[], listener: DiagramListener): void
}

export interface DiagramServices {
  eventBus: DiagramEventBus
  elementRegistry: {
    get(id: string): CanvasElement | undefined
    /** The element's graphics group (`g.djs-element`), which holds its `.djs-visual`. */
    getGraphics(element: CanvasElement): SVGGElement | undefined
  }
  selection: { get(): CanvasElement[] }
  overlays: {
    add(
      element: CanvasElement,
      type: string,
      overlay: { position: object; html: HTMLElement }
    ): string
    remove(filter: { type: string }): void
  }
}

/** A bpmn-js Modeler (or Viewer) as far as presence needs it. */
export interface ServiceContainer {
  get(name: string): unknown
}

export function diagramServices(modeler: ServiceContainer): DiagramServices {
  return {
    eventBus: modeler.get('eventBus') as DiagramEventBus,
    elementRegistry: modeler.get('elementRegistry') as DiagramServices['elementRegistry'],
    selection: modeler.get('selection') as DiagramServices['selection'],
    overlays: modeler.get('overlays') as DiagramServices['overlays'],
  }
}
