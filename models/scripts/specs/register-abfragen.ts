/** Daten aus Register abrufen (RAG 7): Registerauskunft über XÖV/DVDV anfordern und übernehmen. */
import { defineDiagram } from '../bpmnLayout'

const IT = 'Lane_Fachverfahren'
const SB = 'Lane_Sachbearbeitung'

export default defineDiagram({
  processId: 'Process_RegisterAbfragen',
  processName: 'Daten aus Register abrufen',
  documentation:
    'Ruft Daten bei einer registerführenden Stelle ab (z. B. Melderegister mit XMeld); der Empfänger wird über das DVDV adressiert. Uneindeutige oder ausbleibende Antworten klärt die Sachbearbeitung.',
  pools: [
    {
      id: 'Participant_Behoerde',
      name: 'Abrufende Behörde',
      processRef: 'Process_RegisterAbfragen',
      lanes: [
        { id: IT, name: 'IT-Fachverfahren' },
        { id: SB, name: 'Sachbearbeitung' },
      ],
    },
    { id: 'Participant_Register', name: 'Registerführende Stelle', collapsed: true },
  ],
  nodes: [
    {
      id: 'StartEvent_DatenBenoetigt',
      type: 'startEvent',
      name: 'Registerdaten benötigt',
      lane: SB,
      col: 0,
    },
    {
      id: 'Activity_SuchmerkmaleFestlegen',
      type: 'userTask',
      name: 'Suchmerkmale und Zweck festlegen',
      lane: SB,
      col: 1,
      documentation: 'Legt Suchmerkmale, Abrufzweck und die Rechtsgrundlage des Abrufs fest.',
    },
    {
      id: 'Activity_EmpfaengerErmitteln',
      type: 'serviceTask',
      name: 'Register im DVDV ermitteln',
      lane: IT,
      col: 2,
    },
    {
      id: 'Activity_AnfrageSenden',
      type: 'sendTask',
      name: 'Registeranfrage senden',
      lane: IT,
      col: 3,
    },
    {
      id: 'Activity_AuskunftEmpfangen',
      type: 'receiveTask',
      name: 'Registerauskunft empfangen',
      lane: IT,
      col: 4,
    },
    {
      id: 'Event_KeineAntwort',
      type: 'boundaryEvent',
      event: 'timer',
      timer: { timeDuration: 'P1D' },
      attachedTo: 'Activity_AuskunftEmpfangen',
      name: 'Keine Antwort nach 1 Tag',
    },
    {
      id: 'Gateway_TrefferEindeutig',
      type: 'exclusiveGateway',
      name: 'Genau ein Treffer?',
      lane: IT,
      col: 5,
    },
    {
      id: 'Activity_DatenUebernehmen',
      type: 'serviceTask',
      name: 'Registerdaten übernehmen',
      lane: IT,
      col: 6,
    },
    {
      id: 'EndEvent_DatenUebernommen',
      type: 'endEvent',
      name: 'Registerdaten übernommen',
      lane: IT,
      col: 7,
    },
    { id: 'Activity_ErgebnisKlaeren', type: 'userTask', name: 'Ergebnis klären', lane: SB, col: 6 },
    {
      id: 'EndEvent_KeineAuskunft',
      type: 'endEvent',
      name: 'Keine verwertbare Auskunft',
      lane: SB,
      col: 7,
    },
  ],
  flows: [
    { from: 'StartEvent_DatenBenoetigt', to: 'Activity_SuchmerkmaleFestlegen' },
    { from: 'Activity_SuchmerkmaleFestlegen', to: 'Activity_EmpfaengerErmitteln' },
    { from: 'Activity_EmpfaengerErmitteln', to: 'Activity_AnfrageSenden' },
    { from: 'Activity_AnfrageSenden', to: 'Activity_AuskunftEmpfangen' },
    { from: 'Activity_AuskunftEmpfangen', to: 'Gateway_TrefferEindeutig' },
    {
      from: 'Gateway_TrefferEindeutig',
      to: 'Activity_DatenUebernehmen',
      name: 'ja',
      condition: '=anzahlTreffer = 1',
    },
    {
      from: 'Gateway_TrefferEindeutig',
      to: 'Activity_ErgebnisKlaeren',
      name: 'nein',
      default: true,
    },
    { from: 'Event_KeineAntwort', to: 'Activity_ErgebnisKlaeren' },
    { from: 'Activity_DatenUebernehmen', to: 'EndEvent_DatenUebernommen' },
    { from: 'Activity_ErgebnisKlaeren', to: 'EndEvent_KeineAuskunft' },
  ],
  messageFlows: [
    { from: 'Activity_AnfrageSenden', to: 'Participant_Register', name: 'Suchanfrage (XÖV)' },
    { from: 'Participant_Register', to: 'Activity_AuskunftEmpfangen', name: 'Registerauskunft' },
  ],
})
