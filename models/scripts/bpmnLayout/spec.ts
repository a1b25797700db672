/**
 * The compact diagram spec that `buildBpmn` turns into a complete BPMN 2.0 file with diagram
 * interchange. Authors place elements on a grid (pool → lane → row, column); the generator computes
 * every coordinate, routes every edge and positions every label, so all reference diagrams share one
 * readable layout and nobody hand-edits coordinates.
 *
 * Grid: `col` counts columns from the left (0-based, shared by all pools so message flows line up);
 * `row` counts rows inside a lane (0-based, default 0). One cell holds at most one element.
 * Boundary events take no cell: they sit on the bottom edge of the activity they are attached to.
 */

export type ActivityType =
  | 'task'
  | 'userTask'
  | 'serviceTask'
  | 'sendTask'
  | 'receiveTask'
  | 'manualTask'
  | 'businessRuleTask'
  | 'scriptTask'
  | 'callActivity'

export type GatewayType = 'exclusiveGateway' | 'parallelGateway' | 'eventBasedGateway'

export type EventType =
  'startEvent' | 'endEvent' | 'intermediateCatchEvent' | 'intermediateThrowEvent' | 'boundaryEvent'

export type NodeType = ActivityType | GatewayType | EventType

/** The event definition an event carries; none means a plain (untyped) event. */
export type EventKind = 'message' | 'timer' | 'error' | 'signal' | 'terminate'

/** Exactly one of the three ISO 8601 timer forms (BPMN `timeDuration`, `timeDate`, `timeCycle`). */
export type TimerSpec = { timeDuration: string } | { timeDate: string } | { timeCycle: string }

export interface NodeSpec {
  /** XML id, e.g. `Activity_AntragPruefen`, `Gateway_Vollstaendig`, `Event_FristAbgelaufen`. */
  id: string
  type: NodeType
  /** German, verb + object for activities ("Antrag prüfen"), a question for gateways ("Vollständig?"). */
  name?: string
  /** Lane id, or the pool id for an expanded pool without lanes. Boundary events take their host's. */
  lane?: string
  col?: number
  row?: number
  event?: EventKind
  timer?: TimerSpec
  /** Name of the BPMN message / error / signal the event refers to (defaults to the event name). */
  eventRefName?: string
  /** Error code of an error event (`errorCode` of `bpmn:error`). */
  errorCode?: string
  /** Boundary events: the activity they are attached to. */
  attachedTo?: string
  /** Boundary events: false for a non-interrupting event. Default true. */
  interrupting?: boolean
  /** Call activities: id of the called process (the called block's `artefakte.bpmn.processId`). */
  calledElement?: string
  /** Call activities: the catalogue block and accepted semver range (`bauplan:baustein`, `bauplan:version`). */
  baustein?: { id: string; version: string }
  /** Activities: run once per item, all at once (`parallel`) or one after another (`sequential`). */
  multiInstance?: 'parallel' | 'sequential'
  documentation?: string
}

export interface LaneSpec {
  id: string
  name: string
}

export interface PoolSpec {
  /** Participant id, e.g. `Participant_Behoerde`. */
  id: string
  name: string
  /** Process shown in this pool. Required unless `collapsed`. */
  processRef?: string
  /** A black-box pool (no process), e.g. the applicant who only exchanges messages. */
  collapsed?: boolean
  lanes?: LaneSpec[]
}

export interface FlowSpec {
  /** Defaults to `Flow_<from>_<to>`; give one when two flows connect the same pair. */
  id?: string
  from: string
  to: string
  /** Label, e.g. "ja" / "nein" after a gateway. */
  name?: string
  /** Condition expression (FEEL, e.g. `=vollstaendig = true`) for flows leaving an exclusive gateway. */
  condition?: string
  /** Marks the gateway's default flow (`default` attribute of the gateway). */
  default?: boolean
}

export interface MessageFlowSpec {
  /** Defaults to `MessageFlow_<from>_<to>`. */
  id?: string
  /** A flow node id or a collapsed pool id. */
  from: string
  to: string
  name?: string
}

export interface DataObjectSpec {
  /** Id of the `bpmn:dataObjectReference`; the data object itself gets `<id>_Object`. */
  id: string
  name: string
  lane: string
  col: number
  row?: number
  /** Activities that read this data object (data input associations). */
  inputTo?: string[]
  /** Activities that write this data object (data output associations). */
  outputFrom?: string[]
}

export interface TextAnnotationSpec {
  id: string
  text: string
  lane: string
  col: number
  row?: number
  /** Element the annotation explains (connected by an association). */
  annotates?: string
}

export interface DiagramSpec {
  /** Id of the executable process, e.g. `Process_IdentitaetPruefen`. */
  processId: string
  processName: string
  /** Defaults to `Collaboration_<processId without "Process_">`. */
  collaborationId?: string
  documentation?: string
  /** Stacked top to bottom in this order. Exactly one pool has `processRef === processId`. */
  pools: PoolSpec[]
  nodes: NodeSpec[]
  flows: FlowSpec[]
  messageFlows?: MessageFlowSpec[]
  dataObjects?: DataObjectSpec[]
  textAnnotations?: TextAnnotationSpec[]
}

/** Identity helper so spec files get type checking and editor completion. */
export function defineDiagram(spec: DiagramSpec): DiagramSpec {
  return spec
}

const ACTIVITY_TYPES: ReadonlySet<string> = new Set<ActivityType>([
  'task',
  'userTask',
  'serviceTask',
  'sendTask',
  'receiveTask',
  'manualTask',
  'businessRuleTask',
  'scriptTask',
  'callActivity',
])
const GATEWAY_TYPES: ReadonlySet<string> = new Set<GatewayType>([
  'exclusiveGateway',
  'parallelGateway',
  'eventBasedGateway',
])

export function isActivity(type: NodeType): type is ActivityType {
  return ACTIVITY_TYPES.has(type)
}

export function isGateway(type: NodeType): type is GatewayType {
  return GATEWAY_TYPES.has(type)
}

export function isEvent(type: NodeType): type is EventType {
  return !isActivity(type) && !isGateway(type)
}

export function flowId(flow: FlowSpec): string {
  return flow.id ?? `Flow_${flow.from}_${flow.to}`
}

export function messageFlowId(flow: MessageFlowSpec): string {
  return flow.id ?? `MessageFlow_${flow.from}_${flow.to}`
}

export function collaborationIdOf(spec: DiagramSpec): string {
  return spec.collaborationId ?? `Collaboration_${spec.processId.replace(/^Process_/, '')}`
}
