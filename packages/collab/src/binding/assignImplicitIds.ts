import type { ModdleElement } from '@bauplan/domain'
import { isElement } from '../document/embedded'
import { isInstanceOf } from '../document/modelKind'
import { eventDefinitionId, laneSetId } from '../operations/implicitIds'
import type { ModelerModdle } from './mergeDefinitions'
import { indexById } from './mergeDefinitions'

/**
 * Gives the objects bpmn-js created implicitly during a local command the ids every client
 * derives from their owner (`implicitIds.ts`), before the command is written to the document:
 * event definitions (bpmn-js gives them no id at all) become `<event>_<DefinitionType>`, lane
 * sets (random `LaneSet_…`) become `LaneSet_<container>`. DI shapes and edges already follow the
 * rule: bpmn-js names the DI of a new element `<element>_di`. Objects that are already in the
 * document (`known`) keep their id — renaming them would be a delete and a create for everyone.
 * Returns how many ids it set.
 */
export function assignImplicitIds(
  definitions: ModdleElement,
  known: (id: string) => boolean,
  moddle: ModelerModdle
): number {
  let assigned = 0
  const rename = (element: ModdleElement, id: string) => {
    const current = typeof element.id === 'string' ? element.id : undefined
    if (current === id || (current !== undefined && known(current))) return
    if (known(id)) return
    if (current !== undefined) moddle.ids?.unclaim(current)
    element.id = id
    moddle.ids?.claim(id, element)
    assigned++
  }
  for (const element of indexById(definitions).values()) {
    const owner = element.id as string
    // Only a new event's definitions: a known event whose definition has no id keeps it embedded
    // (as seeded), which is deterministic too.
    if (isInstanceOf(element, 'bpmn:Event') && !known(owner)) {
      const definitionsOfEvent = element.eventDefinitions
      if (Array.isArray(definitionsOfEvent)) {
        for (const definition of definitionsOfEvent) {
          if (isElement(definition)) rename(definition, eventDefinitionId(owner, definition.$type))
        }
      }
    }
    const laneSets = element.laneSets
    if (Array.isArray(laneSets) && laneSets.length === 1 && isElement(laneSets[0])) {
      rename(laneSets[0], laneSetId(owner))
    }
  }
  return assigned
}
