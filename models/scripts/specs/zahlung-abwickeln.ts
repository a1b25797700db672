/** Zahlung abwickeln (RAG 2): Zahlvorgang über ePayBL, Zahlungsstatus BOOKED/FAILED, Buchung in der Kasse. */
import { defineDiagram } from '../bpmnLayout'

const SB = 'Lane_Fachverfahren'
const KA = 'Lane_Kasse'

export default defineDiagram({
  processId: 'Process_ZahlungAbwickeln',
  processName: 'Zahlung abwickeln',
  documentation:
    'Legt für eine festgesetzte Gebühr einen Zahlvorgang bei der Bezahlplattform ePayBL an, fordert zur Zahlung auf, wertet den Zahlungsstatus aus (BOOKED, FAILED, CANCELED) und bucht den Zahlungseingang.',
  pools: [
    { id: 'Participant_Antragsteller', name: 'Antragsteller/in', collapsed: true },
    {
      id: 'Participant_Behoerde',
      name: 'Zuständige Behörde',
      processRef: 'Process_ZahlungAbwickeln',
      lanes: [
        { id: SB, name: 'IT-Fachverfahren' },
        { id: KA, name: 'Kasse' },
      ],
    },
    { id: 'Participant_EPayBL', name: 'Bezahlplattform (ePayBL)', collapsed: true },
  ],
  nodes: [
    {
      id: 'StartEvent_GebuehrFestgesetzt',
      type: 'startEvent',
      name: 'Gebühr festgesetzt',
      lane: SB,
      col: 0,
    },
    {
      id: 'Activity_ZahlvorgangAnlegen',
      type: 'serviceTask',
      name: 'Zahlvorgang anlegen',
      lane: SB,
      col: 1,
      documentation:
        'Legt den Zahlvorgang mit Kassenzeichen und Betrag bei ePayBL an und erhält die Zahlungsadresse (transactionUrl).',
    },
    {
      id: 'Activity_ZurZahlungAuffordern',
      type: 'sendTask',
      name: 'Zur Zahlung auffordern',
      lane: SB,
      col: 2,
    },
    {
      id: 'Activity_ZahlungsstatusEmpfangen',
      type: 'receiveTask',
      name: 'Zahlungsstatus empfangen',
      lane: SB,
      col: 3,
    },
    {
      id: 'Event_ZahlungsfristAbgelaufen',
      type: 'boundaryEvent',
      event: 'timer',
      timer: { timeDuration: 'P14D' },
      attachedTo: 'Activity_ZahlungsstatusEmpfangen',
      name: 'Zahlungsfrist abgelaufen',
    },
    {
      id: 'Gateway_ZahlungGebucht',
      type: 'exclusiveGateway',
      name: 'Zahlung gebucht?',
      lane: SB,
      col: 4,
    },
    {
      id: 'Activity_ZahlungBuchen',
      type: 'serviceTask',
      name: 'Zahlungseingang buchen',
      lane: KA,
      col: 5,
    },
    { id: 'EndEvent_ZahlungGebucht', type: 'endEvent', name: 'Zahlung gebucht', lane: KA, col: 6 },
    {
      id: 'EndEvent_ZahlungFehlgeschlagen',
      type: 'endEvent',
      name: 'Zahlung fehlgeschlagen',
      lane: SB,
      col: 6,
    },
    {
      id: 'Activity_OffenePostenUebergeben',
      type: 'serviceTask',
      name: 'Offenen Posten an Kasse übergeben',
      lane: KA,
      col: 4,
      row: 1,
    },
    {
      id: 'EndEvent_ZahlungOffen',
      type: 'endEvent',
      name: 'Zahlung offen',
      lane: KA,
      col: 6,
      row: 1,
    },
  ],
  flows: [
    { from: 'StartEvent_GebuehrFestgesetzt', to: 'Activity_ZahlvorgangAnlegen' },
    { from: 'Activity_ZahlvorgangAnlegen', to: 'Activity_ZurZahlungAuffordern' },
    { from: 'Activity_ZurZahlungAuffordern', to: 'Activity_ZahlungsstatusEmpfangen' },
    { from: 'Activity_ZahlungsstatusEmpfangen', to: 'Gateway_ZahlungGebucht' },
    {
      from: 'Gateway_ZahlungGebucht',
      to: 'Activity_ZahlungBuchen',
      name: 'ja (BOOKED)',
      condition: '=status = "BOOKED"',
    },
    {
      from: 'Gateway_ZahlungGebucht',
      to: 'EndEvent_ZahlungFehlgeschlagen',
      name: 'nein (FAILED, CANCELED)',
      default: true,
    },
    { from: 'Activity_ZahlungBuchen', to: 'EndEvent_ZahlungGebucht' },
    { from: 'Event_ZahlungsfristAbgelaufen', to: 'Activity_OffenePostenUebergeben' },
    { from: 'Activity_OffenePostenUebergeben', to: 'EndEvent_ZahlungOffen' },
  ],
  messageFlows: [
    {
      from: 'Activity_ZurZahlungAuffordern',
      to: 'Participant_Antragsteller',
      name: 'Zahlungsaufforderung',
    },
    { from: 'Activity_ZahlvorgangAnlegen', to: 'Participant_EPayBL', name: 'Zahlvorgang' },
    { from: 'Participant_EPayBL', to: 'Activity_ZahlungsstatusEmpfangen', name: 'Zahlungsstatus' },
  ],
})
