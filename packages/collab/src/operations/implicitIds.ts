/**
 * Ids of objects that bpmn-js creates implicitly, derived from their owner so that every client —
 * and a client repeating an operation — names them the same (random ids per client are where
 * command-replay collaboration broke, see docs/collaboration.md):
 *
 * - the DI shape or edge of element `X` is `X_di` (bpmn-js's own convention for new elements);
 * - a label is embedded in its DI shape/edge (BPMNLabel has no id of its own);
 * - the event definition of event `X` is `X_<DefinitionType>`, e.g. `Event_1_TimerEventDefinition`;
 * - the lane set of process or sub-process `P` is `LaneSet_P` (as in the reference models).
 */
export function diId(elementId: string): string {
  return `${elementId}_di`
}

export function eventDefinitionId(eventId: string, definitionType: string): string {
  const local = definitionType.slice(definitionType.indexOf(':') + 1)
  return `${eventId}_${local}`
}

export function laneSetId(containerId: string): string {
  return `LaneSet_${containerId}`
}
