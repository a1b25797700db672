/** Zuständigkeit prüfen (RAG 3): sachliche und örtliche Zuständigkeit; bei Unzuständigkeit weiterleiten. */
import { defineDiagram } from '../bpmnLayout'

const SB = 'Lane_Sachbearbeitung'

export default defineDiagram({
  processId: 'Process_ZustaendigkeitPruefen',
  processName: 'Zuständigkeit prüfen',
  documentation:
    'Prüft die sachliche und örtliche Zuständigkeit (§ 3 VwVfG) anhand von Leistungsschlüssel und Regionalschlüssel und leitet den Antrag bei Unzuständigkeit an die zuständige Stelle weiter.',
  pools: [
    { id: 'Participant_Antragsteller', name: 'Antragsteller/in', collapsed: true },
    {
      id: 'Participant_Behoerde',
      name: 'Angerufene Behörde',
      processRef: 'Process_ZustaendigkeitPruefen',
      lanes: [{ id: SB, name: 'Sachbearbeitung' }],
    },
    { id: 'Participant_ZustaendigeStelle', name: 'Zuständige Stelle', collapsed: true },
  ],
  nodes: [
    {
      id: 'StartEvent_VorgangAngelegt',
      type: 'startEvent',
      name: 'Vorgang angelegt',
      lane: SB,
      col: 0,
    },
    {
      id: 'Activity_ZustaendigkeitErmitteln',
      type: 'serviceTask',
      name: 'Zuständigkeit ermitteln',
      lane: SB,
      col: 1,
      documentation:
        'Fragt die FIT-Connect Routing API mit Leistungsschlüssel und Amtlichem Regionalschlüssel (ARS) ab und vergleicht die gefundene Stelle mit der eigenen.',
    },
    { id: 'Gateway_Zustaendig', type: 'exclusiveGateway', name: 'Zuständig?', lane: SB, col: 2 },
    {
      id: 'EndEvent_ZustaendigkeitBestaetigt',
      type: 'endEvent',
      name: 'Zuständigkeit bestätigt',
      lane: SB,
      col: 6,
    },
    {
      id: 'Gateway_StelleBekannt',
      type: 'exclusiveGateway',
      name: 'Zuständige Stelle bekannt?',
      lane: SB,
      col: 2,
      row: 1,
    },
    {
      id: 'Activity_AntragWeiterleiten',
      type: 'sendTask',
      name: 'Antrag an zuständige Stelle weiterleiten',
      lane: SB,
      col: 3,
      row: 2,
    },
    {
      id: 'Activity_WeiterleitungMitteilen',
      type: 'sendTask',
      name: 'Weiterleitung mitteilen',
      lane: SB,
      col: 4,
      row: 2,
    },
    {
      id: 'EndEvent_Weitergeleitet',
      type: 'endEvent',
      name: 'An zuständige Stelle weitergeleitet',
      lane: SB,
      col: 6,
      row: 2,
    },
    {
      id: 'Activity_UnzustaendigkeitMitteilen',
      type: 'sendTask',
      name: 'Unzuständigkeit mitteilen',
      lane: SB,
      col: 3,
      row: 1,
    },
    {
      id: 'EndEvent_Unzustaendig',
      type: 'endEvent',
      name: 'Antrag wegen Unzuständigkeit zurückgegeben',
      lane: SB,
      col: 6,
      row: 1,
    },
  ],
  flows: [
    { from: 'StartEvent_VorgangAngelegt', to: 'Activity_ZustaendigkeitErmitteln' },
    { from: 'Activity_ZustaendigkeitErmitteln', to: 'Gateway_Zustaendig' },
    {
      from: 'Gateway_Zustaendig',
      to: 'EndEvent_ZustaendigkeitBestaetigt',
      name: 'ja',
      condition: '=zustaendig',
    },
    { from: 'Gateway_Zustaendig', to: 'Gateway_StelleBekannt', name: 'nein', default: true },
    {
      from: 'Gateway_StelleBekannt',
      to: 'Activity_AntragWeiterleiten',
      name: 'ja',
      condition: '=destinationId != null',
    },
    {
      from: 'Gateway_StelleBekannt',
      to: 'Activity_UnzustaendigkeitMitteilen',
      name: 'nein',
      default: true,
    },
    { from: 'Activity_AntragWeiterleiten', to: 'Activity_WeiterleitungMitteilen' },
    { from: 'Activity_WeiterleitungMitteilen', to: 'EndEvent_Weitergeleitet' },
    { from: 'Activity_UnzustaendigkeitMitteilen', to: 'EndEvent_Unzustaendig' },
  ],
  messageFlows: [
    {
      from: 'Activity_AntragWeiterleiten',
      to: 'Participant_ZustaendigeStelle',
      name: 'Antrag (FIT-Connect)',
    },
    {
      from: 'Activity_WeiterleitungMitteilen',
      to: 'Participant_Antragsteller',
      name: 'Abgabenachricht',
    },
    {
      from: 'Activity_UnzustaendigkeitMitteilen',
      to: 'Participant_Antragsteller',
      name: 'Hinweis auf Unzuständigkeit',
    },
  ],
})
