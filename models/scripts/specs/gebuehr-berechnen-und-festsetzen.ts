/** Gebühr berechnen und festsetzen (RAG 5): Betrag per DMN des Verfahrens, Festsetzung, Sollstellung. */
import { defineDiagram } from '../bpmnLayout'

const SB = 'Lane_Sachbearbeitung'
const KA = 'Lane_Kasse'

export default defineDiagram({
  processId: 'Process_GebuehrBerechnenUndFestsetzen',
  processName: 'Gebühr berechnen und festsetzen',
  documentation:
    'Berechnet die Gebühr mit der Gebührenentscheidung (DMN) des aufrufenden Verfahrens, setzt sie fest, lässt die Kasse ein Kassenzeichen vergeben und teilt die Festsetzung mit.',
  pools: [
    { id: 'Participant_Antragsteller', name: 'Antragsteller/in', collapsed: true },
    {
      id: 'Participant_Behoerde',
      name: 'Zuständige Behörde',
      processRef: 'Process_GebuehrBerechnenUndFestsetzen',
      lanes: [
        { id: SB, name: 'Sachbearbeitung' },
        { id: KA, name: 'Kasse' },
      ],
    },
  ],
  nodes: [
    {
      id: 'StartEvent_AmtshandlungErbracht',
      type: 'startEvent',
      name: 'Gebührenpflichtige Amtshandlung',
      lane: SB,
      col: 0,
    },
    {
      id: 'Activity_GebuehrBerechnen',
      type: 'businessRuleTask',
      name: 'Gebühr berechnen',
      lane: SB,
      col: 1,
      documentation:
        'Wertet die Gebührenentscheidung (DMN) des aufrufenden Verfahrens aus: Gebührentatbestand, Bemessungsgrößen und Befreiungsgründe ergeben den Betrag.',
    },
    {
      id: 'Gateway_GebuehrFaellig',
      type: 'exclusiveGateway',
      name: 'Gebühr zu erheben?',
      lane: SB,
      col: 2,
    },
    {
      id: 'Activity_GebuehrFestsetzen',
      type: 'userTask',
      name: 'Gebühr festsetzen',
      lane: SB,
      col: 3,
    },
    {
      id: 'Activity_KassenzeichenVergeben',
      type: 'serviceTask',
      name: 'Sollstellung und Kassenzeichen anlegen',
      lane: KA,
      col: 4,
    },
    {
      id: 'Activity_FestsetzungMitteilen',
      type: 'sendTask',
      name: 'Gebührenfestsetzung mitteilen',
      lane: SB,
      col: 5,
    },
    {
      id: 'EndEvent_GebuehrFestgesetzt',
      type: 'endEvent',
      name: 'Gebühr festgesetzt',
      lane: SB,
      col: 6,
    },
    {
      id: 'EndEvent_Gebuehrenfrei',
      type: 'endEvent',
      name: 'Gebührenfrei',
      lane: SB,
      col: 3,
      row: 1,
    },
  ],
  flows: [
    { from: 'StartEvent_AmtshandlungErbracht', to: 'Activity_GebuehrBerechnen' },
    { from: 'Activity_GebuehrBerechnen', to: 'Gateway_GebuehrFaellig' },
    {
      from: 'Gateway_GebuehrFaellig',
      to: 'Activity_GebuehrFestsetzen',
      name: 'ja',
      condition: '=betrag > 0',
    },
    {
      from: 'Gateway_GebuehrFaellig',
      to: 'EndEvent_Gebuehrenfrei',
      name: 'nein (befreit oder 0 €)',
      default: true,
    },
    { from: 'Activity_GebuehrFestsetzen', to: 'Activity_KassenzeichenVergeben' },
    { from: 'Activity_KassenzeichenVergeben', to: 'Activity_FestsetzungMitteilen' },
    { from: 'Activity_FestsetzungMitteilen', to: 'EndEvent_GebuehrFestgesetzt' },
  ],
  messageFlows: [
    {
      from: 'Activity_FestsetzungMitteilen',
      to: 'Participant_Antragsteller',
      name: 'Gebührenbescheid',
    },
  ],
})
