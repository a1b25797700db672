import type { Problem } from '../problem'
import { bpmnProblems, problemAt } from './bpmnProblems'
import type { ModelIndex } from './modelIndex'
import { referencesOf } from './moddleTree'
import type { SourceIndex } from './sourceIndex'

/** Ids must be unique across the whole document, semantic part and diagram alike. */
export function checkUniqueIds(index: ModelIndex, source: SourceIndex | undefined): Problem[] {
  const problems: Problem[] = []
  for (const [id, elements] of index.byId) {
    for (let occurrence = 1; occurrence < elements.length; occurrence++) {
      problems.push(problemAt(bpmnProblems.duplicateId(id), source?.element(id, occurrence)))
    }
  }
  return problems
}

/**
 * Every reference property (as the metamodel declares them: sourceRef, targetRef, default,
 * attachedToRef, processRef, flowNodeRef, bpmnElement, messageRef, dataObjectRef, …) must point to
 * an element of this document. `calledElement` is a plain string in BPMN and may name the process
 * of another building block, so it is not checked here.
 */
export function checkReferencesResolve(
  index: ModelIndex,
  source: SourceIndex | undefined
): Problem[] {
  const problems: Problem[] = []
  for (const element of [...index.semantic, ...index.diagram]) {
    for (const reference of referencesOf(element)) {
      for (const target of reference.targets) {
        const targetId = target.id
        const resolves = targetId !== undefined && (index.byId.get(targetId)?.length ?? 0) > 0
        if (resolves) continue
        const problem = bpmnProblems.unresolvedReference(
          element.id,
          reference.property,
          targetId ?? ''
        )
        problems.push(problemAt(problem, source?.attribute(element.id, reference.property)))
      }
    }
  }
  return problems
}
