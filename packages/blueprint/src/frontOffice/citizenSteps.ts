import type { BlockVersionFiles, ResolvedProcedure } from '../model/exportTypes'
import { bpmnText } from '../parts/blockNames'
import {
  calledBausteinId,
  flowOrder,
  sharedBpmnDocument,
  type BpmnDocument,
} from '../parts/bpmnDocument'

export type CitizenStepKind = 'einreichen' | 'erhalten' | 'erledigen'

export interface CitizenStep {
  nummer: number
  art: CitizenStepKind
  /** What the citizen sends, receives or does: the message flow's (or task's) name. */
  bezeichnung: string
  /** The process step of the authority it belongs to. */
  prozessschritt: string
  bpmnElementId: string
  messageFlowId?: string
  baustein: { id: string; version: string }
}

export const CITIZEN_STEP_KINDS: Readonly<Record<CitizenStepKind, { de: string; en: string }>> = {
  einreichen: { de: 'Sie reichen ein', en: 'You submit' },
  erhalten: { de: 'Sie erhalten', en: 'You receive' },
  erledigen: { de: 'Sie erledigen', en: 'You do' },
}

/**
 * What the citizen sees of the procedure, in the order the process runs: every message between
 * the citizen's pool (the participant with the role `ergebnisempfaenger`) and the authority, and
 * every task in a lane of the citizen. A called block that the parent model shows without its own
 * citizen messages contributes its steps, when it is used in the front office.
 */
export function citizenSteps(procedure: ResolvedProcedure): CitizenStep[] {
  const byId = new Map(procedure.dependencies.map((block) => [block.id, block]))
  const steps: Omit<CitizenStep, 'nummer'>[] = []
  collect(procedure.root, byId, new Set([procedure.root.id]), steps)
  return steps.map((step, index) => ({ nummer: index + 1, ...step }))
}

function collect(
  block: BlockVersionFiles,
  byId: Map<string, BlockVersionFiles>,
  visiting: Set<string>,
  steps: Omit<CitizenStep, 'nummer'>[]
): void {
  const document = sharedBpmnDocument(bpmnText(block))
  const citizen = citizenParticipants(block)
  const citizenLanes = new Set(
    (block.metadata.prozessteilnehmer ?? [])
      .filter((teilnehmer) => teilnehmer.rolle === 'ergebnisempfaenger' && teilnehmer.bpmnLaneId)
      .map((teilnehmer) => teilnehmer.bpmnLaneId as string)
  )
  const laneOf = new Map<string, string>()
  for (const lane of document.lanes) for (const id of lane.flowNodeIds) laneOf.set(id, lane.id)
  const origin = { id: block.id, version: block.version }
  for (const nodeId of flowOrder(document, block.metadata.artefakte.bpmn.processId)) {
    const node = document.nodes.get(nodeId)
    if (!node) continue
    const prozessschritt = node.name ?? nodeId
    const messages = messagesWithCitizen(document, nodeId, citizen)
    for (const message of messages) {
      steps.push({
        art: message.incoming ? 'einreichen' : 'erhalten',
        bezeichnung: message.name ?? prozessschritt,
        prozessschritt,
        bpmnElementId: nodeId,
        messageFlowId: message.id,
        baustein: origin,
      })
    }
    const lane = laneOf.get(nodeId)
    if (lane !== undefined && citizenLanes.has(lane) && /Task$|^task$/.test(node.type)) {
      steps.push({
        art: 'erledigen',
        bezeichnung: prozessschritt,
        prozessschritt,
        bpmnElementId: nodeId,
        baustein: origin,
      })
    }
    if (node.type === 'callActivity' && messages.length === 0) {
      const calledId = calledBausteinId(document, node.element)
      const called = calledId === undefined ? undefined : byId.get(calledId)
      if (called && called.metadata.einsatzbereich !== 'backoffice' && !visiting.has(called.id)) {
        visiting.add(called.id)
        collect(called, byId, visiting, steps)
        visiting.delete(called.id)
      }
    }
  }
}

function citizenParticipants(block: BlockVersionFiles): Set<string> {
  return new Set(
    (block.metadata.prozessteilnehmer ?? [])
      .filter(
        (teilnehmer) => teilnehmer.rolle === 'ergebnisempfaenger' && teilnehmer.bpmnParticipantId
      )
      .map((teilnehmer) => teilnehmer.bpmnParticipantId as string)
  )
}

function messagesWithCitizen(
  document: BpmnDocument,
  nodeId: string,
  citizen: Set<string>
): Array<{ id: string; name?: string; incoming: boolean }> {
  return document.messageFlows.flatMap(
    (flow): Array<{ id: string; name?: string; incoming: boolean }> => {
      if (flow.targetRef === nodeId && citizen.has(flow.sourceRef)) {
        return [{ id: flow.id, ...(flow.name ? { name: flow.name } : {}), incoming: true }]
      }
      if (flow.sourceRef === nodeId && citizen.has(flow.targetRef)) {
        return [{ id: flow.id, ...(flow.name ? { name: flow.name } : {}), incoming: false }]
      }
      return []
    }
  )
}
