/** Daten an andere Stellen übermitteln (RAG 2): Empfänger bestimmen, XÖV-Nachrichten über das DVDV adressieren und senden. */
import { defineDiagram } from '../bpmnLayout'

const IT = 'Lane_Fachverfahren'
const SB = 'Lane_Sachbearbeitung'

export default defineDiagram({
  processId: 'Process_DatenUebermitteln',
  processName: 'Daten an andere Stellen übermitteln',
  documentation:
    'Bestimmt die Empfänger und den jeweils zulässigen Datenumfang (z. B. nach § 3 GewAnzV), adressiert sie über das DVDV, übermittelt je Empfänger eine XÖV-Nachricht und wertet die Quittungen aus.',
  pools: [
    {
      id: 'Participant_Behoerde',
      name: 'Übermittelnde Behörde',
      processRef: 'Process_DatenUebermitteln',
      lanes: [
        { id: IT, name: 'IT-Fachverfahren' },
        { id: SB, name: 'Sachbearbeitung' },
      ],
    },
    { id: 'Participant_Empfaenger', name: 'Empfangende Stellen', collapsed: true },
  ],
  nodes: [
    {
      id: 'StartEvent_UebermittlungFaellig',
      type: 'startEvent',
      name: 'Übermittlung fällig',
      lane: IT,
      col: 0,
    },
    {
      id: 'Activity_EmpfaengerBestimmen',
      type: 'businessRuleTask',
      name: 'Empfänger und Datenumfang bestimmen',
      lane: IT,
      col: 1,
      documentation:
        'Wertet die Empfängerentscheidung (DMN) des aufrufenden Verfahrens aus: je Empfänger die zu übermittelnden Felder.',
    },
    {
      id: 'Activity_EmpfaengerAdressieren',
      type: 'serviceTask',
      name: 'Empfänger im DVDV adressieren',
      lane: IT,
      col: 2,
    },
    {
      id: 'Activity_NachrichtenSenden',
      type: 'sendTask',
      name: 'XÖV-Nachricht senden',
      lane: IT,
      col: 3,
      multiInstance: 'parallel',
    },
    {
      id: 'Activity_QuittungenEmpfangen',
      type: 'receiveTask',
      name: 'Quittung empfangen',
      lane: IT,
      col: 4,
      multiInstance: 'parallel',
    },
    {
      id: 'Event_QuittungsfristAbgelaufen',
      type: 'boundaryEvent',
      event: 'timer',
      timer: { timeDuration: 'P1D' },
      attachedTo: 'Activity_QuittungenEmpfangen',
      name: 'Keine Quittung nach 1 Tag',
    },
    {
      id: 'Gateway_AlleQuittiert',
      type: 'exclusiveGateway',
      name: 'Alle Übermittlungen quittiert?',
      lane: IT,
      col: 5,
    },
    {
      id: 'EndEvent_DatenUebermittelt',
      type: 'endEvent',
      name: 'Daten übermittelt',
      lane: IT,
      col: 7,
    },
    {
      id: 'Activity_FehlerKlaeren',
      type: 'userTask',
      name: 'Übermittlungsfehler klären',
      lane: SB,
      col: 5,
    },
    {
      id: 'EndEvent_Geklaert',
      type: 'endEvent',
      name: 'Übermittlungsfehler geklärt',
      lane: SB,
      col: 7,
    },
  ],
  flows: [
    { from: 'StartEvent_UebermittlungFaellig', to: 'Activity_EmpfaengerBestimmen' },
    { from: 'Activity_EmpfaengerBestimmen', to: 'Activity_EmpfaengerAdressieren' },
    { from: 'Activity_EmpfaengerAdressieren', to: 'Activity_NachrichtenSenden' },
    { from: 'Activity_NachrichtenSenden', to: 'Activity_QuittungenEmpfangen' },
    { from: 'Activity_QuittungenEmpfangen', to: 'Gateway_AlleQuittiert' },
    {
      from: 'Gateway_AlleQuittiert',
      to: 'EndEvent_DatenUebermittelt',
      name: 'ja',
      condition: '=alleQuittiert',
    },
    { from: 'Gateway_AlleQuittiert', to: 'Activity_FehlerKlaeren', name: 'nein', default: true },
    { from: 'Event_QuittungsfristAbgelaufen', to: 'Activity_FehlerKlaeren' },
    { from: 'Activity_FehlerKlaeren', to: 'EndEvent_Geklaert' },
  ],
  messageFlows: [
    { from: 'Activity_NachrichtenSenden', to: 'Participant_Empfaenger', name: 'XÖV-Nachricht' },
    { from: 'Participant_Empfaenger', to: 'Activity_QuittungenEmpfangen', name: 'Quittung' },
  ],
})
