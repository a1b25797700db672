import type { ModdleElement, Problem } from '@bauplan/domain'
import type * as Y from 'yjs'
import { decodeModel } from '../document/decodeModel'
import { entryOf, modelSpace, type ModelSpace } from '../document/modelSpace'
import { reconcileDefinitions } from '../document/reconcileDefinitions'
import { OperationError } from '../operations/operationError'
import { createUndoManager } from '../undo/createUndoManager'
import { observeModelChanges } from './observeModelChanges'
import { applyToCanvas, type CanvasServices } from './applyToCanvas'
import { assignImplicitIds } from './assignImplicitIds'
import type { BpmnModelerLike, CommandStack } from './diagramTypes'
import { mergeDefinitions, type ModelerModdle } from './mergeDefinitions'
import { redrawDiagram, redrawProblem, rootChanged } from './redrawDiagram'

export interface BpmnBindingOptions {
  /** The BPMN file of the draft the modeler shows. */
  fileName: string
  /** This user's transaction origin: what per-user undo tracks. Any value unique to the binding. */
  origin: unknown
  /**
   * Told when a remote change had to be drawn by redrawing the whole diagram (see
   * `redrawDiagram`); the editor may show it. Default: `console.warn`.
   */
  onProblem?: (problem: Problem) => void
}

export interface BpmnBinding {
  /** Stops syncing and gives bpmn-js its own undo/redo back. */
  destroy(): void
  /** Reverts this user's last change (never anyone else's). */
  undo(): void
  redo(): void
  canUndo(): boolean
  canRedo(): boolean
}

/**
 * Binds a running bpmn-js Modeler to the BPMN model `fileName` of a draft's Y.Doc. The modeler
 * must show that model (imported from `deriveFiles(doc)`); on binding, whatever differs — updates
 * that arrived since the XML was derived, details the import normalised — is merged in first.
 *
 * - **Local:** after every top-level command (`commandStack.changed`, trigger `execute`: once per
 *   command, after all behaviours ran) the implicit ids are normalised and the modeler's tree is
 *   written with `reconcileDefinitions` in ONE transaction with `origin` — correct for every
 *   command, and it writes only the difference.
 * - **Remote** (any other origin, including this user's undo/redo): the model is decoded from the
 *   document, merged into the modeler's tree in place and the canvas is updated incrementally
 *   (`applyToCanvas`). We do not replay bpmn-js commands for this: replayed commands run
 *   behaviours that create objects with random ids and would need to be removed from the command
 *   stack again; decoding gives the state the document settled on (including conflict repairs),
 *   identical on every client.
 * - **Undo/redo:** bpmn-js's command stack would undo remote changes too, so `commandStack.undo`/
 *   `redo`/`canUndo`/`canRedo` of this modeler are routed to a `Y.UndoManager` tracking `origin`.
 *   The keyboard (Ctrl+Z/Ctrl+Y) and `editorActions` call exactly these, so they follow. An undone
 *   change comes back from the document like a remote one.
 */
export function bindBpmnModeler(
  modeler: BpmnModelerLike,
  doc: Y.Doc,
  options: BpmnBindingOptions
): BpmnBinding {
  const { fileName, origin } = options
  const space = modelSpace(doc, fileName)
  if (!space || space.kind !== 'bpmn') {
    throw new OperationError('unknownModel', {
      de: `Der Entwurf hat kein BPMN-Modell „${fileName}“.`,
      en: `The draft has no BPMN model "${fileName}".`,
    })
  }
  const eventBus = modeler.get('eventBus') as CanvasServices['eventBus']
  const commandStack = modeler.get('commandStack') as CommandStack
  const moddle = modeler.get('moddle') as ModelerModdle
  const services: CanvasServices = {
    eventBus,
    canvas: modeler.get('canvas') as CanvasServices['canvas'],
    elementRegistry: modeler.get('elementRegistry') as CanvasServices['elementRegistry'],
    bpmnImporter: modeler.get('bpmnImporter') as CanvasServices['bpmnImporter'],
    selection: modeler.get('selection') as CanvasServices['selection'],
  }
  const definitions = (): ModdleElement => {
    const current = modeler.getDefinitions()
    if (!current) {
      throw new OperationError('noDiagram', {
        de: 'Der Modeler zeigt kein Diagramm; zuerst importieren, dann binden.',
        en: 'The modeler shows no diagram; import it first, then bind.',
      })
    }
    return current
  }
  definitions()

  const undoManager = createUndoManager(doc, origin)
  let applyingRemote = false

  const writeLocal = (event: Record<string, unknown>) => {
    if (applyingRemote || event.trigger !== 'execute') return
    const tree = definitions()
    assignImplicitIds(tree, (id) => isKnown(space, id), moddle)
    reconcileDefinitions(doc, origin, fileName, tree)
  }
  eventBus.on('commandStack.changed', 500, writeLocal)

  const report =
    options.onProblem ?? ((problem: Problem) => console.warn(problem.message.en, problem))
  const redraw = (tree: ModdleElement, cause?: unknown) => {
    if (cause !== undefined) report(redrawProblem(fileName, cause))
    redrawDiagram(modeler, services, tree).catch((error: unknown) =>
      report(redrawProblem(fileName, error))
    )
  }
  /** Makes the modeler show the document's model: merge, then draw what differs. */
  const pull = () => {
    applyingRemote = true
    const tree = definitions()
    try {
      const decoded = decodeModel(space).definitions
      const merge = mergeDefinitions(tree, decoded, moddle)
      const plane = planeOf(tree)
      if (rootChanged(services, plane)) redraw(tree)
      else applyToCanvas(services, plane, merge)
    } catch (error) {
      // Usually only drawing went wrong and the tree is fully merged. Should merging itself have
      // failed, the redraw shows the partly merged tree; the problem is reported either way, and
      // the next remote change merges again from the whole document.
      redraw(tree, error)
    } finally {
      applyingRemote = false
    }
  }
  // Start equal: what bpmn-js's import dropped or normalised (e.g. namespace declarations of
  // extensions it knows) and updates that arrived after the XML was derived are taken over now,
  // so the first local command writes only its own change.
  pull()
  const stopObserving = observeModelChanges(space, (changes) => {
    if (changes.origin !== origin) pull()
  })

  const ownStack = {
    undo: commandStack.undo,
    redo: commandStack.redo,
    canUndo: commandStack.canUndo,
    canRedo: commandStack.canRedo,
  }
  const binding: BpmnBinding = {
    undo: () => {
      undoManager.undo()
    },
    redo: () => {
      undoManager.redo()
    },
    canUndo: () => undoManager.canUndo(),
    canRedo: () => undoManager.canRedo(),
    destroy: () => {
      stopObserving()
      eventBus.off('commandStack.changed', writeLocal)
      Object.assign(commandStack, ownStack)
      undoManager.destroy()
    },
  }
  Object.assign(commandStack, {
    undo: binding.undo,
    redo: binding.redo,
    canUndo: binding.canUndo,
    canRedo: binding.canRedo,
  })
  return binding
}

function isKnown(space: ModelSpace, id: string): boolean {
  return entryOf(space, id) !== undefined
}

function planeOf(definitions: ModdleElement): ModdleElement {
  const diagrams = definitions.diagrams as ModdleElement[] | undefined
  const plane = diagrams?.[0]?.plane as ModdleElement | undefined
  if (!plane) {
    throw new OperationError('noDiagram', {
      de: 'Das Modell hat kein Diagramm (bpmndi:BPMNDiagram).',
      en: 'The model has no diagram (bpmndi:BPMNDiagram).',
    })
  }
  return plane
}
