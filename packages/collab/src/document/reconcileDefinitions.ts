import type { ModdleElement } from '@bauplan/domain'
import type * as Y from 'yjs'
import { OperationError } from '../operations/operationError'
import { readModelState } from './modelState'
import { modelSpace } from './modelSpace'
import { reconcileModel } from './writeModel'

/**
 * The generic write path for an editor binding: makes the model `file` of the document equal to
 * `definitions` (the tree bpmn-js/dmn-js holds after a command ran with all its behaviours),
 * writing only what differs, in one transaction with `origin`. Commands the typed operations do
 * not cover (participants, lanes, data associations, sub-process expansion, …) go this way.
 */
export function reconcileDefinitions(
  doc: Y.Doc,
  origin: unknown,
  file: string,
  definitions: ModdleElement
): void {
  const space = modelSpace(doc, file)
  if (!space) {
    throw new OperationError('unknownModel', {
      de: `Der Entwurf hat kein Modell „${file}“.`,
      en: `The draft has no model "${file}".`,
    })
  }
  const state = readModelState(space.kind, definitions)
  if (state.root !== space.root) {
    throw new OperationError('otherModel', {
      de: `Das Modell hat die Wurzel „${state.root}“, im Dokument steht „${space.root}“; es ist ein anderes Modell.`,
      en: `The model's root is "${state.root}", the document holds "${space.root}"; it is a different model.`,
    })
  }
  doc.transact(() => reconcileModel(space.kind, state, space), origin)
}
