/** Identität prüfen (RAG 3): Authentifizierung über das Nutzerkonto auswerten, sonst Nachweis anfordern. */
import { defineDiagram } from '../bpmnLayout'

const IT = 'Lane_Fachverfahren'
const SB = 'Lane_Sachbearbeitung'

export default defineDiagram({
  processId: 'Process_IdentitaetPruefen',
  processName: 'Identität prüfen',
  documentation:
    'Prüft, ob die Identität der antragstellenden Person mit dem geforderten Vertrauensniveau nachgewiesen ist, und fordert sonst einen Identitätsnachweis an (vgl. § 2 Abs. 2 GewAnzV).',
  pools: [
    { id: 'Participant_Antragsteller', name: 'Antragsteller/in', collapsed: true },
    {
      id: 'Participant_Behoerde',
      name: 'Zuständige Behörde',
      processRef: 'Process_IdentitaetPruefen',
      lanes: [
        { id: IT, name: 'IT-Fachverfahren' },
        { id: SB, name: 'Sachbearbeitung' },
      ],
    },
  ],
  nodes: [
    {
      id: 'StartEvent_IdentitaetZuPruefen',
      type: 'startEvent',
      name: 'Identität zu prüfen',
      lane: IT,
      col: 0,
    },
    {
      id: 'Activity_AuthentifizierungAuswerten',
      type: 'serviceTask',
      name: 'Authentifizierung auswerten',
      lane: IT,
      col: 1,
      documentation:
        'Wertet authenticationInformation (identificationReport) der Einreichung aus: erreichtes Vertrauensniveau des Nutzerkontos und Abgleich der Identitätsdaten mit den Antragsdaten.',
    },
    {
      id: 'Gateway_IdentitaetNachgewiesen',
      type: 'exclusiveGateway',
      name: 'Identität ausreichend nachgewiesen?',
      lane: IT,
      col: 2,
    },
    {
      id: 'EndEvent_IdentitaetBestaetigt',
      type: 'endEvent',
      name: 'Identität bestätigt',
      lane: IT,
      col: 7,
    },
    {
      id: 'Activity_NachweisAnfordern',
      type: 'sendTask',
      name: 'Identitätsnachweis anfordern',
      lane: SB,
      col: 2,
    },
    {
      id: 'Activity_NachweisEntgegennehmen',
      type: 'receiveTask',
      name: 'Nachweis entgegennehmen',
      lane: SB,
      col: 3,
    },
    {
      id: 'Event_NachweisfristAbgelaufen',
      type: 'boundaryEvent',
      event: 'timer',
      timer: { timeDuration: 'P14D' },
      attachedTo: 'Activity_NachweisEntgegennehmen',
      name: '14 Tage ohne Nachweis',
    },
    { id: 'Activity_NachweisPruefen', type: 'userTask', name: 'Nachweis prüfen', lane: SB, col: 4 },
    {
      id: 'Gateway_NachweisAusreichend',
      type: 'exclusiveGateway',
      name: 'Nachweis ausreichend?',
      lane: SB,
      col: 5,
    },
    {
      id: 'EndEvent_IdentitaetNichtNachgewiesen',
      type: 'endEvent',
      name: 'Identität nicht nachgewiesen',
      lane: SB,
      col: 7,
      row: 1,
    },
  ],
  flows: [
    { from: 'StartEvent_IdentitaetZuPruefen', to: 'Activity_AuthentifizierungAuswerten' },
    { from: 'Activity_AuthentifizierungAuswerten', to: 'Gateway_IdentitaetNachgewiesen' },
    {
      from: 'Gateway_IdentitaetNachgewiesen',
      to: 'EndEvent_IdentitaetBestaetigt',
      name: 'ja',
      condition: '=identitaetNachgewiesen',
    },
    {
      from: 'Gateway_IdentitaetNachgewiesen',
      to: 'Activity_NachweisAnfordern',
      name: 'nein',
      default: true,
    },
    { from: 'Activity_NachweisAnfordern', to: 'Activity_NachweisEntgegennehmen' },
    { from: 'Activity_NachweisEntgegennehmen', to: 'Activity_NachweisPruefen' },
    { from: 'Activity_NachweisPruefen', to: 'Gateway_NachweisAusreichend' },
    {
      from: 'Gateway_NachweisAusreichend',
      to: 'EndEvent_IdentitaetBestaetigt',
      name: 'ja',
      condition: '=nachweisAusreichend',
    },
    {
      from: 'Gateway_NachweisAusreichend',
      to: 'EndEvent_IdentitaetNichtNachgewiesen',
      name: 'nein',
      default: true,
    },
    { from: 'Event_NachweisfristAbgelaufen', to: 'EndEvent_IdentitaetNichtNachgewiesen' },
  ],
  messageFlows: [
    { from: 'Activity_NachweisAnfordern', to: 'Participant_Antragsteller', name: 'Anforderung' },
    {
      from: 'Participant_Antragsteller',
      to: 'Activity_NachweisEntgegennehmen',
      name: 'Identitätsnachweis',
    },
  ],
})
