/** Unterlagen nachfordern (RAG 7): fehlende Unterlagen mit Frist anfordern und auf Eingang oder Fristablauf warten. */
import { defineDiagram } from '../bpmnLayout'

const SB = 'Lane_Sachbearbeitung'

export default defineDiagram({
  processId: 'Process_UnterlagenNachfordern',
  processName: 'Unterlagen nachfordern',
  documentation:
    'Fordert fehlende Angaben und Unterlagen mit Frist an (Mitwirkung der Beteiligten, § 26 Abs. 2 VwVfG) und wartet auf den Eingang oder den Ablauf der Frist.',
  pools: [
    { id: 'Participant_Antragsteller', name: 'Antragsteller/in', collapsed: true },
    {
      id: 'Participant_Behoerde',
      name: 'Zuständige Behörde',
      processRef: 'Process_UnterlagenNachfordern',
      lanes: [{ id: SB, name: 'Sachbearbeitung' }],
    },
  ],
  nodes: [
    {
      id: 'StartEvent_UnterlagenFehlen',
      type: 'startEvent',
      name: 'Angaben oder Unterlagen fehlen',
      lane: SB,
      col: 0,
    },
    {
      id: 'Activity_NachforderungErstellen',
      type: 'userTask',
      name: 'Nachforderung mit Frist erstellen',
      lane: SB,
      col: 1,
    },
    {
      id: 'Activity_UnterlagenNachfordern',
      type: 'sendTask',
      name: 'Unterlagen nachfordern',
      lane: SB,
      col: 2,
    },
    { id: 'Gateway_AntwortOderFrist', type: 'eventBasedGateway', lane: SB, col: 3 },
    {
      id: 'Event_UnterlagenEingegangen',
      type: 'intermediateCatchEvent',
      event: 'message',
      name: 'Unterlagen eingegangen',
      lane: SB,
      col: 4,
    },
    {
      id: 'Activity_UnterlagenSichten',
      type: 'userTask',
      name: 'Nachgereichte Unterlagen sichten',
      lane: SB,
      col: 5,
    },
    {
      id: 'EndEvent_UnterlagenNachgereicht',
      type: 'endEvent',
      name: 'Unterlagen nachgereicht',
      lane: SB,
      col: 6,
    },
    {
      id: 'Event_FristAbgelaufen',
      type: 'intermediateCatchEvent',
      event: 'timer',
      timer: { timeDuration: 'P14D' },
      name: 'Frist abgelaufen (14 Tage)',
      lane: SB,
      col: 4,
      row: 1,
    },
    {
      id: 'Activity_FristablaufVermerken',
      type: 'userTask',
      name: 'Fristablauf vermerken',
      lane: SB,
      col: 5,
      row: 1,
    },
    {
      id: 'EndEvent_NichtNachgereicht',
      type: 'endEvent',
      name: 'Unterlagen nicht nachgereicht',
      lane: SB,
      col: 6,
      row: 1,
    },
  ],
  flows: [
    { from: 'StartEvent_UnterlagenFehlen', to: 'Activity_NachforderungErstellen' },
    { from: 'Activity_NachforderungErstellen', to: 'Activity_UnterlagenNachfordern' },
    { from: 'Activity_UnterlagenNachfordern', to: 'Gateway_AntwortOderFrist' },
    { from: 'Gateway_AntwortOderFrist', to: 'Event_UnterlagenEingegangen' },
    { from: 'Gateway_AntwortOderFrist', to: 'Event_FristAbgelaufen' },
    { from: 'Event_UnterlagenEingegangen', to: 'Activity_UnterlagenSichten' },
    { from: 'Activity_UnterlagenSichten', to: 'EndEvent_UnterlagenNachgereicht' },
    { from: 'Event_FristAbgelaufen', to: 'Activity_FristablaufVermerken' },
    { from: 'Activity_FristablaufVermerken', to: 'EndEvent_NichtNachgereicht' },
  ],
  messageFlows: [
    {
      from: 'Activity_UnterlagenNachfordern',
      to: 'Participant_Antragsteller',
      name: 'Nachforderung',
    },
    { from: 'Participant_Antragsteller', to: 'Event_UnterlagenEingegangen', name: 'Unterlagen' },
  ],
})
