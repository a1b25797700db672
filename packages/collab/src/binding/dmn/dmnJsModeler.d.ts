// dmn-js ships no type declarations; the binding's browser tests create a real Modeler. The
// binding itself types what it touches structurally (dmnTypes.ts) and never imports dmn-js.
declare module 'dmn-js/lib/Modeler' {
  import type { ModdleElement } from '@bauplan/domain'

  export interface DmnViewer {
    get(name: string, strict?: boolean): unknown
  }

  export interface DmnView {
    id: string
    type: string
    element: ModdleElement
  }

  export default class DmnModeler {
    constructor(options: { container?: HTMLElement; [key: string]: unknown })
    importXML(xml: string): Promise<{ warnings: unknown[] }>
    saveXML(options?: { format?: boolean }): Promise<{ xml: string }>
    getDefinitions(): ModdleElement | undefined
    getActiveView(): DmnView | undefined
    getActiveViewer(): DmnViewer | undefined
    getViews(): DmnView[]
    open(view: DmnView): Promise<unknown>
    on(event: string, callback: (event: { viewer?: DmnViewer }) => void): void
    off(event: string, callback: (event: { viewer?: DmnViewer }) => void): void
    destroy(): void
  }
}
