import type { Problem } from '../problem'
import { scanXmlText } from '../xml/scanner'
import { bpmnProblems, problemAt } from './bpmnProblems'
import { checkDiagram } from './checkDiagram'
import { checkFlowEnds } from './checkFlowEnds'
import { checkReferencesResolve, checkUniqueIds } from './checkReferences'
import { indexModel } from './modelIndex'
import type { ModdleElement } from './moddleElement'
import { elementsIn, isA } from './moddleTree'
import { SourceIndex } from './sourceIndex'

/**
 * Structural checks on a parsed (or edited) model: unique ids, resolvable references, sequence
 * flows with both ends, at least one process, complete diagram interchange. Pass the XML text the model was read from to get
 * line and column on each problem.
 */
export function checkBpmn(definitions: ModdleElement, xmlText?: string): Problem[] {
  const source = xmlText === undefined ? undefined : indexSource(xmlText)
  const index = indexModel(definitions)
  const problems = [
    ...checkUniqueIds(index, source),
    ...checkReferencesResolve(index, source),
    ...checkFlowEnds(index, source),
  ]
  const hasProcess = elementsIn(definitions.rootElements).some((root) => isA(root, 'bpmn:Process'))
  if (!hasProcess) problems.push(problemAt(bpmnProblems.noProcess(), undefined))
  problems.push(...checkDiagram(definitions, index, source))
  return problems
}

function indexSource(xmlText: string): SourceIndex {
  const source = new SourceIndex(xmlText)
  scanXmlText(xmlText, { onStartTag: source.record })
  return source
}
