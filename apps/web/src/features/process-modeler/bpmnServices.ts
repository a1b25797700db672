/**
 * The few diagram-js/bpmn-js services this feature calls, typed narrowly. diagram-js is not a direct
 * dependency of the web app (it comes with bpmn-js), so its own types cannot be imported here; these
 * interfaces name exactly the methods we rely on, which also documents the surface an upgrade must keep.
 */

/** A business object from bpmn-moddle: `get`/`set` read and write attributes incl. extensions. */
export interface BusinessObject {
  $type: string
  id: string
  name?: string
  get(name: string): unknown
  set(name: string, value: unknown): void
}

export interface DiagramElement {
  id: string
  type: string
  businessObject: BusinessObject
  waypoints?: unknown[]
  labelTarget?: DiagramElement
}

/** The fields of diagram-js events this feature reads; each event carries only some of them. */
export interface BusEvent {
  element?: DiagramElement
  elements?: DiagramElement[]
  newSelection?: DiagramElement[]
  [key: string]: unknown
}

export type BusListener = (event: BusEvent) => unknown

export interface EventBus {
  on(event: string | string[], callback: BusListener): void
  on(event: string | string[], priority: number, callback: BusListener): void
  off(event: string | string[], callback: BusListener): void
  fire(event: string, data?: unknown): unknown
}

export interface ElementRegistry {
  get(id: string): DiagramElement | undefined
  getAll(): DiagramElement[]
  filter(predicate: (element: DiagramElement) => boolean): DiagramElement[]
}

export interface Modeling {
  updateProperties(element: DiagramElement, properties: Record<string, unknown>): void
  createShape(
    shape: { type: string } | Record<string, unknown>,
    position: { x: number; y: number },
    parent: DiagramElement
  ): DiagramElement
}

export interface ElementFactory {
  createShape(attrs: { type: string }): Record<string, unknown>
}

export interface Selection {
  select(elements: DiagramElement | DiagramElement[] | null): void
  get(): DiagramElement[]
}

export interface Canvas {
  getRootElement(): DiagramElement
  scrollToElement(element: DiagramElement): void
  zoom(level?: 'fit-viewport' | number, center?: 'auto'): number
  addMarker(element: DiagramElement | string, marker: string): void
  removeMarker(element: DiagramElement | string, marker: string): void
  focus?(): void
}

export interface CommandStack {
  undo(): void
  redo(): void
  canUndo(): boolean
  canRedo(): boolean
  clear(): void
}

export interface Overlays {
  add(
    element: DiagramElement | string,
    type: string,
    overlay: { position: object; html: HTMLElement | string }
  ): string
  remove(filter: { type?: string; element?: string }): void
}

/** The `get(serviceName)` half of a bpmn-js viewer or modeler, which is all the helpers need. */
export interface ServiceLocator {
  get<T>(name: string): T
}
