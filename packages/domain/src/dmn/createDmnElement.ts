import type { ModdleElement } from '../bpmn/moddleElement'
import { dmnModdle } from './moddle'

/**
 * Creates a DMN 1.3 model element of `type` (e.g. `dmn:DecisionRule`) with the given properties,
 * through the dmn-moddle instance that parses and writes. The element carries its `$descriptor`.
 */
export function createDmnElement(
  type: string,
  properties: Record<string, unknown> = {}
): ModdleElement {
  return dmnModdle().create(type, properties)
}
