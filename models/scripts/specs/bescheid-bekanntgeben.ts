/** Bescheid bekanntgeben (RAG 2): über das Postfach des Nutzerkontos oder per Post, mit Bekanntgabefiktion. */
import { defineDiagram } from '../bpmnLayout'

const SB = 'Lane_Sachbearbeitung'
const PO = 'Lane_Poststelle'

export default defineDiagram({
  processId: 'Process_BescheidBekanntgeben',
  processName: 'Bescheid bekanntgeben',
  documentation:
    'Gibt einen Bescheid bekannt (§ 41 VwVfG): mit Einwilligung durch Bereitstellung im Postfach des Nutzerkontos (§ 9 OZG), sonst per Post; das Bekanntgabedatum ergibt sich aus der gesetzlichen Fiktion und wird vermerkt.',
  pools: [
    { id: 'Participant_Empfaenger', name: 'Antragsteller/in', collapsed: true },
    {
      id: 'Participant_Behoerde',
      name: 'Zuständige Behörde',
      processRef: 'Process_BescheidBekanntgeben',
      lanes: [
        { id: SB, name: 'Sachbearbeitung' },
        { id: PO, name: 'Poststelle' },
      ],
    },
  ],
  nodes: [
    {
      id: 'StartEvent_BescheidFreigegeben',
      type: 'startEvent',
      name: 'Bescheid freigegeben',
      lane: SB,
      col: 0,
    },
    {
      id: 'Gateway_PostfachEinwilligung',
      type: 'exclusiveGateway',
      name: 'Einwilligung in Postfach?',
      lane: SB,
      col: 1,
    },
    {
      id: 'Activity_ImPostfachBereitstellen',
      type: 'sendTask',
      name: 'Bescheid im Postfach bereitstellen',
      lane: SB,
      col: 2,
    },
    {
      id: 'Event_DritterTagNachBereitstellung',
      type: 'intermediateCatchEvent',
      event: 'timer',
      timer: { timeDuration: 'P3D' },
      name: 'Dritter Tag nach Bereitstellung',
      lane: SB,
      col: 3,
    },
    {
      id: 'Activity_PerPostVersenden',
      type: 'sendTask',
      name: 'Bescheid per Post versenden',
      lane: PO,
      col: 2,
    },
    {
      id: 'Event_VierterTagNachAufgabe',
      type: 'intermediateCatchEvent',
      event: 'timer',
      timer: { timeDuration: 'P4D' },
      name: 'Vierter Tag nach Aufgabe zur Post',
      lane: PO,
      col: 3,
    },
    { id: 'Gateway_Zusammenfuehren', type: 'exclusiveGateway', lane: SB, col: 4 },
    {
      id: 'Activity_BekanntgabeVermerken',
      type: 'serviceTask',
      name: 'Bekanntgabedatum vermerken',
      lane: SB,
      col: 5,
    },
    {
      id: 'EndEvent_BescheidBekanntgegeben',
      type: 'endEvent',
      name: 'Bescheid bekanntgegeben',
      lane: SB,
      col: 6,
    },
  ],
  flows: [
    { from: 'StartEvent_BescheidFreigegeben', to: 'Gateway_PostfachEinwilligung' },
    {
      from: 'Gateway_PostfachEinwilligung',
      to: 'Activity_ImPostfachBereitstellen',
      name: 'ja',
      condition: '=einwilligungPostfach',
    },
    {
      from: 'Gateway_PostfachEinwilligung',
      to: 'Activity_PerPostVersenden',
      name: 'nein',
      default: true,
    },
    { from: 'Activity_ImPostfachBereitstellen', to: 'Event_DritterTagNachBereitstellung' },
    { from: 'Event_DritterTagNachBereitstellung', to: 'Gateway_Zusammenfuehren' },
    { from: 'Activity_PerPostVersenden', to: 'Event_VierterTagNachAufgabe' },
    { from: 'Event_VierterTagNachAufgabe', to: 'Gateway_Zusammenfuehren' },
    { from: 'Gateway_Zusammenfuehren', to: 'Activity_BekanntgabeVermerken' },
    { from: 'Activity_BekanntgabeVermerken', to: 'EndEvent_BescheidBekanntgegeben' },
  ],
  messageFlows: [
    {
      from: 'Activity_ImPostfachBereitstellen',
      to: 'Participant_Empfaenger',
      name: 'Bescheid und Benachrichtigung',
    },
    { from: 'Activity_PerPostVersenden', to: 'Participant_Empfaenger', name: 'Bescheid (Brief)' },
  ],
})
