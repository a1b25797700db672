import { is, isAny } from 'bpmnlint-utils'
import { describeElement } from '../../messages/elementLabels'
import { reportAt, semanticOnly, type BpmnRuleFactory } from './bpmnRule'
import { elementsOf, nameOf, shownElement } from './moddle'

/**
 * `bauplan/start-end-events`: every process and sub-process that contains flow nodes has a start
 * and an end event, and every start and end event is named (the trigger, the outcome). A process
 * without any flow node is a pool whose inside is not modelled, as bpmn-js creates for other
 * participants, and is left alone; ad-hoc sub-processes have no start or end by definition.
 */
export const startEndEvents: BpmnRuleFactory = () => ({
  check: semanticOnly((node, reporter) => {
    if (isAny(node, ['bpmn:Process', 'bpmn:SubProcess']) && !is(node, 'bpmn:AdHocSubProcess')) {
      const nodes = elementsOf(node, 'flowElements').filter((element) =>
        is(element, 'bpmn:FlowNode')
      )
      if (nodes.length === 0) return
      const shown = shownElement(node)
      if (!nodes.some((element) => is(element, 'bpmn:StartEvent'))) {
        reportAt(reporter, shown, 'startEndEvents.missingStart', {
          element: describeElement(shown),
        })
      }
      if (!nodes.some((element) => is(element, 'bpmn:EndEvent'))) {
        reportAt(reporter, shown, 'startEndEvents.missingEnd', { element: describeElement(shown) })
      }
    } else if (is(node, 'bpmn:StartEvent') && nameOf(node) === '') {
      reportAt(reporter, node, 'startEndEvents.unnamedStart', { element: describeElement(node) })
    } else if (is(node, 'bpmn:EndEvent') && nameOf(node) === '') {
      reportAt(reporter, node, 'startEndEvents.unnamedEnd', { element: describeElement(node) })
    }
  }),
})
