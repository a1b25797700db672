import type { ModdleElement, Problem } from '@bauplan/domain'
import type * as Y from 'yjs'
import { decodeEntries } from '../document/decodeEntries'
import { decodeModel } from '../document/decodeModel'
import { entryOf, modelSpace, type ModelSpace } from '../document/modelSpace'
import { reconcileDefinitions } from '../document/reconcileDefinitions'
import { ReferrerIndex } from '../document/referrerIndex'
import { OperationError } from '../operations/operationError'
import { createUndoManager } from '../undo/createUndoManager'
import { observeModelChanges, type ModelChanges } from './observeModelChanges'
import { applyChangesToCanvas } from './applyChangesToCanvas'
import { applyToCanvas, type CanvasServices } from './applyToCanvas'
import { assignImplicitIds } from './assignImplicitIds'
import type { BpmnModelerLike, CommandStack } from './diagramTypes'
import { mergeDefinitions, type ModelerModdle } from './mergeDefinitions'
import { mergeEntries } from './mergeEntries'
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
  /** How remote changes were applied so far: incrementally, or by decoding the whole model (why). */
  remoteStats(): RemoteStats
}

export interface RemoteStats {
  incremental: number
  whole: number
  /** Count of whole-model decodes by reason (`bind`, `local edit`, `root`, `lanes`, …). */
  reasons: Record<string, number>
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
 * - **Remote** (any other origin, including this user's undo/redo): only the entries the change
 *   reaches are decoded (`decodeEntries`), merged into the modeler's tree in place
 *   (`mergeEntries`) and only their canvas elements are updated (`applyChangesToCanvas`) — the
 *   cost follows the change, not the diagram. What that cannot decide locally (the root, lanes,
 *   a type change, after a local edit) is decoded and merged as a whole model (`decodeModel`,
 *   `mergeDefinitions`, `applyToCanvas`); `remoteStats` counts both. We do not replay bpmn-js commands for this: replayed commands run
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
  const referrers = new ReferrerIndex(space)
  const stats: RemoteStats = { incremental: 0, whole: 0, reasons: {} }
  /**
   * The modeler's elements by id, equal to the decoded document: kept by incremental merges,
   * dropped when the modeler's tree changed otherwise (a local command, a failed merge).
   */
  let index: Map<string, ModdleElement> | undefined
  /** Makes the modeler show the document's model: merge, then draw what differs. */
  const pull = (changes: ModelChanges | undefined, reason: string) => {
    applyingRemote = true
    const tree = definitions()
    try {
      const keys = changes ? changedKeys(changes) : []
      const plan =
        index && changes ? decodeEntries(space, keys, index, referrers) : { fallback: reason }
      if ('decoded' in plan && index) {
        stats.incremental++
        const merge = mergeEntries(index, plan.decoded, plan.dead, moddle)
        const plane = planeOf(tree)
        if (rootChanged(services, plane)) redraw(tree)
        else applyChangesToCanvas(services, plane, merge)
        return
      }
      const why = 'fallback' in plan ? plan.fallback : reason
      stats.whole++
      stats.reasons[why] = (stats.reasons[why] ?? 0) + 1
      index = undefined
      const decoded = decodeModel(space).definitions
      const merge = mergeDefinitions(tree, decoded, moddle)
      index = merge.index
      const plane = planeOf(tree)
      if (rootChanged(services, plane)) redraw(tree)
      else applyToCanvas(services, plane, merge)
    } catch (error) {
      index = undefined
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
  pull(undefined, 'bind')
  const stopObserving = observeModelChanges(space, (changes) => {
    for (const key of changedKeys(changes)) referrers.update(key)
    if (changes.origin !== origin) pull(changes, 'local edit')
    else index = undefined
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
    remoteStats: () => ({ ...stats, reasons: { ...stats.reasons } }),
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

function changedKeys(changes: ModelChanges): string[] {
  const { elements, di } = changes
  return [
    ...elements.added,
    ...elements.updated,
    ...elements.removed,
    ...di.added,
    ...di.updated,
    ...di.removed,
  ]
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
