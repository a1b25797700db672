import type { ModdleElement } from '@bauplan/domain'
import { is } from 'bpmnlint-utils'
import { elementOf, elementsOf, parentOf } from './moddle'

export interface NodeFlows {
  incoming: ModdleElement[]
  outgoing: ModdleElement[]
}

const NONE: NodeFlows = { incoming: [], outgoing: [] }

/**
 * Incoming and outgoing sequence flows of the flow nodes, read from the flows' `sourceRef` and
 * `targetRef`. BPMN makes those two mandatory, while a node's own `incoming`/`outgoing` lists are
 * optional in the XML and missing in files from some tools, so the flows are the reliable source.
 *
 * A rule creates one index and calls `enter` for each element: the index rebuilds the flows of a
 * process or sub-process when bpmnlint enters it (parents come before their children), so every
 * lint run sees the current model, also in the editor, where the same objects change between runs.
 */
export class SequenceFlowIndex {
  private byContainer = new Map<ModdleElement, Map<ModdleElement, NodeFlows>>()

  enter(node: ModdleElement): void {
    if (is(node, 'bpmn:Definitions')) this.byContainer = new Map()
    if (is(node, 'bpmn:FlowElementsContainer')) this.byContainer.set(node, flowsIn(node))
  }

  of(node: ModdleElement): NodeFlows {
    const container = parentOf(node)
    return (container && this.byContainer.get(container)?.get(node)) ?? NONE
  }
}

function flowsIn(container: ModdleElement): Map<ModdleElement, NodeFlows> {
  const flows = new Map<ModdleElement, NodeFlows>()
  const entry = (node: ModdleElement) => {
    let found = flows.get(node)
    if (!found) flows.set(node, (found = { incoming: [], outgoing: [] }))
    return found
  }
  for (const element of elementsOf(container, 'flowElements')) {
    if (!is(element, 'bpmn:SequenceFlow')) continue
    const source = elementOf(element, 'sourceRef')
    const target = elementOf(element, 'targetRef')
    if (source) entry(source).outgoing.push(element)
    if (target) entry(target).incoming.push(element)
  }
  return flows
}
