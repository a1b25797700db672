import type { ModdleElement } from '@bauplan/domain'
import type { ModelKind } from './modelKind'
import { readModelState } from './modelState'
import { writeNewModel, type ModelMaps } from './writeModel'

export { ANONYMOUS_ROOT_KEY } from './modelState'

/**
 * Writes a moddle tree into the (empty) maps of a model space — call inside a transaction.
 * Returns the key of the root entry.
 */
export function encodeModel(
  kind: ModelKind,
  definitions: ModdleElement,
  target: ModelMaps
): string {
  const state = readModelState(kind, definitions)
  writeNewModel(kind, state, target)
  return state.root
}
