import type { Problem } from '../problem'
import { bpmnProblems, problemAt } from './bpmnProblems'
import type { ModelIndex } from './modelIndex'
import type { ModdleElement } from './moddleElement'
import { elementsIn, isA, elementOf } from './moddleTree'
import type { SourceIndex } from './sourceIndex'

/** Semantic types drawn as shapes, and as edges (BPMN 2.0 DI, chapter 12). */
const NEEDS_SHAPE = [
  'bpmn:FlowNode',
  'bpmn:Participant',
  'bpmn:Lane',
  'bpmn:DataObjectReference',
  'bpmn:DataStoreReference',
  'bpmn:TextAnnotation',
]
const NEEDS_EDGE = ['bpmn:SequenceFlow', 'bpmn:MessageFlow', 'bpmn:Association']

/**
 * Diagram interchange must be complete, so any BPMN tool can show the model as it was drawn:
 * a BPMNPlane for the collaboration or a process, a shape for every node, pool, lane, data
 * reference and annotation, an edge for every flow and association. This holds inside collapsed
 * sub-processes and in processes no pool shows, too: a building block must not hide content that
 * reviewers cannot see in the diagram (bpmn-js draws such content on a plane of its own).
 */
export function checkDiagram(
  definitions: ModdleElement,
  index: ModelIndex,
  source: SourceIndex | undefined
): Problem[] {
  const planes = elementsIn(definitions.diagrams)
    .map((diagram) => elementOf(diagram, 'plane'))
    .filter((plane) => plane !== undefined)
  const planeElements = new Set(planes.map((plane) => elementOf(plane, 'bpmnElement')))
  const hasMainPlane = [...planeElements].some(
    (element) => element && (isA(element, 'bpmn:Collaboration') || isA(element, 'bpmn:Process'))
  )
  // Without any diagram, one problem says it all; a missing shape per element would only repeat it.
  if (!hasMainPlane) return [problemAt(bpmnProblems.missingDiagram(), undefined)]

  const shapes = new Set<ModdleElement>()
  const edges = new Set<ModdleElement>()
  for (const plane of planes) {
    for (const diagramElement of elementsIn(plane.planeElement)) {
      const semantic = elementOf(diagramElement, 'bpmnElement')
      if (!semantic) continue
      if (isA(diagramElement, 'bpmndi:BPMNShape')) shapes.add(semantic)
      else if (isA(diagramElement, 'bpmndi:BPMNEdge')) edges.add(semantic)
    }
  }

  const problems: Problem[] = []
  for (const element of index.semantic) {
    const needsShape = NEEDS_SHAPE.some((type) => isA(element, type))
    const needsEdge = !needsShape && NEEDS_EDGE.some((type) => isA(element, type))
    if ((needsShape && shapes.has(element)) || (needsEdge && edges.has(element))) continue
    if (!needsShape && !needsEdge) continue
    const problem = needsShape
      ? bpmnProblems.missingShape(element.id, element.$type)
      : bpmnProblems.missingEdge(element.id, element.$type)
    problems.push(problemAt(problem, source?.element(element.id)))
  }
  return problems
}
