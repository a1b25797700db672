import type { CommandStack, DmnModelerLike, DmnViewerLike, EventBus } from './dmnTypes'
import { skipUnchangedUpdates, type ExecutingCommandStack } from './skipUnchangedUpdates'

type Listener = (event: Record<string, unknown>) => unknown

/** What the binding puts into every viewer: its command listener and its undo/redo. */
export interface ViewerHook {
  onCommand: Listener
  undo: CommandStack
}

/**
 * dmn-js runs one viewer per kind of view (DRD, decision table, literal expression, boxed
 * expression), each with its own event bus and command stack, created lazily when a view of that
 * kind is first opened. This hooks every viewer the user can command: the active one now, and each
 * one dmn-js creates later (`viewer.created`) — a viewer can only run commands while it is active,
 * so a viewer created before binding and not active now is hooked when it becomes active again
 * (`import.render.complete` after opening it). Each command stack also skips property updates
 * that change nothing (`skipUnchangedUpdates`). Returns the function that unhooks all of them and
 * gives each command stack its own undo/redo and execute back.
 */
export function hookViewers(modeler: DmnModelerLike, hook: ViewerHook): () => void {
  const unhooks = new Map<DmnViewerLike, () => void>()
  const attach = (viewer: DmnViewerLike | undefined) => {
    if (!viewer || unhooks.has(viewer)) return
    const eventBus = viewer.get('eventBus') as EventBus
    const commandStack = viewer.get('commandStack', false) as CommandStack | undefined
    // Late, after dmn-js's own listeners: the model holds the command's full result by then.
    eventBus.on('commandStack.changed', 500, hook.onCommand)
    const own = commandStack && {
      undo: commandStack.undo,
      redo: commandStack.redo,
      canUndo: commandStack.canUndo,
      canRedo: commandStack.canRedo,
    }
    if (commandStack) {
      Object.assign(commandStack, {
        undo: () => hook.undo.undo(),
        redo: () => hook.undo.redo(),
        canUndo: () => hook.undo.canUndo(),
        canRedo: () => hook.undo.canRedo(),
      })
    }
    const keepUnchanged =
      commandStack && skipUnchangedUpdates(commandStack as unknown as ExecutingCommandStack)
    unhooks.set(viewer, () => {
      eventBus.off('commandStack.changed', hook.onCommand)
      keepUnchanged?.()
      if (commandStack && own) Object.assign(commandStack, own)
    })
  }
  const onCreated = (event: { viewer?: DmnViewerLike }) => attach(event.viewer)
  const onOpened = () => attach(modeler.getActiveViewer())
  modeler.on('viewer.created', onCreated)
  modeler.on('import.render.complete', onOpened)
  attach(modeler.getActiveViewer())
  return () => {
    modeler.off('viewer.created', onCreated)
    modeler.off('import.render.complete', onOpened)
    for (const unhook of unhooks.values()) unhook()
    unhooks.clear()
  }
}
