import type {
  BpmnFacts,
  EventFact,
  FlowNodeFact,
  LaneFact,
  MessageFlowFact,
  NamedFact,
  TimerEventFact,
} from './bpmnFacts'
import { ancestorOfType, indexModel, type ModelIndex } from './modelIndex'
import type { ModdleElement } from './moddleElement'
import { elementOf, elementsIn, isA, referencedId, stringOf } from './moddleTree'
import { withoutUndefined } from './plainData'

/** Reads the facts of a model in one pass over its semantic elements, sub-processes included. */
export function readBpmnFacts(definitions: ModdleElement): BpmnFacts {
  const index = indexModel(definitions)
  const facts: BpmnFacts = {
    processes: [],
    participants: [],
    lanes: [],
    flowNodes: [],
    flowNodesByType: {},
    tasksByType: {},
    callActivities: [],
    dataObjects: [],
    dataObjectReferences: [],
    dataStores: [],
    dataStoreReferences: [],
    messageFlows: [],
    startEvents: [],
    endEvents: [],
    timerEvents: [],
    boundaryEvents: [],
    gateways: [],
    elementCount: 0,
  }
  const participantOfProcess = new Map<string, string>()
  const laneOfNode = new Map<string, string>()
  for (const element of index.semantic) {
    if (typeof element.id === 'string') facts.elementCount++
    if (isA(element, 'bpmn:Participant')) {
      const processRef = referencedId(element, 'processRef')
      facts.participants.push({ ...named(element), processRef })
      if (processRef && element.id && !participantOfProcess.has(processRef)) {
        participantOfProcess.set(processRef, element.id)
      }
    } else if (isA(element, 'bpmn:Lane')) {
      const lane = laneFact(index, element)
      facts.lanes.push(lane)
      // Lanes are visited parents first, so a nested lane overrides its parent: innermost wins.
      for (const nodeId of lane.flowNodeIds) laneOfNode.set(nodeId, lane.id)
    }
  }
  for (const lane of facts.lanes) {
    if (lane.processId) lane.participantId = participantOfProcess.get(lane.processId)
  }
  for (const element of index.semantic) {
    readElement(index, element, facts, laneOfNode)
  }
  for (const flow of facts.messageFlows) {
    flow.sourceParticipantId = participantOf(index, flow.sourceRef, participantOfProcess)
    flow.targetParticipantId = participantOf(index, flow.targetRef, participantOfProcess)
  }
  return withoutUndefined(facts)
}

function readElement(
  index: ModelIndex,
  element: ModdleElement,
  facts: BpmnFacts,
  laneOfNode: Map<string, string>
): void {
  if (isA(element, 'bpmn:Process')) {
    facts.processes.push({ ...named(element), isExecutable: element.isExecutable === true })
  } else if (isA(element, 'bpmn:FlowNode')) {
    readFlowNode(index, element, facts, laneOfNode)
  } else if (isA(element, 'bpmn:DataObject')) {
    facts.dataObjects.push({ ...named(element), isCollection: element.isCollection === true })
  } else if (isA(element, 'bpmn:DataObjectReference')) {
    facts.dataObjectReferences.push({
      ...named(element),
      ref: referencedId(element, 'dataObjectRef'),
    })
  } else if (isA(element, 'bpmn:DataStore')) {
    facts.dataStores.push(named(element))
  } else if (isA(element, 'bpmn:DataStoreReference')) {
    facts.dataStoreReferences.push({
      ...named(element),
      ref: referencedId(element, 'dataStoreRef'),
    })
  } else if (isA(element, 'bpmn:MessageFlow')) {
    const flow: MessageFlowFact = {
      ...named(element),
      sourceRef: referencedId(element, 'sourceRef'),
      targetRef: referencedId(element, 'targetRef'),
    }
    facts.messageFlows.push(flow)
  }
}

function readFlowNode(
  index: ModelIndex,
  element: ModdleElement,
  facts: BpmnFacts,
  laneOfNode: Map<string, string>
): void {
  const node: FlowNodeFact = {
    ...named(element),
    type: element.$type,
    processId: ancestorOfType(index, element, 'bpmn:Process')?.id,
    parentId: index.parentOf.get(element)?.id,
    laneId: element.id === undefined ? undefined : laneOfNode.get(element.id),
  }
  facts.flowNodes.push(node)
  count(facts.flowNodesByType, element.$type)
  if (isA(element, 'bpmn:Task')) count(facts.tasksByType, element.$type)
  if (isA(element, 'bpmn:CallActivity')) {
    const baustein = stringOf(element, 'baustein')
    const version = stringOf(element, 'version')
    facts.callActivities.push({
      ...named(element),
      calledElement: stringOf(element, 'calledElement'),
      bausteinRef: baustein === undefined ? undefined : { id: baustein, versionRange: version },
    })
  } else if (isA(element, 'bpmn:Gateway')) {
    facts.gateways.push({
      ...named(element),
      type: element.$type,
      gatewayDirection: stringOf(element, 'gatewayDirection'),
      defaultFlowId: referencedId(element, 'default'),
    })
  } else if (isA(element, 'bpmn:Event')) {
    readEvent(element, node, facts)
  }
}

function readEvent(element: ModdleElement, node: FlowNodeFact, facts: BpmnFacts): void {
  const definitions = elementsIn(element.eventDefinitions)
  const event: EventFact = {
    id: node.id,
    name: node.name,
    type: node.type,
    processId: node.processId,
    parentId: node.parentId,
    eventDefinitionTypes: definitions.map((definition) => definition.$type),
  }
  if (isA(element, 'bpmn:StartEvent')) facts.startEvents.push(event)
  else if (isA(element, 'bpmn:EndEvent')) facts.endEvents.push(event)
  else if (isA(element, 'bpmn:BoundaryEvent')) {
    facts.boundaryEvents.push({
      ...event,
      attachedToRef: referencedId(element, 'attachedToRef'),
      // BPMN default: a boundary event interrupts the activity unless it says otherwise.
      cancelActivity: element.cancelActivity !== false,
    })
  }
  for (const timer of definitions.filter((definition) =>
    isA(definition, 'bpmn:TimerEventDefinition')
  )) {
    const fact: TimerEventFact = { ...event }
    for (const field of ['timeDuration', 'timeDate', 'timeCycle'] as const) {
      const body = elementOf(timer, field)?.body
      if (typeof body === 'string') fact[field] = body.trim()
    }
    facts.timerEvents.push(fact)
  }
}

function laneFact(index: ModelIndex, lane: ModdleElement): LaneFact {
  return {
    ...named(lane),
    processId: ancestorOfType(index, lane, 'bpmn:Process')?.id,
    flowNodeIds: elementsIn(lane.flowNodeRef)
      .map((node) => node.id)
      .filter((id) => id !== undefined),
  }
}

/** The pool a message flow end belongs to: the pool itself, or the pool of the node's process. */
function participantOf(
  index: ModelIndex,
  endId: string | undefined,
  participantOfProcess: Map<string, string>
): string | undefined {
  const end = endId === undefined ? undefined : index.byId.get(endId)?.[0]
  if (!end) return undefined
  if (isA(end, 'bpmn:Participant')) return end.id
  const processId = ancestorOfType(index, end, 'bpmn:Process')?.id
  return processId === undefined ? undefined : participantOfProcess.get(processId)
}

function named(element: ModdleElement): NamedFact {
  return { id: element.id ?? '', name: stringOf(element, 'name') }
}

function count(counts: Record<string, number>, type: string): void {
  counts[type] = (counts[type] ?? 0) + 1
}
