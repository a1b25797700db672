/** Vollständigkeit prüfen (RAG 3): Pflichtangaben und Anlagen formell prüfen, Fehlendes auflisten. */
import { defineDiagram } from '../bpmnLayout'

const IT = 'Lane_Fachverfahren'
const SB = 'Lane_Sachbearbeitung'

export default defineDiagram({
  processId: 'Process_VollstaendigkeitPruefen',
  processName: 'Vollständigkeit prüfen',
  documentation:
    'Prüft einen Antrag formell auf Vollständigkeit: Pflichtangaben automatisch, Anlagen gegen die Liste der erforderlichen Unterlagen durch die Sachbearbeitung. Ergebnis ist „vollständig“ oder eine Liste fehlender Angaben und Unterlagen.',
  pools: [
    {
      id: 'Participant_Behoerde',
      name: 'Zuständige Behörde',
      processRef: 'Process_VollstaendigkeitPruefen',
      lanes: [
        { id: IT, name: 'IT-Fachverfahren' },
        { id: SB, name: 'Sachbearbeitung' },
      ],
    },
  ],
  nodes: [
    {
      id: 'StartEvent_AntragZuPruefen',
      type: 'startEvent',
      name: 'Antrag zur Prüfung bereit',
      lane: IT,
      col: 0,
    },
    {
      id: 'Activity_PflichtangabenPruefen',
      type: 'serviceTask',
      name: 'Pflichtangaben automatisch prüfen',
      lane: IT,
      col: 1,
      documentation: 'Prüft Pflichtfelder, Formate und Plausibilitätsregeln des Datenschemas.',
    },
    {
      id: 'Activity_AnlagenPruefen',
      type: 'userTask',
      name: 'Anlagen anhand der Unterlagenliste prüfen',
      lane: SB,
      col: 2,
      documentation:
        'Gleicht die Anlagen mit den erforderlichen Unterlagen der Leistung ab (XZuFi Dokumente).',
    },
    {
      id: 'Gateway_Vollstaendig',
      type: 'exclusiveGateway',
      name: 'Vollständig?',
      lane: SB,
      col: 3,
    },
    {
      id: 'Activity_VollstaendigkeitVermerken',
      type: 'serviceTask',
      name: 'Vollständigkeit vermerken',
      lane: IT,
      col: 4,
    },
    {
      id: 'EndEvent_AntragVollstaendig',
      type: 'endEvent',
      name: 'Antrag vollständig',
      lane: IT,
      col: 5,
    },
    {
      id: 'Activity_FehlendesAuflisten',
      type: 'userTask',
      name: 'Fehlende Angaben und Unterlagen auflisten',
      lane: SB,
      col: 4,
    },
    {
      id: 'EndEvent_UnterlagenFehlen',
      type: 'endEvent',
      name: 'Angaben oder Unterlagen fehlen',
      lane: SB,
      col: 5,
    },
  ],
  flows: [
    { from: 'StartEvent_AntragZuPruefen', to: 'Activity_PflichtangabenPruefen' },
    { from: 'Activity_PflichtangabenPruefen', to: 'Activity_AnlagenPruefen' },
    { from: 'Activity_AnlagenPruefen', to: 'Gateway_Vollstaendig' },
    {
      from: 'Gateway_Vollstaendig',
      to: 'Activity_VollstaendigkeitVermerken',
      name: 'ja',
      condition: '=vollstaendig',
    },
    {
      from: 'Gateway_Vollstaendig',
      to: 'Activity_FehlendesAuflisten',
      name: 'nein',
      default: true,
    },
    { from: 'Activity_VollstaendigkeitVermerken', to: 'EndEvent_AntragVollstaendig' },
    { from: 'Activity_FehlendesAuflisten', to: 'EndEvent_UnterlagenFehlen' },
  ],
})
