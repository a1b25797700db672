/**
 * A model element as bpmn-moddle (and dmn-moddle) produce it. Deliberately light: which properties
 * exist depends on the metamodel loaded at run time, so callers read them through the helpers in
 * `moddleTree.ts` instead of trusting a static shape.
 */
export interface ModdleElement {
  $type: string
  id?: string
  [key: string]: unknown
}
