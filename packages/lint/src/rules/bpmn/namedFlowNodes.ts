import { is, isAny } from 'bpmnlint-utils'
import { describeElement } from '../../messages/elementLabels'
import { reportAt, semanticOnly, type BpmnRuleFactory } from './bpmnRule'
import { nameOf } from './moddle'
import { SequenceFlowIndex } from './sequenceFlows'

/**
 * `bauplan/named-flow-nodes`: every flow node has a name. Exempt, because their name would say
 * nothing the diagram does not: parallel and event-based gateways (the paths or events after them
 * carry the meaning) and gateways that do not split (a merge asks no question). Start and end
 * events are left to `bauplan/start-end-events`, which names them with their own advice, so one
 * unnamed start event is not reported twice.
 */
export const namedFlowNodes: BpmnRuleFactory = () => {
  const flows = new SequenceFlowIndex()
  return {
    check: semanticOnly((node, reporter) => {
      flows.enter(node)
      if (!is(node, 'bpmn:FlowNode')) return
      if (isAny(node, EXEMPT_TYPES)) return
      if (is(node, 'bpmn:Gateway') && flows.of(node).outgoing.length <= 1) return
      if (nameOf(node) === '') {
        reportAt(reporter, node, 'namedFlowNodes.missingName', { element: describeElement(node) })
      }
    }),
  }
}

const EXEMPT_TYPES = [
  'bpmn:StartEvent',
  'bpmn:EndEvent',
  'bpmn:ParallelGateway',
  'bpmn:EventBasedGateway',
] as const
