import type { EAkte } from '@bauplan/domain'
import type { BlockVersionFiles, ResolvedProcedure } from '../model/exportTypes'
import { bpmnText } from '../parts/blockNames'
import { calledBausteinId, sharedBpmnDocument, type BpmnDocument } from '../parts/bpmnDocument'

/** xdomea FVDaten messages a filing block uses (xdomea 3.1.0). */
const XDOMEA_FILE = 'FVDaten.SGOAblegen.0605'
const XDOMEA_CLOSE = 'FVDaten.SGOZDAVerfuegen.0624'

export interface FilingInstruction {
  endEvent: { bpmnElementId: string; name?: string }
  /** The call activity that files the case on the way to this end, if the process has one. */
  ablageDurch?: { bpmnElementId: string; baustein: string }
  /** xdomea terms: Aktenplaneinheit, Aufbewahrungsdauer, Aussonderungsart, Vertraulichkeitsstufe. */
  Aktenplaneinheit?: { Kennzeichen: string; Inhaltsangabe?: string }
  Aufbewahrungsdauer?: { AnzahlJahre?: number; Unbefristet?: boolean }
  Aussonderungsart?: { code: 'A' | 'B' | 'V'; name?: string }
  Vertraulichkeitsstufe?: { code: string; name?: string }
  zdaRegel?: string
  nachrichten: string[]
  /** Metadata the filing needs but the procedure does not give (an IT provider must supply it). */
  fehlt: string[]
}

/**
 * E-file instructions per end of the procedure's process: which Aktenplaneinheit, how long to keep,
 * what happens at disposal — from the procedure's `eakte`, completed from the filing block's
 * defaults — and whether the process files the case itself before that end (a call activity to a
 * block with a `dms` interface on a path to it) or the case-handling system must do it.
 */
export function filingInstructions(procedure: ResolvedProcedure): FilingInstruction[] {
  const root = procedure.root
  const document = sharedBpmnDocument(bpmnText(root))
  const byId = new Map(procedure.dependencies.map((block) => [block.id, block]))
  const processId = root.metadata.artefakte.bpmn.processId
  const filingCalls = new Map<string, BlockVersionFiles>()
  for (const [id, node] of document.nodes) {
    if (node.type !== 'callActivity' || node.processId !== processId) continue
    const called = byId.get(calledBausteinId(document, node.element) ?? '')
    if (called && (called.metadata.schnittstellen ?? []).some((s) => s.art === 'dms'))
      filingCalls.set(id, called)
  }
  const ends = [...document.nodes.entries()].filter(
    ([, node]) => node.type === 'endEvent' && node.processId === processId
  )
  return ends.map(([endId, node]) => {
    const upstream = reachingNodes(document, endId)
    const filingId = [...filingCalls.keys()].find((id) => upstream.has(id))
    const filingBlock = filingId === undefined ? undefined : filingCalls.get(filingId)
    const eakte = mergeEakte(root.metadata.eakte, filingBlock?.metadata.eakte)
    const fehlt = [
      ...(eakte.aktenplaneinheit ? [] : ['Aktenplaneinheit']),
      ...(eakte.aufbewahrungsdauer ? [] : ['Aufbewahrungsdauer']),
      ...(eakte.aussonderungsart ? [] : ['Aussonderungsart']),
    ]
    return {
      endEvent: { bpmnElementId: endId, ...(node.name ? { name: node.name } : {}) },
      ...(filingId && filingBlock
        ? { ablageDurch: { bpmnElementId: filingId, baustein: filingBlock.id } }
        : {}),
      ...(eakte.aktenplaneinheit
        ? {
            Aktenplaneinheit: {
              Kennzeichen: eakte.aktenplaneinheit.kennzeichen,
              ...(eakte.aktenplaneinheit.inhaltsangabe
                ? { Inhaltsangabe: eakte.aktenplaneinheit.inhaltsangabe }
                : {}),
            },
          }
        : {}),
      ...(eakte.aufbewahrungsdauer
        ? {
            Aufbewahrungsdauer: {
              ...(eakte.aufbewahrungsdauer.anzahlJahre !== undefined
                ? { AnzahlJahre: eakte.aufbewahrungsdauer.anzahlJahre }
                : {}),
              ...(eakte.aufbewahrungsdauer.unbefristet !== undefined
                ? { Unbefristet: eakte.aufbewahrungsdauer.unbefristet }
                : {}),
            },
          }
        : {}),
      ...(eakte.aussonderungsart ? { Aussonderungsart: eakte.aussonderungsart } : {}),
      ...(eakte.vertraulichkeitsstufe
        ? { Vertraulichkeitsstufe: eakte.vertraulichkeitsstufe }
        : {}),
      ...(eakte.zdaRegel ? { zdaRegel: eakte.zdaRegel } : {}),
      nachrichten: filingId ? [XDOMEA_FILE, XDOMEA_CLOSE] : [],
      fehlt,
    }
  })
}

/** The procedure's own values win; the filing block's fill what the procedure leaves out. */
function mergeEakte(own: EAkte | undefined, fallback: EAkte | undefined): EAkte {
  return { ...(fallback ?? {}), ...(own ?? {}) }
}

/** Every node from which `target` can be reached along sequence flows. */
function reachingNodes(document: BpmnDocument, target: string): Set<string> {
  const previous = new Map<string, string[]>()
  for (const flow of document.sequenceFlows) {
    previous.set(flow.targetRef, [...(previous.get(flow.targetRef) ?? []), flow.sourceRef])
  }
  const seen = new Set<string>()
  const stack = [target]
  while (stack.length > 0) {
    const id = stack.pop() as string
    for (const source of previous.get(id) ?? []) {
      if (!seen.has(source)) {
        seen.add(source)
        stack.push(source)
      }
    }
  }
  return seen
}
