/**
 * Turns a diagram spec into a complete BPMN 2.0 XML document with diagram interchange:
 * validate → place on the grid → route edges → place labels → serialise.
 */
import type { Problem } from '@bauplan/domain'
import { diagramElement } from './diagram'
import { layoutDiagram } from './layout'
import { routeEdges } from './routeEdges'
import { collaborationElement, eventRootElements, processElement } from './semantics'
import type { DiagramSpec } from './spec'
import { validateSpec } from './validateSpec'
import { el, toXmlDocument } from './xml'

export const NAMESPACES = {
  bpmn: 'http://www.omg.org/spec/BPMN/20100524/MODEL',
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  bauplan: 'urn:bauplan:bpmn:1',
} as const

export const TARGET_NAMESPACE = 'urn:bauplan:models'

/** Thrown by `buildBpmn` when the spec cannot be laid out; `problems` says which element and why. */
export class DiagramSpecError extends Error {
  readonly problems: Problem[]
  constructor(problems: Problem[]) {
    super(problems.map((p) => `${p.elementId ?? ''}: ${p.message.en} [${p.code}]`).join('\n'))
    this.name = 'DiagramSpecError'
    this.problems = problems
  }
}

/** Generates the BPMN XML of a spec. Same spec → same bytes. Throws `DiagramSpecError`. */
export function buildBpmn(spec: DiagramSpec): string {
  const problems = validateSpec(spec)
  if (problems.length > 0) throw new DiagramSpecError(problems)
  const layout = layoutDiagram(spec)
  const routes = routeEdges(spec, layout, problems)
  if (problems.length > 0) throw new DiagramSpecError(problems)

  const processes = spec.pools.filter((p) => !p.collapsed).map((p) => processElement(spec, p))
  const definitions = el(
    'bpmn:definitions',
    [
      ['xmlns:bpmn', NAMESPACES.bpmn],
      ['xmlns:bpmndi', NAMESPACES.bpmndi],
      ['xmlns:dc', NAMESPACES.dc],
      ['xmlns:di', NAMESPACES.di],
      ['xmlns:xsi', NAMESPACES.xsi],
      ['xmlns:bauplan', NAMESPACES.bauplan],
      ['id', `Definitions_${spec.processId.replace(/^Process_/, '')}`],
      ['targetNamespace', TARGET_NAMESPACE],
      ['exporter', 'Bauplan bpmnLayout'],
      ['exporterVersion', '1'],
    ],
    [
      collaborationElement(spec),
      ...processes,
      ...eventRootElements(spec),
      diagramElement(spec, layout, routes),
    ]
  )
  return toXmlDocument(definitions)
}
