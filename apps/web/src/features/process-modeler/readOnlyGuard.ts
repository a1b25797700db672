import type { EventBus } from './bpmnServices'

/** The part of diagram-js's command stack the guard wraps. */
interface GuardedCommandStack {
  canExecute(command: string, context: unknown): unknown
  execute(command: string, context: unknown): void
}

/** Above bpmn-js's label editing provider (priority 1000 and lower). */
const GUARD_PRIORITY = 10_000

/**
 * Keeps a modeler from changing the diagram while `isReadOnly()` says so (a reader of a shared
 * draft, or editing stopped), without re-creating it: bpmn-js has no read-only switch.
 *
 * - Every tool asks the rules before moving, connecting, creating or deleting, and the rules ask
 *   `commandStack.canExecute`: refusing there makes the tools show "not allowed".
 * - Anything that executes without asking (label editing, the properties panel) is dropped at
 *   `commandStack.execute`. Remote changes of a shared draft are drawn without the command stack
 *   (bindBpmnModeler), so they still arrive.
 * - A double click does not open label editing. The palette and context pad are hidden by CSS
 *   (`.bauplan-read-only`), the properties panel is inert.
 */
export function guardReadOnly(
  commandStack: GuardedCommandStack,
  eventBus: EventBus,
  isReadOnly: () => boolean
): void {
  const canExecute = commandStack.canExecute.bind(commandStack)
  const execute = commandStack.execute.bind(commandStack)
  commandStack.canExecute = (command, context) =>
    isReadOnly() ? false : canExecute(command, context)
  commandStack.execute = (command, context) => {
    if (!isReadOnly()) execute(command, context)
  }
  eventBus.on('element.dblclick', GUARD_PRIORITY, () => (isReadOnly() ? false : undefined))
}
