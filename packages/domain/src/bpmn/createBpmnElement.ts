import { bpmnModdle } from './bpmnModdle'
import type { ModdleElement } from './moddleElement'

/**
 * Creates a BPMN model element of `type` (e.g. `bpmn:UserTask`, `dc:Bounds`) with the given
 * properties, through the same bpmn-moddle instance (with the bauplan extension) that parses and
 * writes. For code that builds a model instead of reading one, e.g. the collaboration package that
 * derives the XML of a draft from its shared document. The element carries its `$descriptor`.
 */
export function createBpmnElement(
  type: string,
  properties: Record<string, unknown> = {}
): ModdleElement {
  return bpmnModdle().create(type, properties)
}
