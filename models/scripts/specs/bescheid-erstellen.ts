/** Bescheid erstellen (RAG 6): Bescheid mit Begründung und Rechtsbehelfsbelehrung entwerfen und freigeben. */
import { defineDiagram } from '../bpmnLayout'

const SB = 'Lane_Sachbearbeitung'
const TL = 'Lane_Teamleitung'

export default defineDiagram({
  processId: 'Process_BescheidErstellen',
  processName: 'Bescheid erstellen',
  documentation:
    'Erstellt aus der getroffenen Entscheidung einen Bescheid: Tenor und Nebenbestimmungen, Begründung (§ 39 VwVfG) und Rechtsbehelfsbelehrung (§ 37 Abs. 6 VwVfG); die zeichnungsbefugte Person gibt ihn frei.',
  pools: [
    {
      id: 'Participant_Behoerde',
      name: 'Zuständige Behörde',
      processRef: 'Process_BescheidErstellen',
      lanes: [
        { id: SB, name: 'Sachbearbeitung' },
        { id: TL, name: 'Teamleitung (Zeichnung)' },
      ],
    },
  ],
  nodes: [
    {
      id: 'StartEvent_EntscheidungGetroffen',
      type: 'startEvent',
      name: 'Entscheidung getroffen',
      lane: SB,
      col: 0,
    },
    {
      id: 'Activity_VorlageBefuellen',
      type: 'serviceTask',
      name: 'Bescheidvorlage befüllen',
      lane: SB,
      col: 1,
      documentation:
        'Füllt die Bescheidvorlage mit Adressat, Aktenzeichen, Tenor und Nebenbestimmungen aus dem Vorgang.',
    },
    {
      id: 'Activity_BegruendungVerfassen',
      type: 'userTask',
      name: 'Begründung verfassen',
      lane: SB,
      col: 2,
    },
    {
      id: 'Activity_RechtsbehelfsbelehrungEinfuegen',
      type: 'userTask',
      name: 'Rechtsbehelfsbelehrung einfügen',
      lane: SB,
      col: 3,
    },
    {
      id: 'Activity_BescheidFreigeben',
      type: 'userTask',
      name: 'Bescheid prüfen und freigeben',
      lane: TL,
      col: 4,
    },
    { id: 'Gateway_Freigegeben', type: 'exclusiveGateway', name: 'Freigegeben?', lane: TL, col: 5 },
    {
      id: 'Activity_BescheidAbschliessen',
      type: 'serviceTask',
      name: 'Bescheid abschließen',
      lane: SB,
      col: 6,
      documentation:
        'Erzeugt das endgültige Dokument (z. B. PDF mit elektronischem Siegel) und legt es zum Vorgang.',
    },
    {
      id: 'EndEvent_BescheidErstellt',
      type: 'endEvent',
      name: 'Bescheid erstellt',
      lane: SB,
      col: 7,
    },
  ],
  flows: [
    { from: 'StartEvent_EntscheidungGetroffen', to: 'Activity_VorlageBefuellen' },
    { from: 'Activity_VorlageBefuellen', to: 'Activity_BegruendungVerfassen' },
    { from: 'Activity_BegruendungVerfassen', to: 'Activity_RechtsbehelfsbelehrungEinfuegen' },
    { from: 'Activity_RechtsbehelfsbelehrungEinfuegen', to: 'Activity_BescheidFreigeben' },
    { from: 'Activity_BescheidFreigeben', to: 'Gateway_Freigegeben' },
    {
      from: 'Gateway_Freigegeben',
      to: 'Activity_BescheidAbschliessen',
      name: 'ja',
      condition: '=freigegeben',
    },
    {
      from: 'Gateway_Freigegeben',
      to: 'Activity_BegruendungVerfassen',
      name: 'nein, überarbeiten',
      default: true,
    },
    { from: 'Activity_BescheidAbschliessen', to: 'EndEvent_BescheidErstellt' },
  ],
})
