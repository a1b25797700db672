import { is } from 'bpmnlint-utils'
import { describeElement } from '../../messages/elementLabels'
import { quoted } from '../../messages/localize'
import { reportAt, semanticOnly, type BpmnRuleFactory } from './bpmnRule'
import { nameOf } from './moddle'
import { assessTaskName } from './taskNames'

/**
 * `bauplan/task-verb-object`: activities (tasks of every kind, call activities, sub-processes) are
 * named object + verb in the infinitive. The heuristic is documented in `taskNames.ts`; unnamed
 * activities are `bauplan/named-flow-nodes`' business.
 */
export const taskVerbObject: BpmnRuleFactory = () => ({
  check: semanticOnly((node, reporter) => {
    if (!is(node, 'bpmn:Activity')) return
    const name = nameOf(node)
    if (name === '') return
    const verdict = assessTaskName(name)
    if (verdict.ok) return
    reportAt(reporter, node, `taskVerbObject.${verdict.reason}`, {
      element: describeElement({ $type: node.$type, id: node.id }),
      name: quoted(name),
      word: verdict.word,
    })
  }),
})
