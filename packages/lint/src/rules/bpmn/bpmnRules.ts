import type { LintRuleName } from '../ruleCatalogue'
import type { BpmnRuleFactory } from './bpmnRule'
import { callActivityReference } from './callActivityReference'
import { frontOfficeLanes } from './frontOfficeLanes'
import { labelledConditionalFlows } from './labelledConditionalFlows'
import { messageFlowEnds } from './messageFlowEnds'
import { namedFlowNodes } from './namedFlowNodes'
import { noImplicitJoin } from './noImplicitJoin'
import { noImplicitSplit } from './noImplicitSplit'
import { startEndEvents } from './startEndEvents'
import { taskInLane } from './taskInLane'
import { taskVerbObject } from './taskVerbObject'

/** The bpmnlint rules of the set, by their full name. */
export const BPMN_RULE_FACTORIES = {
  'bauplan/named-flow-nodes': namedFlowNodes,
  'bauplan/task-verb-object': taskVerbObject,
  'bauplan/task-in-lane': taskInLane,
  'bauplan/start-end-events': startEndEvents,
  'bauplan/no-implicit-split': noImplicitSplit,
  'bauplan/no-implicit-join': noImplicitJoin,
  'bauplan/labelled-conditional-flows': labelledConditionalFlows,
  'bauplan/call-activity-reference': callActivityReference,
  'bauplan/message-flow-ends': messageFlowEnds,
  'bauplan/front-office-lanes': frontOfficeLanes,
} as const satisfies Partial<Record<LintRuleName, BpmnRuleFactory>>

export type BpmnRuleName = keyof typeof BPMN_RULE_FACTORIES

export function isBpmnRuleName(name: string): name is BpmnRuleName {
  return Object.hasOwn(BPMN_RULE_FACTORIES, name)
}
