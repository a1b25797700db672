import type { ModdleElement, Problem } from '@bauplan/domain'
import type * as Y from 'yjs'
import { decodeModel } from '../../document/decodeModel'
import { entryOf, modelSpace } from '../../document/modelSpace'
import { reconcileDefinitions } from '../../document/reconcileDefinitions'
import { OperationError } from '../../operations/operationError'
import { createUndoManager } from '../../undo/createUndoManager'
import { mergeDefinitions, type ModelerModdle } from '../mergeDefinitions'
import { observeModelChanges } from '../observeModelChanges'
import type { DmnModelerLike, DmnViewerLike, EventBus, TableElementRegistry } from './dmnTypes'
import { fitRulesToColumns } from './fitRulesToColumns'
import { normalizeCellIds, type RenamedCell } from './normalizeCellIds'
import { refreshActiveView, reopenProblem } from './refreshActiveView'
import { expressionViewState } from './syncExpressionView'
import { hookViewers } from './viewerHooks'

export interface DmnBindingOptions {
  /** The DMN file of the draft the modeler shows. */
  fileName: string
  /** This user's transaction origin: what per-user undo tracks. Any value unique to the binding. */
  origin: unknown
  /**
   * Told when a remote change could not be shown step by step and the view was opened again
   * (`collab.redraw`); the editor may show it. Default: `console.warn`.
   */
  onProblem?: (problem: Problem) => void
}

export interface DmnBinding {
  /** Stops syncing and gives dmn-js's viewers their own undo/redo back. */
  destroy(): void
  /** Reverts this user's last change (never anyone else's). */
  undo(): void
  redo(): void
  canUndo(): boolean
  canRedo(): boolean
}

/**
 * Binds a running dmn-js Modeler to the DMN model `fileName` of a draft's Y.Doc. The modeler must
 * show that model (imported from `deriveFiles(doc)`); on binding, whatever differs — updates that
 * arrived since the XML was derived, details the import normalised — is merged in first.
 *
 * - **Local:** after every top-level command of any view (`commandStack.changed`, trigger
 *   `execute`), cells dmn-js just created get their derived id `<rule>_<column>` and dmn-js's
 *   definitions are written with `reconcileDefinitions` in ONE transaction with `origin`: a cell
 *   edit writes one `text` attribute, a new rule its entries and one list insert.
 * - **Remote** (any other origin, including this user's undo/redo): the model is decoded from the
 *   document and merged into dmn-js's definitions in place (`mergeDefinitions`); a decision table
 *   on screen is then updated through table-js's sheet (`syncDecisionTable`), a DRD through
 *   diagram-js's canvas (`syncDrd`, keeping its viewbox and selection), a literal or boxed
 *   expression re-renders in place through its viewer's `elements.changed` (`syncExpressionView`,
 *   keeping the focus). No XML is imported, and nothing enters dmn-js's command stacks.
 * - **Undo/redo:** every viewer's `commandStack.undo`/`redo`/`canUndo`/`canRedo` is routed to a
 *   `Y.UndoManager` tracking `origin`, so Ctrl+Z undoes only this user's changes.
 */
export function bindDmnModeler(
  modeler: DmnModelerLike,
  doc: Y.Doc,
  options: DmnBindingOptions
): DmnBinding {
  const { fileName, origin } = options
  const space = modelSpace(doc, fileName)
  if (!space || space.kind !== 'dmn') {
    throw new OperationError('unknownModel', {
      de: `Der Entwurf hat kein DMN-Modell „${fileName}“.`,
      en: `The draft has no DMN model "${fileName}".`,
    })
  }
  const definitions = (): ModdleElement => {
    const current = modeler.getDefinitions()
    if (!current) {
      throw new OperationError('noDiagram', {
        de: 'Der Modeler zeigt kein DMN-Modell; zuerst importieren, dann binden.',
        en: 'The modeler shows no DMN model; import it first, then bind.',
      })
    }
    return current
  }
  // All viewers of a dmn-js Modeler share one moddle (with dmn-js's id registry `ids`), the one
  // that created the definitions.
  const moddle = definitions().$model as ModelerModdle
  const known = (id: string) => entryOf(space, id) !== undefined
  const report =
    options.onProblem ?? ((problem: Problem) => console.warn(problem.message.en, problem))

  const undoManager = createUndoManager(doc, origin)
  // Writes that settle a merge (see `fitRulesToColumns`) are nobody's edit: another origin, so
  // per-user undo never reverts them.
  const repairOrigin = { repairBy: origin }
  let applyingRemote = false
  let destroyed = false

  const writeLocal = (event: Record<string, unknown>) => {
    if (applyingRemote || event.trigger !== 'execute') return
    const tree = definitions()
    const renamed = normalizeCellIds(tree, known, moddle)
    if (renamed.length > 0) showRenamedCells(modeler.getActiveViewer(), renamed)
    reconcileDefinitions(doc, origin, fileName, tree)
  }

  /**
   * Writes the rules `fitRulesToColumns` completed, after the transaction that caused it (Yjs is
   * still reporting it): every peer that merged the same state writes the same entries, so the
   * derived DMN fits its columns without waiting for someone's next edit.
   */
  const writeRepair = () => {
    if (destroyed) return
    reconcileDefinitions(doc, repairOrigin, fileName, definitions())
  }

  /** Makes dmn-js show the document's model: merge, then update the active view. */
  const pull = () => {
    applyingRemote = true
    try {
      const tree = definitions()
      const expressionBefore = expressionViewState(modeler.getActiveViewer())
      const merge = mergeDefinitions(tree, decodeModel(space).definitions, moddle)
      if (fitRulesToColumns(tree, moddle).length > 0) queueMicrotask(writeRepair)
      refreshActiveView(
        modeler,
        merge,
        (error) => report(reopenProblem(fileName, error)),
        expressionBefore
      )
    } catch (error) {
      report(reopenProblem(fileName, error))
    } finally {
      applyingRemote = false
    }
  }
  // Start equal: what dmn-js's import normalised and updates that arrived after the XML was
  // derived are taken over now, so the first local command writes only its own change.
  pull()
  const stopObserving = observeModelChanges(space, (changes) => {
    if (changes.origin !== origin) pull()
  })

  const binding: DmnBinding = {
    undo: () => {
      undoManager.undo()
    },
    redo: () => {
      undoManager.redo()
    },
    canUndo: () => undoManager.canUndo(),
    canRedo: () => undoManager.canRedo(),
    destroy: () => {
      destroyed = true
      stopObserving()
      unhook()
      undoManager.destroy()
    },
  }
  const unhook = hookViewers(modeler, { onCommand: writeLocal, undo: binding })
  return binding
}

/**
 * table-js keys its elements by id: a renamed cell's element takes the new id too (table-js moves
 * its change listeners along), and the table re-renders so the cell's DOM names it.
 */
function showRenamedCells(viewer: DmnViewerLike | undefined, renamed: RenamedCell[]): void {
  const registry = viewer?.get('elementRegistry', false) as TableElementRegistry | null | undefined
  const sheet = viewer?.get('sheet', false) as { getRoot(): { id: string } } | null | undefined
  if (!viewer || !registry || !sheet) return
  const changed = []
  for (const { cell, from, to } of renamed) {
    const element = registry.get(from)
    if (element?.businessObject !== cell) continue
    registry.updateId(element, to)
    changed.push(element)
  }
  if (changed.length === 0) return
  const eventBus = viewer.get('eventBus') as EventBus
  eventBus.fire('elements.changed', { elements: [sheet.getRoot(), ...changed] })
}
