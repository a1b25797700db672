import type { BackOfficeFlavour, BlockVersionFiles } from '../model/exportTypes'
import { bpmnText } from '../parts/blockNames'
import { calledBausteinId, readBpmnDocument, type BpmnDocument } from '../parts/bpmnDocument'
import { serializeXmlTree, type XmlElement } from '../parts/xml/xmlTree'
import {
  attribute,
  childElements,
  element,
  localName,
  prefixFor,
  prependChild,
  qualified,
  setAttribute,
  textContent,
} from '../parts/xml/xmlQuery'
import { applyZeebe } from './zeebe'

const XSI_URI = 'http://www.w3.org/2001/XMLSchema-instance'

/** What became of one Frist of the metadata in the executable model. */
export interface DeadlineWiring {
  baustein: string
  dauer: string
  beschreibung?: string
  rechtsgrundlage?: string
  bpmnElementId?: string
  /**
   * `timer`: the timer event runs with the Frist's duration; `andereZeitangabe`: the timer has a
   * date or cycle of its own and was left alone; `keinTimer`: the element is no timer event;
   * `nichtImModell`: the Frist names no BPMN element (it is documentation only).
   */
  umsetzung: 'timer' | 'andereZeitangabe' | 'keinTimer' | 'nichtImModell'
}

export interface ExecutableModel {
  xml: string
  deadlines: DeadlineWiring[]
}

/**
 * One block's BPMN made executable: its process marked `isExecutable`, every call activity's
 * `calledElement` set to the process id of the block version it resolved to (so the called blocks'
 * files, exported beside it, are the called processes), and every Frist with a timer event put on
 * that event as its duration. The Camunda 8 flavour adds the zeebe extensions on top. Nothing is
 * added that would need new diagram shapes, so the diagram stays complete.
 */
export function executableBpmn(
  block: BlockVersionFiles,
  blocksById: ReadonlyMap<string, BlockVersionFiles>,
  flavour: BackOfficeFlavour,
  laneRoles: Map<string, string>
): ExecutableModel {
  const document = readBpmnDocument(bpmnText(block))
  const processId = block.metadata.artefakte.bpmn.processId
  const process = document.processes.find((candidate) => attribute(candidate, 'id') === processId)
  if (!process) {
    throw new Error(
      `Baustein ${block.id}@${block.version}: Der Prozess „${processId}“ fehlt im BPMN-Modell. / Block ${block.id}@${block.version}: the process "${processId}" is missing from the BPMN model.`
    )
  }
  setAttribute(process, 'isExecutable', 'true')
  wireCallActivities(document, block, blocksById)
  const deadlines = wireDeadlines(document, block)
  if (flavour === 'camunda8') applyZeebe(document, block, laneRoles)
  return { xml: serializeXmlTree(document.root), deadlines }
}

function wireCallActivities(
  document: BpmnDocument,
  block: BlockVersionFiles,
  blocksById: ReadonlyMap<string, BlockVersionFiles>
): void {
  for (const [id, node] of document.nodes) {
    if (node.type !== 'callActivity') continue
    const calledId = calledBausteinId(document, node.element)
    if (calledId === undefined) continue
    const called = blocksById.get(calledId)
    if (!called) {
      throw new Error(
        `Baustein ${block.id}@${block.version}: Die Aufrufaktivität „${id}“ ruft ${calledId} auf, der nicht aufgelöst wurde. / Block ${block.id}@${block.version}: the call activity "${id}" calls ${calledId}, which was not resolved.`
      )
    }
    setAttribute(node.element, 'calledElement', called.metadata.artefakte.bpmn.processId)
  }
}

function wireDeadlines(document: BpmnDocument, block: BlockVersionFiles): DeadlineWiring[] {
  return (block.metadata.fristen ?? []).map((frist) => {
    const base = {
      baustein: block.id,
      dauer: frist.dauer,
      ...(frist.beschreibung !== undefined ? { beschreibung: frist.beschreibung } : {}),
      ...(frist.rechtsgrundlage !== undefined
        ? { rechtsgrundlage: frist.rechtsgrundlage.name }
        : {}),
    }
    if (frist.bpmnElementId === undefined) return { ...base, umsetzung: 'nichtImModell' as const }
    const wired = { ...base, bpmnElementId: frist.bpmnElementId }
    const node = document.nodes.get(frist.bpmnElementId)
    const timer = node
      ? childElements(node.element).find(
          (child) => localName(child.name) === 'timerEventDefinition'
        )
      : undefined
    if (!timer) return { ...wired, umsetzung: 'keinTimer' as const }
    const kinds = childElements(timer).map((child) => localName(child.name))
    if (kinds.includes('timeDate') || kinds.includes('timeCycle')) {
      return { ...wired, umsetzung: 'andereZeitangabe' as const }
    }
    setDuration(document, timer, frist.dauer)
    return { ...wired, umsetzung: 'timer' as const }
  })
}

function setDuration(document: BpmnDocument, timer: XmlElement, duration: string): void {
  const existing = childElements(timer).find((child) => localName(child.name) === 'timeDuration')
  if (existing) {
    if (textContent(existing).trim() !== duration) existing.children = [duration]
    return
  }
  let xsi = prefixFor(document.root, XSI_URI)
  if (xsi === undefined) {
    xsi = 'xsi'
    setAttribute(document.root, 'xmlns:xsi', XSI_URI)
  }
  prependChild(
    timer,
    element(
      qualified(document.prefix, 'timeDuration'),
      [[`${xsi}:type`, qualified(document.prefix, 'tFormalExpression')]],
      [duration]
    )
  )
}
