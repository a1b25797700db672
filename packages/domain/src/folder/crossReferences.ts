import type { Baustein } from '../baustein/Baustein.generated'
import type { BpmnFacts } from '../bpmn/bpmnFacts'
import type { Problem } from '../problem'
import type { LocatedBausteinRef } from '../references/bausteinRef'
import type { DmnFileFacts } from './checkBausteinFolder'
import { METADATA_FILE } from './fileSet'

/**
 * Links from the metadata into the models must land: the process id, decision ids, fee decisions,
 * participants and lanes, timer events of deadlines, elements of interfaces. A dangling link would
 * export a blueprint whose metadata describes a model that is not there.
 */
export function checkCrossReferences(
  metadata: Baustein,
  bpmn: BpmnFacts | undefined,
  dmn: readonly DmnFileFacts[],
  references: readonly LocatedBausteinRef[]
): Problem[] {
  const problems: Problem[] = []
  const dangling = (pointer: string, value: string, what: { de: string; en: string }) =>
    problems.push({
      code: 'folder.danglingLink',
      severity: 'error',
      file: METADATA_FILE,
      pointer,
      message: {
        de: `„${value}“ (${pointer}) verweist auf ${what.de}, das es nicht gibt.`,
        en: `"${value}" (${pointer}) refers to ${what.en} that does not exist.`,
      },
    })

  if (bpmn) {
    const processIds = new Set(bpmn.processes.map((p) => p.id))
    const { processId } = metadata.artefakte.bpmn
    if (!processIds.has(processId)) {
      dangling('/artefakte/bpmn/processId', processId, {
        de: `einen Prozess im BPMN-Modell (vorhanden: ${[...processIds].join(', ') || '—'})`,
        en: `a process of the BPMN model (present: ${[...processIds].join(', ') || '—'})`,
      })
    }
    const participants = new Set(bpmn.participants.map((p) => p.id))
    const lanes = new Set(bpmn.lanes.map((l) => l.id))
    const flowNodes = new Set(bpmn.flowNodes.map((n) => n.id))
    const messageFlows = new Set(bpmn.messageFlows.map((f) => f.id))
    metadata.prozessteilnehmer?.forEach((t, i) => {
      if (t.bpmnParticipantId !== undefined && !participants.has(t.bpmnParticipantId)) {
        dangling(`/prozessteilnehmer/${i}/bpmnParticipantId`, t.bpmnParticipantId, POOL)
      }
      if (t.bpmnLaneId !== undefined && !lanes.has(t.bpmnLaneId)) {
        dangling(`/prozessteilnehmer/${i}/bpmnLaneId`, t.bpmnLaneId, LANE)
      }
    })
    metadata.fristen?.forEach((f, i) => {
      if (f.bpmnElementId !== undefined && !flowNodes.has(f.bpmnElementId)) {
        dangling(`/fristen/${i}/bpmnElementId`, f.bpmnElementId, FLOW_NODE)
      }
    })
    metadata.schnittstellen?.forEach((s, i) => {
      const id = s.bpmnElementId
      if (id !== undefined && !flowNodes.has(id) && !messageFlows.has(id)) {
        dangling(`/schnittstellen/${i}/bpmnElementId`, id, FLOW_NODE_OR_MESSAGE)
      }
    })
  }

  const decisionsByFile = new Map(
    dmn.map((d) => [d.file, new Set(d.facts.decisions.map((x) => x.id))])
  )
  const allDecisions = new Set(dmn.flatMap((d) => d.facts.decisions.map((x) => x.id)))
  metadata.artefakte.dmn?.forEach((entry, i) => {
    const known = decisionsByFile.get(entry.datei)
    if (!known) return // file missing or unreadable: reported elsewhere
    entry.decisionIds?.forEach((id, j) => {
      if (!known.has(id))
        dangling(`/artefakte/dmn/${i}/decisionIds/${j}`, id, decisionIn(entry.datei))
    })
  })
  const dmnReadable = (metadata.artefakte.dmn ?? []).every((d) => decisionsByFile.has(d.datei))
  metadata.kosten?.forEach((k, i) => {
    if (k.dmnDecisionRef !== undefined && dmnReadable && !allDecisions.has(k.dmnDecisionRef)) {
      dangling(`/kosten/${i}/dmnDecisionRef`, k.dmnDecisionRef, DECISION)
    }
  })

  for (const ref of references) {
    if (ref.id === metadata.id) {
      problems.push({
        code: 'ref.selfReference',
        severity: 'error',
        file: metadata.artefakte.bpmn.datei,
        ...(ref.elementId !== undefined ? { elementId: ref.elementId } : {}),
        message: {
          de: `Der Baustein ruft sich selbst auf (${ref.id}). Ein Baustein darf nur andere Bausteine aufrufen.`,
          en: `The building block calls itself (${ref.id}). A building block may only call other blocks.`,
        },
      })
    }
  }
  return problems
}

const POOL = {
  de: 'einen Pool (Teilnehmer) im BPMN-Modell',
  en: 'a pool (participant) of the BPMN model',
}
const LANE = { de: 'eine Lane im BPMN-Modell', en: 'a lane of the BPMN model' }
const FLOW_NODE = {
  de: 'ein Ereignis oder eine Aktivität im BPMN-Modell',
  en: 'an event or activity of the BPMN model',
}
const FLOW_NODE_OR_MESSAGE = {
  de: 'eine Aktivität, ein Ereignis oder einen Nachrichtenfluss im BPMN-Modell',
  en: 'an activity, event or message flow of the BPMN model',
}
const DECISION = {
  de: 'eine Entscheidung in den DMN-Modellen des Bausteins',
  en: "a decision of the building block's DMN models",
}
function decisionIn(file: string) {
  return { de: `eine Entscheidung in ${file}`, en: `a decision in ${file}` }
}
