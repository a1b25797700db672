import type { EventBus } from './bpmnServices'

/** Above every rule and editing provider of bpmn-js (their priorities are 1000–1500). */
const GUARD_PRIORITY = 10_000

/**
 * Keeps a modeler from changing the diagram while `isReadOnly()` says so (a reader of a shared
 * draft, or editing stopped), without re-creating it: bpmn-js has no read-only switch. Every tool
 * asks the rules (`commandStack.canExecute`) before moving, connecting, creating or deleting, so
 * refusing there blocks them; label editing starts on a double click, which is swallowed. The
 * palette and context pad are hidden by CSS (`.bauplan-read-only`), the properties panel is inert.
 */
export function guardReadOnly(eventBus: EventBus, isReadOnly: () => boolean): void {
  const refuse = () => (isReadOnly() ? false : undefined)
  eventBus.on('commandStack.canExecute', GUARD_PRIORITY, refuse)
  eventBus.on('element.dblclick', GUARD_PRIORITY, refuse)
}
