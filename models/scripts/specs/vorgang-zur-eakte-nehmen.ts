/** Vorgang zur E-Akte nehmen (RAG 6): Schriftgut über xdomea an das DMS übergeben und zu den Akten verfügen. */
import { defineDiagram } from '../bpmnLayout'

const SB = 'Lane_Sachbearbeitung'
const IT = 'Lane_Fachverfahren'

export default defineDiagram({
  processId: 'Process_VorgangZurEakteNehmen',
  processName: 'Vorgang zur E-Akte nehmen',
  documentation:
    'Übergibt die Schriftgutobjekte eines abgeschlossenen Vorgangs mit Aktenplaneinheit und Aussonderungsangaben an das DMS (xdomea FVDaten.SGOAblegen.0605) und verfügt den Vorgang zu den Akten (FVDaten.SGOZDAVerfuegen.0624); elektronische Aktenführung nach § 6 EGovG.',
  pools: [
    {
      id: 'Participant_Behoerde',
      name: 'Zuständige Behörde',
      processRef: 'Process_VorgangZurEakteNehmen',
      lanes: [
        { id: SB, name: 'Sachbearbeitung' },
        { id: IT, name: 'IT-Fachverfahren' },
      ],
    },
    { id: 'Participant_DMS', name: 'DMS / E-Akte', collapsed: true },
  ],
  nodes: [
    {
      id: 'StartEvent_VorgangAbgeschlossen',
      type: 'startEvent',
      name: 'Vorgang abgeschlossen',
      lane: SB,
      col: 0,
    },
    {
      id: 'Activity_AblageangabenFestlegen',
      type: 'userTask',
      name: 'Aktenplaneinheit und Ablageangaben festlegen',
      lane: SB,
      col: 1,
    },
    {
      id: 'Activity_SchriftgutUebergeben',
      type: 'sendTask',
      name: 'Schriftgut an DMS übergeben',
      lane: IT,
      col: 2,
    },
    {
      id: 'Activity_AblageErgebnisEmpfangen',
      type: 'receiveTask',
      name: 'Ablageergebnis empfangen',
      lane: IT,
      col: 3,
    },
    {
      id: 'Gateway_AblageErfolgreich',
      type: 'exclusiveGateway',
      name: 'Ablage erfolgreich?',
      lane: IT,
      col: 4,
    },
    {
      id: 'Activity_ZdaVerfuegen',
      type: 'sendTask',
      name: 'Vorgang zu den Akten verfügen',
      lane: IT,
      col: 5,
    },
    {
      id: 'EndEvent_VorgangZdA',
      type: 'endEvent',
      name: 'Vorgang zu den Akten genommen',
      lane: IT,
      col: 6,
    },
    {
      id: 'Activity_AblagefehlerKlaeren',
      type: 'userTask',
      name: 'Ablagefehler klären',
      lane: SB,
      col: 4,
    },
  ],
  flows: [
    { from: 'StartEvent_VorgangAbgeschlossen', to: 'Activity_AblageangabenFestlegen' },
    { from: 'Activity_AblageangabenFestlegen', to: 'Activity_SchriftgutUebergeben' },
    { from: 'Activity_SchriftgutUebergeben', to: 'Activity_AblageErgebnisEmpfangen' },
    { from: 'Activity_AblageErgebnisEmpfangen', to: 'Gateway_AblageErfolgreich' },
    {
      from: 'Gateway_AblageErfolgreich',
      to: 'Activity_ZdaVerfuegen',
      name: 'ja',
      condition: '=ablageErfolgreich',
    },
    {
      from: 'Gateway_AblageErfolgreich',
      to: 'Activity_AblagefehlerKlaeren',
      name: 'nein',
      default: true,
    },
    {
      from: 'Activity_AblagefehlerKlaeren',
      to: 'Activity_SchriftgutUebergeben',
      name: 'erneut übergeben',
    },
    { from: 'Activity_ZdaVerfuegen', to: 'EndEvent_VorgangZdA' },
  ],
  messageFlows: [
    {
      from: 'Activity_SchriftgutUebergeben',
      to: 'Participant_DMS',
      name: 'FVDaten.SGOAblegen.0605',
    },
    { from: 'Participant_DMS', to: 'Activity_AblageErgebnisEmpfangen', name: 'Ablageergebnis' },
    { from: 'Activity_ZdaVerfuegen', to: 'Participant_DMS', name: 'FVDaten.SGOZDAVerfuegen.0624' },
  ],
})
