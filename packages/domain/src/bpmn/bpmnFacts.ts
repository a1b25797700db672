/**
 * What a BPMN model says, as plain serialisable data (no moddle objects): the input for metadata
 * checks, catalogue search, reference resolution and blueprint export, none of which should need
 * to know bpmn-moddle. Element types keep their BPMN names, e.g. `bpmn:UserTask`.
 */
export interface BpmnFacts {
  processes: ProcessFact[]
  participants: ParticipantFact[]
  lanes: LaneFact[]
  /** Every flow node (events, activities, gateways) at any sub-process depth. */
  flowNodes: FlowNodeFact[]
  /** Count of flow nodes per type. */
  flowNodesByType: Record<string, number>
  /** Count of tasks (bpmn:Task and its subtypes such as bpmn:UserTask) per type. */
  tasksByType: Record<string, number>
  callActivities: CallActivityFact[]
  dataObjects: DataObjectFact[]
  dataObjectReferences: DataReferenceFact[]
  dataStores: NamedFact[]
  dataStoreReferences: DataReferenceFact[]
  messageFlows: MessageFlowFact[]
  startEvents: EventFact[]
  endEvents: EventFact[]
  timerEvents: TimerEventFact[]
  boundaryEvents: BoundaryEventFact[]
  gateways: GatewayFact[]
  /** Number of semantic elements with an id (diagram interchange not counted). */
  elementCount: number
}

export interface NamedFact {
  id: string
  name?: string
}

export interface ProcessFact extends NamedFact {
  isExecutable: boolean
}

export interface ParticipantFact extends NamedFact {
  /** Id of the process the pool contains; absent for a black-box pool. */
  processRef?: string
}

export interface LaneFact extends NamedFact {
  processId?: string
  /** The pool whose process holds the lane. */
  participantId?: string
  flowNodeIds: string[]
}

export interface FlowNodeFact extends NamedFact {
  type: string
  /** The process the node belongs to, through any sub-processes. */
  processId?: string
  /** The directly containing process or sub-process. */
  parentId?: string
  /** The innermost lane that lists the node. */
  laneId?: string
}

export interface CallActivityFact extends NamedFact {
  calledElement?: string
  /** The catalogue building block called, from `bauplan:baustein` and `bauplan:version`. */
  bausteinRef?: { id: string; versionRange?: string }
}

export interface DataObjectFact extends NamedFact {
  isCollection: boolean
}

export interface DataReferenceFact extends NamedFact {
  /** Id of the data object or data store referenced. */
  ref?: string
}

export interface MessageFlowFact extends NamedFact {
  sourceRef?: string
  targetRef?: string
  sourceParticipantId?: string
  targetParticipantId?: string
}

export interface EventFact extends NamedFact {
  type: string
  processId?: string
  parentId?: string
  /** Types of the event definitions, e.g. `bpmn:MessageEventDefinition`; empty for a none event. */
  eventDefinitionTypes: string[]
}

export interface TimerEventFact extends EventFact {
  timeDuration?: string
  timeDate?: string
  timeCycle?: string
}

export interface BoundaryEventFact extends EventFact {
  attachedToRef?: string
  cancelActivity: boolean
}

export interface GatewayFact extends NamedFact {
  type: string
  gatewayDirection?: string
  defaultFlowId?: string
}
