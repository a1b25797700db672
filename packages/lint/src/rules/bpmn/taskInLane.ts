import type { ModdleElement } from '@bauplan/domain'
import { is, isAny } from 'bpmnlint-utils'
import { describeElement } from '../../messages/elementLabels'
import { reportAt, semanticOnly, type BpmnRuleFactory } from './bpmnRule'
import { elementsOf, shownElement } from './moddle'

/**
 * `bauplan/task-in-lane`: once a process (or a sub-process with its own lanes) has lanes, every
 * activity directly in it lies in one of them, nested lanes included. Activities inside a
 * sub-process belong to the sub-process and are judged against its lanes, if it has any.
 */
export const taskInLane: BpmnRuleFactory = () => ({
  check: semanticOnly((node, reporter) => {
    if (!isAny(node, ['bpmn:Process', 'bpmn:SubProcess'])) return
    const lanes = lanesOf(node)
    if (lanes.length === 0) return
    const inLane = new Set(lanes.flatMap((lane) => elementsOf(lane, 'flowNodeRef')))
    for (const element of elementsOf(node, 'flowElements')) {
      if (!is(element, 'bpmn:Activity') || inLane.has(element)) continue
      reportAt(reporter, element, 'taskInLane.notInLane', {
        element: describeElement(element),
        container: describeElement(shownElement(node)),
      })
    }
  }),
})

function lanesOf(container: ModdleElement): ModdleElement[] {
  const lanes: ModdleElement[] = []
  const visit = (laneSets: ModdleElement[]) => {
    for (const laneSet of laneSets) {
      for (const lane of elementsOf(laneSet, 'lanes')) {
        lanes.push(lane)
        visit(elementsOf(lane, 'childLaneSet'))
      }
    }
  }
  visit(elementsOf(container, 'laneSets'))
  return lanes
}
