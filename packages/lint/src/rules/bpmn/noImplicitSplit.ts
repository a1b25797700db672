import { is, isAny } from 'bpmnlint-utils'
import { describeElement } from '../../messages/elementLabels'
import { reportAt, semanticOnly, type BpmnRuleFactory } from './bpmnRule'
import { elementOf } from './moddle'
import { SequenceFlowIndex } from './sequenceFlows'

/**
 * `bauplan/no-implicit-split`: branching is modelled with gateways. A sequence flow with a
 * condition may not leave an activity (a "conditional flow" hides an exclusive or inclusive
 * gateway), and at most one flow without a condition may leave an activity or an event (several
 * hide a parallel gateway). A flow counts as conditional when it has a condition element at all,
 * even an empty one, because the editor draws it as conditional.
 */
export const noImplicitSplit: BpmnRuleFactory = () => {
  const flows = new SequenceFlowIndex()
  return {
    check: semanticOnly((node, reporter) => {
      flows.enter(node)
      if (!isAny(node, ['bpmn:Activity', 'bpmn:Event'])) return
      const outgoing = flows.of(node).outgoing
      const conditional = outgoing.filter((flow) => elementOf(flow, 'conditionExpression'))
      if (is(node, 'bpmn:Activity')) {
        for (const flow of conditional) {
          reportAt(reporter, flow, 'noImplicitSplit.conditionalFlow', {
            flow: describeElement(flow),
            element: describeElement(node),
          })
        }
      }
      const unconditional = outgoing.length - conditional.length
      if (unconditional > 1) {
        reportAt(reporter, node, 'noImplicitSplit.multipleOutgoing', {
          element: describeElement(node),
          count: unconditional,
        })
      }
    }),
  }
}
