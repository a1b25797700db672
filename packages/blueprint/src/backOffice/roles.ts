import type { BlockVersionFiles, ResolvedProcedure } from '../model/exportTypes'
import { bpmnText } from '../parts/blockNames'
import { calledBausteinId, sharedBpmnDocument } from '../parts/bpmnDocument'

/** A role id from a lane name: ASCII, lower case, words joined by `-` (`Sachbearbeitung Bauaufsicht` → `sachbearbeitung-bauaufsicht`). */
export function roleId(laneName: string): string {
  const folded = laneName
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const words = folded.match(/[a-z0-9]+/g) ?? []
  return words.length > 0 ? words.join('-') : 'rolle'
}

export interface RoleLane {
  baustein: string
  bpmnLaneId: string
  laneName: string
  /** The tasks in the lane (ids), in document order. */
  aufgaben: string[]
  /** For a lane of a called block: the lanes of the calling procedure whose call activity runs it. */
  ausgefuehrtIn: Array<{ baustein: string; bpmnLaneId: string; rolle: string }>
}

export interface Role {
  id: string
  name: string
  /** XProzess Prozessrolle of the participant the lane belongs to, when the metadata says it. */
  prozessrolle?: string
  lanes: RoleLane[]
}

const TASK = /Task$|^task$|^callActivity$|^subProcess$/

/**
 * Lanes become roles: every lane of the procedure and of the called blocks, grouped by name (the
 * "Sachbearbeitung" of several blocks is one role). A called block's lanes also say in which lane
 * of the caller they run, so an organisation can map "Sachbearbeitung" of a generic block to its
 * own "Steueramt".
 */
export function roles(procedure: ResolvedProcedure): Role[] {
  const blocks = [procedure.root, ...procedure.dependencies]
  const callers = callerLanes(blocks)
  const byId = new Map<string, Role>()
  for (const block of blocks) {
    const document = sharedBpmnDocument(bpmnText(block))
    for (const lane of document.lanes) {
      const name = lane.name ?? lane.id
      const id = roleId(name)
      const role = byId.get(id) ?? { id, name, lanes: [] }
      const teilnehmer = (block.metadata.prozessteilnehmer ?? []).find(
        (entry) => entry.bpmnLaneId === lane.id
      )
      if (teilnehmer && role.prozessrolle === undefined) role.prozessrolle = teilnehmer.rolle
      role.lanes.push({
        baustein: block.id,
        bpmnLaneId: lane.id,
        laneName: name,
        aufgaben: lane.flowNodeIds.filter((nodeId) =>
          TASK.test(document.nodes.get(nodeId)?.type ?? '')
        ),
        ausgefuehrtIn: block === procedure.root ? [] : (callers.get(block.id) ?? []),
      })
      byId.set(id, role)
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Called block id → the lanes (of any caller) holding a call activity to it. */
function callerLanes(
  blocks: readonly BlockVersionFiles[]
): Map<string, Array<{ baustein: string; bpmnLaneId: string; rolle: string }>> {
  const result = new Map<string, Array<{ baustein: string; bpmnLaneId: string; rolle: string }>>()
  for (const block of blocks) {
    const document = sharedBpmnDocument(bpmnText(block))
    for (const lane of document.lanes) {
      for (const nodeId of lane.flowNodeIds) {
        const node = document.nodes.get(nodeId)
        if (node?.type !== 'callActivity') continue
        const called = calledBausteinId(document, node.element)
        if (called === undefined) continue
        const list = result.get(called) ?? []
        if (!list.some((entry) => entry.baustein === block.id && entry.bpmnLaneId === lane.id)) {
          list.push({
            baustein: block.id,
            bpmnLaneId: lane.id,
            rolle: roleId(lane.name ?? lane.id),
          })
        }
        result.set(called, list)
      }
    }
  }
  return result
}

/** Lane id → role id for one block's model (used for candidate groups in the Camunda 8 flavour). */
export function laneRoles(block: BlockVersionFiles): Map<string, string> {
  const document = sharedBpmnDocument(bpmnText(block))
  return new Map(document.lanes.map((lane) => [lane.id, roleId(lane.name ?? lane.id)]))
}
