// dmn-js ships no type declarations; this declares the part of its Modeler the workbench uses.
declare module 'dmn-js/lib/Modeler' {
  export interface DmnView {
    id: string
    name?: string
    type: 'drd' | 'decisionTable' | 'literalExpression' | 'boxedExpression' | string
    element: { id: string; name?: string; $type: string }
  }

  export interface DmnViewer {
    get<T>(name: string): T
  }

  export default class DmnModeler {
    constructor(options: { container?: HTMLElement; [key: string]: unknown })
    importXML(xml: string): Promise<{ warnings: unknown[] }>
    saveXML(options?: { format?: boolean }): Promise<{ xml: string }>
    getViews(): DmnView[]
    getActiveView(): DmnView | undefined
    getActiveViewer(): DmnViewer | undefined
    open(view: DmnView): Promise<unknown>
    on(
      event: string,
      callback: (event: { viewer?: DmnViewer; views?: DmnView[]; activeView?: DmnView }) => void
    ): void
    off(event: string, callback: (...args: unknown[]) => void): void
    destroy(): void
  }
}
