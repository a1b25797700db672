/** Antrag entgegennehmen (RAG 1): a FIT-Connect submission is fetched, checked and becomes a Vorgang. */
import { defineDiagram } from '../bpmnLayout'

const IT = 'Lane_Fachverfahren'
const SB = 'Lane_Sachbearbeitung'

export default defineDiagram({
  processId: 'Process_AntragEntgegennehmen',
  processName: 'Antrag entgegennehmen',
  documentation:
    'Ruft eine über FIT-Connect eingereichte Einreichung ab, prüft sie technisch und legt den Vorgang an (Beginn des Verfahrens nach § 22 VwVfG).',
  pools: [
    { id: 'Participant_Antragsteller', name: 'Antragsteller/in (Onlinedienst)', collapsed: true },
    {
      id: 'Participant_Behoerde',
      name: 'Zuständige Behörde',
      processRef: 'Process_AntragEntgegennehmen',
      lanes: [
        { id: IT, name: 'IT-Fachverfahren' },
        { id: SB, name: 'Sachbearbeitung' },
      ],
    },
  ],
  nodes: [
    {
      id: 'StartEvent_EinreichungBereit',
      type: 'startEvent',
      name: 'Einreichung liegt zum Abruf bereit',
      lane: IT,
      col: 0,
    },
    {
      id: 'Activity_EinreichungAbrufen',
      type: 'serviceTask',
      name: 'Einreichung abrufen und entschlüsseln',
      lane: IT,
      col: 1,
      documentation:
        'Ruft Metadaten, Fachdaten und Anlagen über die FIT-Connect Submission API ab und entschlüsselt sie mit dem Schlüssel des Zustellpunkts.',
    },
    {
      id: 'Activity_EinreichungPruefen',
      type: 'serviceTask',
      name: 'Einreichung technisch prüfen',
      lane: IT,
      col: 2,
      documentation:
        'Prüft den Hashwert der Fachdaten, die Fachdaten gegen das Schema aus contentStructure.data.submissionSchema.schemaUri und ob alle angekündigten Anlagen vorliegen.',
    },
    {
      id: 'Gateway_EinreichungGueltig',
      type: 'exclusiveGateway',
      name: 'Einreichung gültig?',
      lane: IT,
      col: 3,
    },
    {
      id: 'Activity_VorgangAnlegen',
      type: 'serviceTask',
      name: 'Vorgang anlegen',
      lane: IT,
      col: 4,
      documentation: 'Legt den Vorgang mit Eingangsdatum und Aktenzeichen im Fachverfahren an.',
    },
    {
      id: 'Activity_EingangBestaetigen',
      type: 'sendTask',
      name: 'Eingang bestätigen',
      lane: IT,
      col: 6,
    },
    {
      id: 'EndEvent_AntragEntgegengenommen',
      type: 'endEvent',
      name: 'Antrag entgegengenommen',
      lane: IT,
      col: 7,
    },
    {
      id: 'Activity_FehlerberichtSichten',
      type: 'userTask',
      name: 'Fehlerbericht sichten',
      lane: SB,
      col: 4,
    },
    {
      id: 'Activity_EinreichungZurueckweisen',
      type: 'sendTask',
      name: 'Einreichung zurückweisen',
      lane: SB,
      col: 5,
    },
    {
      id: 'EndEvent_EinreichungZurueckgewiesen',
      type: 'endEvent',
      name: 'Einreichung zurückgewiesen',
      lane: SB,
      col: 7,
    },
  ],
  flows: [
    { from: 'StartEvent_EinreichungBereit', to: 'Activity_EinreichungAbrufen' },
    { from: 'Activity_EinreichungAbrufen', to: 'Activity_EinreichungPruefen' },
    { from: 'Activity_EinreichungPruefen', to: 'Gateway_EinreichungGueltig' },
    {
      from: 'Gateway_EinreichungGueltig',
      to: 'Activity_VorgangAnlegen',
      name: 'ja',
      condition: '=einreichungGueltig',
    },
    {
      from: 'Gateway_EinreichungGueltig',
      to: 'Activity_FehlerberichtSichten',
      name: 'nein',
      default: true,
    },
    { from: 'Activity_VorgangAnlegen', to: 'Activity_EingangBestaetigen' },
    { from: 'Activity_EingangBestaetigen', to: 'EndEvent_AntragEntgegengenommen' },
    { from: 'Activity_FehlerberichtSichten', to: 'Activity_EinreichungZurueckweisen' },
    { from: 'Activity_EinreichungZurueckweisen', to: 'EndEvent_EinreichungZurueckgewiesen' },
  ],
  messageFlows: [
    {
      from: 'Participant_Antragsteller',
      to: 'Activity_EinreichungAbrufen',
      name: 'Einreichung (FIT-Connect)',
    },
    {
      from: 'Activity_EingangBestaetigen',
      to: 'Participant_Antragsteller',
      name: 'Eingangsbestätigung',
    },
    {
      from: 'Activity_EinreichungZurueckweisen',
      to: 'Participant_Antragsteller',
      name: 'Zurückweisung',
    },
  ],
})
