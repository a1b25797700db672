// bpmn-js-differ ships no types. Only what src/diff uses is declared; elements stay loosely typed
// because their shape depends on the bpmn-moddle metamodel at run time.
declare module 'bpmn-js-differ' {
  export interface DifferElement {
    $type: string
    id?: string
    name?: string
    [key: string]: unknown
  }

  export interface DifferChange {
    model: DifferElement
    attrs: Record<string, { oldValue: unknown; newValue: unknown }>
  }

  export interface DifferResult {
    _added: Record<string, DifferElement>
    _removed: Record<string, DifferElement>
    _changed: Record<string, DifferChange>
    _layoutChanged: Record<string, DifferElement>
  }

  /** Compares two bpmn-moddle `bpmn:Definitions` trees. */
  export function diff(oldDefinitions: object, newDefinitions: object): DifferResult
}
