import type { ModdleElement } from '@bauplan/domain'

/*
 * The few diagram-js/bpmn-js shapes the binding touches, typed structurally: the package does not
 * depend on bpmn-js's type declarations, and these are stable public services of bpmn-js 18.
 */

export interface DiagramElement {
  id: string
  type?: string
  businessObject: ModdleElement
  di?: ModdleElement
  parent?: DiagramElement | null
  children?: DiagramElement[]
  label?: DiagramElement
  labelTarget?: DiagramElement
  labels?: DiagramElement[]
  host?: DiagramElement | null
  attachers?: DiagramElement[]
  source?: DiagramElement | null
  target?: DiagramElement | null
  incoming?: DiagramElement[]
  outgoing?: DiagramElement[]
  waypoints?: { x: number; y: number }[]
  x?: number
  y?: number
  width?: number
  height?: number
  hidden?: boolean
}

export interface EventBus {
  on(event: string, priority: number, callback: (event: Record<string, unknown>) => unknown): void
  off(event: string, callback: (event: Record<string, unknown>) => unknown): void
  fire(event: string, data?: Record<string, unknown>): unknown
}

export interface ElementRegistry {
  get(id: string): DiagramElement | undefined
  getAll(): DiagramElement[]
}

export interface Canvas {
  getRootElement(): DiagramElement
  removeShape(shape: DiagramElement): void
  removeConnection(connection: DiagramElement): void
  viewbox(box?: { x: number; y: number; width: number; height: number }): {
    x: number
    y: number
    width: number
    height: number
    scale: number
  }
}

export interface BpmnImporter {
  add(semantic: ModdleElement, di: ModdleElement, parent: DiagramElement): DiagramElement
  addLabel(semantic: ModdleElement, di: ModdleElement, element: DiagramElement): DiagramElement
}

export interface Selection {
  get(): DiagramElement[]
  select(elements: DiagramElement[]): void
}

export interface CommandStack {
  undo(): void
  redo(): void
  canUndo(): boolean
  canRedo(): boolean
}

/** What the binding needs of a bpmn-js Modeler (`bpmn-js/lib/Modeler`). */
export interface BpmnModelerLike {
  get(name: string): unknown
  getDefinitions(): ModdleElement | undefined
  importDefinitions(definitions: ModdleElement): Promise<unknown>
}
