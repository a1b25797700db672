/**
 * bpmnLayout — generates the reference BPMN diagrams of models/ from compact specs.
 *
 * API (stable; other spec authors depend on it):
 *   defineDiagram(spec: DiagramSpec): DiagramSpec       identity helper for typed spec files
 *   buildBpmn(spec: DiagramSpec): string                BPMN 2.0 XML with DI; throws DiagramSpecError
 *   validateSpec(spec: DiagramSpec): Problem[]          the checks buildBpmn runs first
 *   DiagramSpecError { problems: Problem[] }
 *
 * Spec files live in models/scripts/specs/<slug>.ts (generic blocks → models/bausteine/<slug>/<slug>.bpmn)
 * and models/scripts/specs/verfahren/<slug>.ts (procedures → models/verfahren/<slug>/<slug>.bpmn).
 * Each spec file default-exports its spec. Do not name them *.spec.ts (vitest would run them).
 * Regenerate all files with `pnpm exec tsx models/scripts/buildModels.ts` (`--check` only compares).
 *
 * Example (models/scripts/specs/verfahren/beispiel.ts):
 *
 *   import { defineDiagram } from '../../bpmnLayout'
 *
 *   export default defineDiagram({
 *     processId: 'Process_Beispiel',
 *     processName: 'Beispiel bearbeiten',
 *     pools: [
 *       { id: 'Participant_Antragsteller', name: 'Antragsteller/in', collapsed: true },
 *       {
 *         id: 'Participant_Behoerde', name: 'Behörde', processRef: 'Process_Beispiel',
 *         lanes: [{ id: 'Lane_Sachbearbeitung', name: 'Sachbearbeitung' }],
 *       },
 *     ],
 *     nodes: [
 *       { id: 'StartEvent_AntragEingegangen', type: 'startEvent', event: 'message',
 *         name: 'Antrag eingegangen', lane: 'Lane_Sachbearbeitung', col: 0 },
 *       { id: 'Activity_IdentitaetPruefen', type: 'callActivity', name: 'Identität prüfen',
 *         lane: 'Lane_Sachbearbeitung', col: 1, calledElement: 'Process_IdentitaetPruefen',
 *         baustein: { id: 'urn:bauplan:baustein:sn:identitaet-pruefen', version: '^1.0.0' } },
 *       { id: 'Gateway_Bestaetigt', type: 'exclusiveGateway', name: 'Identität bestätigt?',
 *         lane: 'Lane_Sachbearbeitung', col: 2 },
 *       { id: 'EndEvent_Erledigt', type: 'endEvent', name: 'Antrag bearbeitet',
 *         lane: 'Lane_Sachbearbeitung', col: 3 },
 *       { id: 'EndEvent_Abgelehnt', type: 'endEvent', name: 'Antrag abgelehnt',
 *         lane: 'Lane_Sachbearbeitung', col: 3, row: 1 },
 *     ],
 *     flows: [
 *       { from: 'StartEvent_AntragEingegangen', to: 'Activity_IdentitaetPruefen' },
 *       { from: 'Activity_IdentitaetPruefen', to: 'Gateway_Bestaetigt' },
 *       { from: 'Gateway_Bestaetigt', to: 'EndEvent_Erledigt', name: 'ja', condition: '=identitaetBestaetigt' },
 *       { from: 'Gateway_Bestaetigt', to: 'EndEvent_Abgelehnt', name: 'nein', default: true },
 *     ],
 *     messageFlows: [{ from: 'Participant_Antragsteller', to: 'StartEvent_AntragEingegangen', name: 'Antrag' }],
 *   })
 *
 * Layout rules: columns 150 px, rows 130 px (160 px where an activity has boundary events, so edges
 * can leave them below the host), a lane is at least one row, pools stacked in spec order. Edges are
 * orthogonal, avoid shapes and keep different kinds of edges (in, out, message, association) off the
 * same side of a shape; straight flows to the next element in the same row are routed first. Labels
 * of events, gateways and flows go beside their element where they cover no shape or other label.
 * Ids in the output: the spec ids, `Flow_<from>_<to>`, `MessageFlow_<from>_<to>`, `<id>_di` for
 * diagram elements; processes of other expanded pools get isExecutable="false".
 *
 * Also supported: `multiInstance: 'parallel' | 'sequential'` on activities, data objects with
 * `inputTo`/`outputFrom`, text annotations with `annotates`, message/timer/error/signal/terminate
 * events (`event`, `timer`, `eventRefName`, `errorCode`), non-interrupting boundary events.
 * Spec mistakes are reported as Problems (codes `spec.*`, `layout.noRoute`) naming the element.
 * Helper modules for spec files belong in a sub-folder (e.g. specs/verfahren/lib/).
 */
export type {
  ActivityType,
  DataObjectSpec,
  DiagramSpec,
  EventKind,
  EventType,
  FlowSpec,
  GatewayType,
  LaneSpec,
  MessageFlowSpec,
  NodeSpec,
  NodeType,
  PoolSpec,
  TextAnnotationSpec,
  TimerSpec,
} from './spec'
export { defineDiagram, flowId, messageFlowId } from './spec'
export { buildBpmn, DiagramSpecError, NAMESPACES, TARGET_NAMESPACE } from './buildBpmn'
export { validateSpec } from './validateSpec'
