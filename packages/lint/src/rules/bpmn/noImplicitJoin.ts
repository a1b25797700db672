import { is } from 'bpmnlint-utils'
import { describeElement } from '../../messages/elementLabels'
import { reportAt, semanticOnly, type BpmnRuleFactory } from './bpmnRule'
import { SequenceFlowIndex } from './sequenceFlows'

/**
 * `bauplan/no-implicit-join`: several sequence flows do not enter an activity directly; a gateway
 * merges them first, so a reader sees whether one path or all paths are awaited.
 */
export const noImplicitJoin: BpmnRuleFactory = () => {
  const flows = new SequenceFlowIndex()
  return {
    check: semanticOnly((node, reporter) => {
      flows.enter(node)
      if (!is(node, 'bpmn:Activity')) return
      const incoming = flows.of(node).incoming.length
      if (incoming > 1) {
        reportAt(reporter, node, 'noImplicitJoin.multipleIncoming', {
          element: describeElement(node),
          count: incoming,
        })
      }
    }),
  }
}
