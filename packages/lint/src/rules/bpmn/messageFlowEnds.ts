import type { ModdleElement } from '@bauplan/domain'
import { is } from 'bpmnlint-utils'
import { describeElement } from '../../messages/elementLabels'
import { reportAt, semanticOnly, type BpmnRuleFactory } from './bpmnRule'
import { ancestorOf, elementOf, elementsOf, parentOf } from './moddle'

/**
 * `bauplan/message-flow-ends`: a message flow has a source and a target (references that resolve
 * to elements), both lie in pools, and the pools differ. The pool of an element is the pool itself
 * or the pool that shows the process the element belongs to, at any sub-process depth.
 */
export const messageFlowEnds: BpmnRuleFactory = () => ({
  check: semanticOnly((node, reporter) => {
    // Message flows live in collaborations only; the inside of processes is skipped.
    if (is(node, 'bpmn:Process')) return false
    if (!is(node, 'bpmn:MessageFlow')) return
    const flow = describeElement(node)
    const source = elementOf(node, 'sourceRef')
    const target = elementOf(node, 'targetRef')
    if (!source) reportAt(reporter, node, 'messageFlowEnds.missingSource', { flow })
    if (!target) reportAt(reporter, node, 'messageFlowEnds.missingTarget', { flow })
    if (!source || !target) return
    const pools = poolsByProcess(node)
    const sourcePool = poolOf(source, pools)
    const targetPool = poolOf(target, pools)
    for (const [end, pool] of [
      [source, sourcePool],
      [target, targetPool],
    ] as const) {
      if (!pool)
        reportAt(reporter, node, 'messageFlowEnds.outsidePool', { flow, end: describeElement(end) })
    }
    if (sourcePool && sourcePool === targetPool) {
      reportAt(reporter, node, 'messageFlowEnds.samePool', {
        flow,
        pool: describeElement(sourcePool),
      })
    }
  }),
})

/** The pools of the collaboration that holds the message flow, keyed by the process they show. */
function poolsByProcess(messageFlow: ModdleElement): Map<ModdleElement, ModdleElement> {
  const collaboration = parentOf(messageFlow)
  const pools = new Map<ModdleElement, ModdleElement>()
  for (const participant of collaboration ? elementsOf(collaboration, 'participants') : []) {
    const process = elementOf(participant, 'processRef')
    if (process && !pools.has(process)) pools.set(process, participant)
  }
  return pools
}

function poolOf(
  end: ModdleElement,
  pools: Map<ModdleElement, ModdleElement>
): ModdleElement | undefined {
  if (is(end, 'bpmn:Participant')) return end
  const process = ancestorOf(end, 'bpmn:Process')
  return process ? pools.get(process) : undefined
}
