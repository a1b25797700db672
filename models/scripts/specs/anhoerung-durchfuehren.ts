/** Anhörung durchführen (RAG 7): vor einem belastenden Verwaltungsakt Gelegenheit zur Äußerung geben (§ 28 VwVfG). */
import { defineDiagram } from '../bpmnLayout'

const SB = 'Lane_Sachbearbeitung'

export default defineDiagram({
  processId: 'Process_AnhoerungDurchfuehren',
  processName: 'Anhörung durchführen',
  documentation:
    'Gibt Beteiligten vor einem Verwaltungsakt, der in ihre Rechte eingreift, Gelegenheit, sich zu den entscheidungserheblichen Tatsachen zu äußern (§ 28 Abs. 1 VwVfG), oder hält fest, warum davon abgesehen wird (§ 28 Abs. 2 VwVfG).',
  pools: [
    { id: 'Participant_Beteiligte', name: 'Beteiligte/r', collapsed: true },
    {
      id: 'Participant_Behoerde',
      name: 'Zuständige Behörde',
      processRef: 'Process_AnhoerungDurchfuehren',
      lanes: [{ id: SB, name: 'Sachbearbeitung' }],
    },
  ],
  nodes: [
    {
      id: 'StartEvent_BelastendeEntscheidung',
      type: 'startEvent',
      name: 'Belastende Entscheidung beabsichtigt',
      lane: SB,
      col: 0,
    },
    {
      id: 'Gateway_AnhoerungEntbehrlich',
      type: 'exclusiveGateway',
      name: 'Ausnahme nach § 28 Abs. 2 VwVfG?',
      lane: SB,
      col: 1,
    },
    {
      id: 'Activity_AnhoerungsschreibenErstellen',
      type: 'userTask',
      name: 'Anhörungsschreiben erstellen',
      lane: SB,
      col: 2,
    },
    {
      id: 'Activity_GelegenheitGeben',
      type: 'sendTask',
      name: 'Gelegenheit zur Äußerung geben',
      lane: SB,
      col: 3,
    },
    { id: 'Gateway_AeusserungOderFrist', type: 'eventBasedGateway', lane: SB, col: 4 },
    {
      id: 'Event_AeusserungEingegangen',
      type: 'intermediateCatchEvent',
      event: 'message',
      name: 'Äußerung eingegangen',
      lane: SB,
      col: 5,
    },
    {
      id: 'Activity_AeusserungWuerdigen',
      type: 'userTask',
      name: 'Äußerung würdigen',
      lane: SB,
      col: 6,
    },
    {
      id: 'EndEvent_AnhoerungDurchgefuehrt',
      type: 'endEvent',
      name: 'Anhörung durchgeführt',
      lane: SB,
      col: 7,
    },
    {
      id: 'Event_AeusserungsfristAbgelaufen',
      type: 'intermediateCatchEvent',
      event: 'timer',
      timer: { timeDuration: 'P14D' },
      name: 'Äußerungsfrist abgelaufen',
      lane: SB,
      col: 5,
      row: 1,
    },
    {
      id: 'EndEvent_OhneAeusserung',
      type: 'endEvent',
      name: 'Anhörung ohne Äußerung abgeschlossen',
      lane: SB,
      col: 7,
      row: 1,
    },
    {
      id: 'Activity_AbsehenBegruenden',
      type: 'userTask',
      name: 'Absehen von der Anhörung begründen',
      lane: SB,
      col: 2,
      row: 2,
    },
    {
      id: 'EndEvent_AnhoerungEntbehrlich',
      type: 'endEvent',
      name: 'Anhörung entbehrlich',
      lane: SB,
      col: 7,
      row: 2,
    },
  ],
  flows: [
    { from: 'StartEvent_BelastendeEntscheidung', to: 'Gateway_AnhoerungEntbehrlich' },
    {
      from: 'Gateway_AnhoerungEntbehrlich',
      to: 'Activity_AnhoerungsschreibenErstellen',
      name: 'nein',
      default: true,
    },
    {
      from: 'Gateway_AnhoerungEntbehrlich',
      to: 'Activity_AbsehenBegruenden',
      name: 'ja',
      condition: '=ausnahmeNach28Abs2',
    },
    { from: 'Activity_AnhoerungsschreibenErstellen', to: 'Activity_GelegenheitGeben' },
    { from: 'Activity_GelegenheitGeben', to: 'Gateway_AeusserungOderFrist' },
    { from: 'Gateway_AeusserungOderFrist', to: 'Event_AeusserungEingegangen' },
    { from: 'Gateway_AeusserungOderFrist', to: 'Event_AeusserungsfristAbgelaufen' },
    { from: 'Event_AeusserungEingegangen', to: 'Activity_AeusserungWuerdigen' },
    { from: 'Activity_AeusserungWuerdigen', to: 'EndEvent_AnhoerungDurchgefuehrt' },
    { from: 'Event_AeusserungsfristAbgelaufen', to: 'EndEvent_OhneAeusserung' },
    { from: 'Activity_AbsehenBegruenden', to: 'EndEvent_AnhoerungEntbehrlich' },
  ],
  messageFlows: [
    { from: 'Activity_GelegenheitGeben', to: 'Participant_Beteiligte', name: 'Anhörungsschreiben' },
    { from: 'Participant_Beteiligte', to: 'Event_AeusserungEingegangen', name: 'Äußerung' },
  ],
})
