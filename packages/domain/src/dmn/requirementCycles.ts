import type { Problem } from '../problem'
import { findCycles } from '../references/findCycles'
import type { CheckContext } from './checkContext'
import { localId } from './hrefs'
import type { DmnDefinitions } from './model'

/**
 * A decision that (indirectly) requires itself, or a BKM that invokes itself through other BKMs,
 * can never be evaluated: DMN requires the requirement graph to be acyclic. Reported once per
 * cycle, on its first element.
 */
export function cycleProblemsFor(definitions: DmnDefinitions, context: CheckContext): Problem[] {
  const edges = new Map<string, string[]>()
  const elements = new Map(
    (definitions.drgElement ?? []).map((element) => [element.id ?? '', element])
  )
  for (const element of definitions.drgElement ?? []) {
    if (element.id === undefined) continue
    const targets = [
      ...(element.informationRequirement ?? []).map((requirement) =>
        localId(requirement.requiredDecision, definitions.namespace)
      ),
      ...(element.knowledgeRequirement ?? []).map((requirement) =>
        localId(requirement.requiredKnowledge, definitions.namespace)
      ),
    ].filter((id): id is string => id !== undefined && elements.has(id))
    edges.set(element.id, targets)
  }
  return findCycles(edges).map((cycle) => {
    const path = [...cycle, cycle[0]].join(' → ')
    return context.problem(
      'dmn.requirementCycle',
      'error',
      elements.get(cycle[0] as string),
      `Zyklische Anforderung: ${path}. Eine Entscheidung kann nicht von sich selbst abhängen; sie ließe sich nie auswerten.`,
      `Cyclic requirement: ${path}. A decision cannot depend on itself; it could never be evaluated.`
    )
  })
}
