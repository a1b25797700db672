/** Andere Stellen beteiligen (RAG 7): Stellungnahmen parallel und mit Frist einholen und auswerten. */
import { defineDiagram } from '../bpmnLayout'

const SB = 'Lane_Sachbearbeitung'

export default defineDiagram({
  processId: 'Process_StellenBeteiligen',
  processName: 'Andere Stellen beteiligen',
  documentation:
    'Ermittelt die zu beteiligenden Stellen, fordert ihre Stellungnahmen gleichzeitig mit Frist an und wertet die eingegangenen Stellungnahmen aus; nach Fristablauf wird mit den vorliegenden Stellungnahmen weitergearbeitet.',
  pools: [
    {
      id: 'Participant_Behoerde',
      name: 'Federführende Behörde',
      processRef: 'Process_StellenBeteiligen',
      lanes: [{ id: SB, name: 'Sachbearbeitung' }],
    },
    { id: 'Participant_BeteiligteStellen', name: 'Beteiligte Stellen', collapsed: true },
  ],
  nodes: [
    {
      id: 'StartEvent_BeteiligungErforderlich',
      type: 'startEvent',
      name: 'Beteiligung erforderlich',
      lane: SB,
      col: 0,
    },
    {
      id: 'Activity_StellenErmitteln',
      type: 'businessRuleTask',
      name: 'Zu beteiligende Stellen ermitteln',
      lane: SB,
      col: 1,
      documentation:
        'Wertet die Entscheidung „zu beteiligende Stellen“ (DMN) des aufrufenden Verfahrens aus.',
    },
    {
      id: 'Activity_UnterlagenZusammenstellen',
      type: 'userTask',
      name: 'Beteiligungsunterlagen zusammenstellen',
      lane: SB,
      col: 2,
    },
    {
      id: 'Activity_StellungnahmenAnfordern',
      type: 'sendTask',
      name: 'Stellungnahme anfordern',
      lane: SB,
      col: 3,
      multiInstance: 'parallel',
    },
    {
      id: 'Activity_StellungnahmenEmpfangen',
      type: 'receiveTask',
      name: 'Stellungnahme empfangen',
      lane: SB,
      col: 4,
      multiInstance: 'parallel',
    },
    {
      id: 'Event_BeteiligungsfristAbgelaufen',
      type: 'boundaryEvent',
      event: 'timer',
      timer: { timeDuration: 'P1M' },
      attachedTo: 'Activity_StellungnahmenEmpfangen',
      name: 'Frist abgelaufen (1 Monat)',
    },
    {
      id: 'Activity_StellungnahmenAuswerten',
      type: 'userTask',
      name: 'Stellungnahmen auswerten',
      lane: SB,
      col: 5,
    },
    {
      id: 'Gateway_Einwaende',
      type: 'exclusiveGateway',
      name: 'Einwände erhoben?',
      lane: SB,
      col: 6,
    },
    {
      id: 'EndEvent_OhneEinwaende',
      type: 'endEvent',
      name: 'Beteiligung ohne Einwände abgeschlossen',
      lane: SB,
      col: 7,
    },
    {
      id: 'EndEvent_MitEinwaenden',
      type: 'endEvent',
      name: 'Beteiligung mit Einwänden abgeschlossen',
      lane: SB,
      col: 7,
      row: 1,
    },
  ],
  flows: [
    { from: 'StartEvent_BeteiligungErforderlich', to: 'Activity_StellenErmitteln' },
    { from: 'Activity_StellenErmitteln', to: 'Activity_UnterlagenZusammenstellen' },
    { from: 'Activity_UnterlagenZusammenstellen', to: 'Activity_StellungnahmenAnfordern' },
    { from: 'Activity_StellungnahmenAnfordern', to: 'Activity_StellungnahmenEmpfangen' },
    { from: 'Activity_StellungnahmenEmpfangen', to: 'Activity_StellungnahmenAuswerten' },
    { from: 'Event_BeteiligungsfristAbgelaufen', to: 'Activity_StellungnahmenAuswerten' },
    { from: 'Activity_StellungnahmenAuswerten', to: 'Gateway_Einwaende' },
    { from: 'Gateway_Einwaende', to: 'EndEvent_OhneEinwaende', name: 'nein', default: true },
    {
      from: 'Gateway_Einwaende',
      to: 'EndEvent_MitEinwaenden',
      name: 'ja',
      condition: '=einwaendeErhoben',
    },
  ],
  messageFlows: [
    {
      from: 'Activity_StellungnahmenAnfordern',
      to: 'Participant_BeteiligteStellen',
      name: 'Beteiligungsersuchen',
    },
    {
      from: 'Participant_BeteiligteStellen',
      to: 'Activity_StellungnahmenEmpfangen',
      name: 'Stellungnahme',
    },
  ],
})
