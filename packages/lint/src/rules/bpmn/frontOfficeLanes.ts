import type { ModdleElement, Prozessteilnehmer } from '@bauplan/domain'
import { is, isAny } from 'bpmnlint-utils'
import { describeElement } from '../../messages/elementLabels'
import { reportAt, semanticOnly, type BpmnRuleFactory } from './bpmnRule'
import { elementOf, elementsOf } from './moddle'

/**
 * `bauplan/front-office-lanes`: no back-office-only tasks on the citizen's side.
 *
 * Which side is the citizen's comes from the metadata, not from lane names: every
 * `prozessteilnehmer` entry with `rolle: "ergebnisempfaenger"` marks its `bpmnLaneId` (that lane
 * and its nested lanes) or, without a lane, its `bpmnParticipantId` (the whole pool). The rule
 * applies to blocks with a front-office part, `einsatzbereich` `frontoffice` or `beide`; a
 * `backoffice` block has no citizen-facing lanes by definition. Back-office-only are the task
 * types that only the authority performs: service and script tasks (its systems), business rule
 * tasks (its decisions) and manual tasks (its clerks' physical work). User, send and receive tasks
 * are what a citizen does in a front office. Tasks inside a sub-process in a marked lane or pool
 * are on the same side. Without metadata the rule does nothing.
 */
export const frontOfficeLanes: BpmnRuleFactory = ({ metadata }) => ({
  check: semanticOnly((node, reporter) => {
    // All work happens at the root, which reaches the marked pools and lanes by id; returning
    // false spares bpmnlint walking the rest of the model for this rule.
    if (!is(node, 'bpmn:Definitions')) return false
    if (!metadata || metadata.einsatzbereich === 'backoffice') return false
    const citizenSides = (metadata.prozessteilnehmer ?? []).filter(
      (teilnehmer) => teilnehmer.rolle === 'ergebnisempfaenger'
    )
    if (citizenSides.length === 0) return false
    const byId = indexById(node)
    const reported = new Set<ModdleElement>()
    for (const teilnehmer of citizenSides) {
      const side = sideOf(teilnehmer, byId)
      if (!side) continue // a dangling id is reported by the domain's folder check
      for (const task of side.nodes) {
        if (!isAny(task, BACK_OFFICE_TASKS) || reported.has(task)) continue
        reported.add(task)
        reportAt(reporter, task, 'frontOfficeLanes.backOfficeTask', {
          element: describeElement(task),
          side: describeElement(side.element),
          einsatzbereich: metadata.einsatzbereich,
        })
      }
    }
    return false
  }),
})

const BACK_OFFICE_TASKS = [
  'bpmn:ServiceTask',
  'bpmn:ScriptTask',
  'bpmn:BusinessRuleTask',
  'bpmn:ManualTask',
] as const

function sideOf(
  teilnehmer: Prozessteilnehmer,
  byId: Map<string, ModdleElement>
): { element: ModdleElement; nodes: ModdleElement[] } | undefined {
  const lane = teilnehmer.bpmnLaneId === undefined ? undefined : byId.get(teilnehmer.bpmnLaneId)
  if (lane && is(lane, 'bpmn:Lane')) {
    return { element: lane, nodes: withNested(laneNodes(lane)) }
  }
  const pool =
    teilnehmer.bpmnParticipantId === undefined ? undefined : byId.get(teilnehmer.bpmnParticipantId)
  if (pool && is(pool, 'bpmn:Participant')) {
    const process = elementOf(pool, 'processRef')
    return { element: pool, nodes: process ? withNested(elementsOf(process, 'flowElements')) : [] }
  }
  return undefined
}

function laneNodes(lane: ModdleElement): ModdleElement[] {
  const nested = elementsOf(lane, 'childLaneSet').flatMap((set) => elementsOf(set, 'lanes'))
  return [...elementsOf(lane, 'flowNodeRef'), ...nested.flatMap(laneNodes)]
}

/** The elements and, for sub-processes among them, everything inside, at any depth. */
function withNested(elements: ModdleElement[]): ModdleElement[] {
  return elements.flatMap((element) => [
    element,
    ...(is(element, 'bpmn:SubProcess') ? withNested(elementsOf(element, 'flowElements')) : []),
  ])
}

/** Pools and lanes by id: the only elements the metadata can mark. */
function indexById(definitions: ModdleElement): Map<string, ModdleElement> {
  const byId = new Map<string, ModdleElement>()
  const add = (element: ModdleElement) => {
    if (element.id !== undefined && !byId.has(element.id)) byId.set(element.id, element)
  }
  const addLanes = (container: ModdleElement) => {
    for (const set of elementsOf(container, 'laneSets')) addLaneSet(set)
    for (const element of elementsOf(container, 'flowElements')) {
      if (is(element, 'bpmn:SubProcess')) addLanes(element)
    }
  }
  const addLaneSet = (set: ModdleElement) => {
    for (const lane of elementsOf(set, 'lanes')) {
      add(lane)
      for (const child of elementsOf(lane, 'childLaneSet')) addLaneSet(child)
    }
  }
  for (const root of elementsOf(definitions, 'rootElements')) {
    if (is(root, 'bpmn:Collaboration')) elementsOf(root, 'participants').forEach(add)
    if (is(root, 'bpmn:Process')) addLanes(root)
  }
  return byId
}
