import { bindDmnModeler, type DmnModelerLike } from '@bauplan/collab'
import type { Problem } from '@bauplan/domain'
import type DmnModeler from 'dmn-js/lib/Modeler'
import type * as Y from 'yjs'

/** The shared document a decision model is edited in together with others. */
export interface DecisionCollab {
  doc: Y.Doc
  /** The DMN file of the draft this modeler shows. */
  fileName: string
  /** This user's transaction origin: undo reverts only changes made with it. */
  origin: unknown
}

/** Undo and redo of the decision modeler, and when their availability may have changed. */
export interface DecisionHistory {
  undo(): void
  redo(): void
  canUndo(): boolean
  canRedo(): boolean
  /** Calls `listener` whenever undo/redo availability may have changed; returns the unsubscribe. */
  subscribe(listener: () => void): () => void
  destroy(): void
}

interface CommandStackLike {
  undo(): void
  redo(): void
  canUndo(): boolean
  canRedo(): boolean
}

/**
 * The history the undo/redo buttons use. Alone, it is the active dmn-js view's own command stack.
 * With a shared document, the modeler is bound to it (`bindDmnModeler`, after the first import):
 * undo then reverts only this user's changes, and remote changes arrive without a re-import. The
 * binding routes dmn-js's command stacks to the same per-user history, so Ctrl+Z agrees with the
 * buttons either way.
 */
export function createDecisionHistory(
  modeler: DmnModeler,
  collab: DecisionCollab | undefined,
  onProblem?: (problem: Problem) => void
): DecisionHistory {
  const binding =
    collab &&
    bindDmnModeler(modeler as unknown as DmnModelerLike, collab.doc, {
      fileName: collab.fileName,
      origin: collab.origin,
      ...(onProblem ? { onProblem } : {}),
    })
  const stack = (): CommandStackLike | undefined =>
    binding ?? modeler.getActiveViewer()?.get<CommandStackLike>('commandStack')
  return {
    undo: () => stack()?.undo(),
    redo: () => stack()?.redo(),
    canUndo: () => stack()?.canUndo() ?? false,
    canRedo: () => stack()?.canRedo() ?? false,
    subscribe(listener) {
      // Own commands change dmn-js's stacks; with a shared document any transaction may change
      // the per-user history (own edits, undo itself), and switching views switches stacks.
      const onViews = () => listener()
      modeler.on('views.changed', onViews)
      const offCommands = onEveryViewerCommand(modeler, listener)
      collab?.doc.on('afterTransaction', listener)
      return () => {
        modeler.off('views.changed', onViews)
        offCommands()
        collab?.doc.off('afterTransaction', listener)
      }
    },
    destroy: () => binding?.destroy(),
  }
}

interface EventBusLike {
  on(event: string, callback: () => void): void
  off(event: string, callback: () => void): void
}

/** `commandStack.changed` of the active viewer and of every viewer dmn-js creates later. */
function onEveryViewerCommand(modeler: DmnModeler, listener: () => void): () => void {
  const buses = new Set<EventBusLike>()
  const attach = (bus: EventBusLike | undefined) => {
    if (!bus || buses.has(bus)) return
    buses.add(bus)
    bus.on('commandStack.changed', listener)
  }
  const onCreated = ({ viewer }: { viewer?: { get<T>(name: string): T } }) =>
    attach(viewer?.get<EventBusLike>('eventBus'))
  modeler.on('viewer.created', onCreated)
  attach(modeler.getActiveViewer()?.get<EventBusLike>('eventBus'))
  return () => {
    modeler.off('viewer.created', onCreated as (...args: unknown[]) => void)
    for (const bus of buses) bus.off('commandStack.changed', listener)
  }
}
