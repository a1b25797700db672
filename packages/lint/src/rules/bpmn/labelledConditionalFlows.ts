import { isAny } from 'bpmnlint-utils'
import { describeElement } from '../../messages/elementLabels'
import { reportAt, semanticOnly, type BpmnRuleFactory } from './bpmnRule'
import { elementOf, hasConditionText, nameOf } from './moddle'
import { SequenceFlowIndex } from './sequenceFlows'

/**
 * `bauplan/labelled-conditional-flows`: when an exclusive or inclusive gateway splits, each of its
 * outgoing flows says which case takes it, by a name ("ja", "nein") or a condition with text. The
 * default flow is exempt: it is taken when no other is.
 */
export const labelledConditionalFlows: BpmnRuleFactory = () => {
  const flows = new SequenceFlowIndex()
  return {
    check: semanticOnly((node, reporter) => {
      flows.enter(node)
      if (!isAny(node, ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway'])) return
      const outgoing = flows.of(node).outgoing
      if (outgoing.length <= 1) return
      const defaultFlow = elementOf(node, 'default')
      for (const flow of outgoing) {
        if (flow === defaultFlow || nameOf(flow) !== '' || hasConditionText(flow)) continue
        reportAt(reporter, flow, 'labelledConditionalFlows.unlabelled', {
          flow: describeElement(flow),
          gateway: describeElement(node),
        })
      }
    }),
  }
}
