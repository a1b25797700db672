import type { Problem } from '../problem'
import { bpmnProblems, problemAt } from './bpmnProblems'
import type { ModelIndex } from './modelIndex'
import { elementOf, isA } from './moddleTree'
import type { SourceIndex } from './sourceIndex'

/**
 * Every sequence flow needs both ends: one without `sourceRef` or `targetRef` can be neither drawn
 * nor executed. `checkReferencesResolve` does not see it — a reference that is not there has
 * nothing to resolve. When the XML text is known and the attribute stands in it, moddle left the
 * end unset because its id does not resolve; parsing already reported that
 * (`bpmn.unresolvedReference`), so it is not reported twice.
 */
export function checkFlowEnds(index: ModelIndex, source: SourceIndex | undefined): Problem[] {
  const problems: Problem[] = []
  for (const element of index.semantic) {
    if (!isA(element, 'bpmn:SequenceFlow')) continue
    for (const property of ['sourceRef', 'targetRef'] as const) {
      if (elementOf(element, property) !== undefined) continue
      if (source?.hasAttribute(element.id, property)) continue
      const problem = bpmnProblems.flowEndMissing(element.id, property)
      problems.push(problemAt(problem, source?.element(element.id)))
    }
  }
  return problems
}
