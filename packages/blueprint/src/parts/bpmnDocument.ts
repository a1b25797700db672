import { BAUPLAN_BPMN_URI, BPMN_MODEL_URI } from '@bauplan/domain'
import { parseXmlTree, type XmlElement } from './xml/xmlTree'
import { attribute, childElements, descendants, localName, prefixFor } from './xml/xmlQuery'

/** A BPMN file as an editable tree plus the indexes the part exporters need. */
export interface BpmnDocument {
  root: XmlElement
  /** Prefix of the BPMN model namespace (`bpmn` in the reference models). */
  prefix: string
  /** Prefix of the bauplan extension namespace, when the file declares it. */
  bauplanPrefix?: string
  processes: XmlElement[]
  participants: Array<{ id: string; name?: string; processRef?: string }>
  messageFlows: Array<{ id: string; name?: string; sourceRef: string; targetRef: string }>
  lanes: Array<{ id: string; name?: string; processId: string; flowNodeIds: string[] }>
  /** Flow nodes (and their element) of every process, document order, with the process they belong to. */
  nodes: Map<string, { element: XmlElement; type: string; processId: string; name?: string }>
  sequenceFlows: Array<{ id: string; sourceRef: string; targetRef: string; processId: string }>
}

const NOT_FLOW_NODES = new Set([
  'laneSet',
  'lane',
  'sequenceFlow',
  'documentation',
  'extensionElements',
  'dataObject',
  'dataObjectReference',
  'dataStoreReference',
  'textAnnotation',
  'association',
  'group',
  'property',
  'ioSpecification',
])

const readOnlyCache = new Map<string, BpmnDocument>()
const READ_ONLY_CACHE_SIZE = 64

/**
 * A parsed document shared by the readers of one export (steps, roles, interfaces, filing):
 * parsing once per file instead of once per reader. Callers must not change it; an exporter that
 * edits the tree reads its own copy with `readBpmnDocument`.
 */
export function sharedBpmnDocument(text: string): BpmnDocument {
  const cached = readOnlyCache.get(text)
  if (cached) return cached
  const document = readBpmnDocument(text)
  if (readOnlyCache.size >= READ_ONLY_CACHE_SIZE) {
    const oldest = readOnlyCache.keys().next().value
    if (oldest !== undefined) readOnlyCache.delete(oldest)
  }
  readOnlyCache.set(text, document)
  return document
}

export function readBpmnDocument(text: string): BpmnDocument {
  const root = parseXmlTree(text)
  const prefix = prefixFor(root, BPMN_MODEL_URI) ?? 'bpmn'
  const inBpmn = (element: XmlElement) =>
    prefix === '' ? !element.name.includes(':') : element.name.startsWith(`${prefix}:`)
  const processes = childElements(root).filter(
    (element) => inBpmn(element) && localName(element.name) === 'process'
  )
  const bauplanPrefix = prefixFor(root, BAUPLAN_BPMN_URI)
  const document: BpmnDocument = {
    root,
    prefix,
    ...(bauplanPrefix ? { bauplanPrefix } : {}),
    processes,
    participants: [],
    messageFlows: [],
    lanes: [],
    nodes: new Map(),
    sequenceFlows: [],
  }
  for (const element of descendants(root)) {
    if (!inBpmn(element)) continue
    const kind = localName(element.name)
    const id = attribute(element, 'id') ?? ''
    const name = attribute(element, 'name')
    if (kind === 'participant') {
      const processRef = attribute(element, 'processRef')
      document.participants.push({
        id,
        ...(name ? { name } : {}),
        ...(processRef ? { processRef } : {}),
      })
    } else if (kind === 'messageFlow') {
      document.messageFlows.push({
        id,
        ...(name ? { name } : {}),
        sourceRef: attribute(element, 'sourceRef') ?? '',
        targetRef: attribute(element, 'targetRef') ?? '',
      })
    }
  }
  for (const process of processes)
    indexProcess(document, process, attribute(process, 'id') ?? '', inBpmn)
  return document
}

function indexProcess(
  document: BpmnDocument,
  container: XmlElement,
  processId: string,
  inBpmn: (element: XmlElement) => boolean
): void {
  for (const element of childElements(container)) {
    if (!inBpmn(element)) continue
    const kind = localName(element.name)
    const id = attribute(element, 'id') ?? ''
    if (kind === 'laneSet') {
      for (const lane of descendants(element).filter((e) => localName(e.name) === 'lane')) {
        const name = attribute(lane, 'name')
        document.lanes.push({
          id: attribute(lane, 'id') ?? '',
          ...(name ? { name } : {}),
          processId,
          flowNodeIds: childElements(lane)
            .filter((ref) => localName(ref.name) === 'flowNodeRef')
            .map((ref) => ref.children.join('').trim()),
        })
      }
    } else if (kind === 'sequenceFlow') {
      document.sequenceFlows.push({
        id,
        sourceRef: attribute(element, 'sourceRef') ?? '',
        targetRef: attribute(element, 'targetRef') ?? '',
        processId,
      })
    } else if (!NOT_FLOW_NODES.has(kind)) {
      const name = attribute(element, 'name')
      document.nodes.set(id, { element, type: kind, processId, ...(name ? { name } : {}) })
      if (kind === 'subProcess' || kind === 'transaction' || kind === 'adHocSubProcess') {
        indexProcess(document, element, processId, inBpmn)
      }
    }
  }
}

/**
 * Flow node ids in the order a reader follows the process: breadth-first along sequence flows
 * from the start events, then anything unreached in document order. Used to order steps, roles
 * and interfaces the way the diagram reads.
 */
export function flowOrder(document: BpmnDocument, processId: string): string[] {
  const nodes = [...document.nodes.entries()].filter(([, node]) => node.processId === processId)
  const next = new Map<string, string[]>()
  for (const flow of document.sequenceFlows) {
    next.set(flow.sourceRef, [...(next.get(flow.sourceRef) ?? []), flow.targetRef])
  }
  const order: string[] = []
  const seen = new Set<string>()
  const queue = nodes.filter(([, node]) => node.type === 'startEvent').map(([id]) => id)
  while (queue.length > 0) {
    const id = queue.shift() as string
    if (seen.has(id)) continue
    seen.add(id)
    order.push(id)
    queue.push(...(next.get(id) ?? []))
  }
  for (const [id] of nodes) if (!seen.has(id)) order.push(id)
  return order
}

/** The catalogue block a call activity calls (`bauplan:baustein`), if any. */
export function calledBausteinId(document: BpmnDocument, element: XmlElement): string | undefined {
  return document.bauplanPrefix === undefined
    ? undefined
    : attribute(element, `${document.bauplanPrefix}:baustein`)
}
