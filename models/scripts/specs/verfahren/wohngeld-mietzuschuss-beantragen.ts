/**
 * Wohngeld (Mietzuschuss) beantragen (Referenzprozess, Sachsen). The exclusion of § 7 WoGG and the
 * Bewilligungszeitraum of § 25 WoGG are DMN decisions; the amount (§ 19 WoGG with Höchstbeträge
 * and Mietenstufen) stays with the Fachverfahren because no verified amounts are available.
 */
import { defineDiagram } from '../../bpmnLayout'
import { callBlock, evaluatesDecision } from './lib/bausteinAufruf'

const SB = 'Lane_Sachbearbeitung'
const DMN = 'wohngeld-mietzuschuss-beantragen.dmn'

export default defineDiagram({
  processId: 'Process_WohngeldMietzuschussBeantragen',
  processName: 'Wohngeld (Mietzuschuss) beantragen',
  documentation:
    'Referenzprozess: Erstantrag auf Wohngeld als Mietzuschuss bis zu Bescheid und Zahlungsanweisung (WoGG).',
  pools: [
    { id: 'Participant_Antragsteller', name: 'Antragsteller/in', collapsed: true },
    {
      id: 'Participant_Wohngeldbehoerde',
      name: 'Wohngeldbehörde',
      processRef: 'Process_WohngeldMietzuschussBeantragen',
      lanes: [
        { id: SB, name: 'Sachbearbeitung Wohngeld' },
        { id: 'Lane_Kasse', name: 'Kasse' },
      ],
    },
    {
      id: 'Participant_Dritte',
      name: 'Auskunftspflichtige Dritte (§ 23 WoGG)',
      collapsed: true,
    },
  ],
  nodes: [
    {
      id: 'Event_AntragEingegangen',
      type: 'startEvent',
      event: 'message',
      name: 'Wohngeldantrag eingegangen',
      lane: SB,
      col: 0,
    },
    callBlock('antrag-entgegennehmen', {
      id: 'Activity_AntragEntgegennehmen',
      name: 'Antrag entgegennehmen',
      lane: SB,
      col: 1,
    }),
    callBlock('zustaendigkeit-pruefen', {
      id: 'Activity_ZustaendigkeitPruefen',
      name: 'Zuständigkeit prüfen',
      lane: SB,
      col: 2,
    }),
    callBlock('identitaet-pruefen', {
      id: 'Activity_IdentitaetPruefen',
      name: 'Identität prüfen',
      lane: SB,
      col: 3,
    }),
    callBlock('vollstaendigkeit-pruefen', {
      id: 'Activity_VollstaendigkeitPruefen',
      name: 'Vollständigkeit prüfen',
      lane: SB,
      col: 4,
    }),
    {
      id: 'Gateway_Vollstaendig',
      type: 'exclusiveGateway',
      name: 'Vollständig?',
      lane: SB,
      col: 5,
    },
    callBlock('unterlagen-nachfordern', {
      id: 'Activity_UnterlagenNachfordern',
      name: 'Nachweise anfordern',
      lane: SB,
      col: 5,
      row: 1,
      documentation:
        'Mitwirkung der antragstellenden Person und der Haushaltsmitglieder (§ 23 WoGG).',
    }),
    {
      id: 'Activity_AusschlussPruefen',
      type: 'businessRuleTask',
      name: 'Ausschluss nach § 7 WoGG prüfen',
      lane: SB,
      col: 6,
      documentation: evaluatesDecision(
        DMN,
        'Decision_Ausschluss',
        'bezogeneTransferleistung („keine“, wenn im Formular keine Leistung angegeben ist), kostenDerUnterkunftBeruecksichtigt, ausschliesslichAlsDarlehen',
        'ausgeschlossen'
      ),
    },
    {
      id: 'Gateway_Ausgeschlossen',
      type: 'exclusiveGateway',
      name: 'Ausgeschlossen?',
      lane: SB,
      col: 7,
    },
    callBlock('stellen-beteiligen', {
      id: 'Activity_AuskuenfteEinholen',
      name: 'Auskünfte Dritter einholen',
      lane: SB,
      col: 8,
      documentation:
        'Auskünfte von Vermieter, Arbeitgeber oder Sozialleistungsträgern, soweit die Nachweise nicht genügen (§ 23 WoGG).',
    }),
    {
      id: 'Activity_VerhaeltnisseErmitteln',
      type: 'userTask',
      name: 'Haushalt, Miete und Einkommen ermitteln',
      lane: SB,
      col: 9,
      documentation:
        'Haushaltsmitglieder (§§ 5, 6 WoGG), zu berücksichtigende Miete (§ 9 WoGG) und Gesamteinkommen (§§ 13 ff. WoGG).',
    },
    {
      id: 'Activity_WohngeldBerechnen',
      type: 'serviceTask',
      name: 'Wohngeld berechnen',
      lane: SB,
      col: 10,
      documentation:
        'Berechnung nach § 19 WoGG mit Höchstbeträgen nach Haushaltsgröße und Mietenstufe (§ 12 WoGG) im Fachverfahren; nicht als DMN modelliert.',
    },
    {
      id: 'Activity_BewilligungszeitraumBestimmen',
      type: 'businessRuleTask',
      name: 'Bewilligungszeitraum bestimmen',
      lane: SB,
      col: 11,
      documentation: evaluatesDecision(
        DMN,
        'Decision_Bewilligungszeitraum',
        'aenderungenErwartet, monateBisZurAenderung (aus dem Formular, von der Sachbearbeitung bestätigt)',
        'monate'
      ),
    },
    { id: 'Gateway_EntscheidungZusammen', type: 'exclusiveGateway', lane: SB, col: 12 },
    callBlock('bescheid-erstellen', {
      id: 'Activity_BescheidErstellen',
      name: 'Wohngeldbescheid erstellen',
      lane: SB,
      col: 13,
    }),
    callBlock('bescheid-bekanntgeben', {
      id: 'Activity_BescheidBekanntgeben',
      name: 'Wohngeldbescheid bekanntgeben',
      lane: SB,
      col: 14,
    }),
    {
      id: 'Gateway_Bewilligt',
      type: 'exclusiveGateway',
      name: 'Bewilligt?',
      lane: SB,
      col: 15,
    },
    {
      id: 'Activity_ZahlungAnweisen',
      type: 'serviceTask',
      name: 'Zahlung anweisen',
      lane: 'Lane_Kasse',
      col: 16,
      documentation: 'Monatliche Zahlung des Wohngeldes (§ 26 WoGG).',
    },
    { id: 'Gateway_BewilligtZusammen', type: 'exclusiveGateway', lane: SB, col: 17 },
    callBlock('vorgang-zur-eakte-nehmen', {
      id: 'Activity_VorgangZurEakteNehmen',
      name: 'Vorgang zur E-Akte nehmen',
      lane: SB,
      col: 18,
    }),
    {
      id: 'Event_AntragEntschieden',
      type: 'endEvent',
      name: 'Über Wohngeldantrag entschieden',
      lane: SB,
      col: 19,
    },
  ],
  flows: [
    { from: 'Event_AntragEingegangen', to: 'Activity_AntragEntgegennehmen' },
    { from: 'Activity_AntragEntgegennehmen', to: 'Activity_ZustaendigkeitPruefen' },
    { from: 'Activity_ZustaendigkeitPruefen', to: 'Activity_IdentitaetPruefen' },
    { from: 'Activity_IdentitaetPruefen', to: 'Activity_VollstaendigkeitPruefen' },
    { from: 'Activity_VollstaendigkeitPruefen', to: 'Gateway_Vollstaendig' },
    {
      from: 'Gateway_Vollstaendig',
      to: 'Activity_AusschlussPruefen',
      name: 'ja',
      condition: '=vollstaendig',
    },
    {
      from: 'Gateway_Vollstaendig',
      to: 'Activity_UnterlagenNachfordern',
      name: 'nein',
      default: true,
    },
    { from: 'Activity_UnterlagenNachfordern', to: 'Activity_VollstaendigkeitPruefen' },
    { from: 'Activity_AusschlussPruefen', to: 'Gateway_Ausgeschlossen' },
    {
      from: 'Gateway_Ausgeschlossen',
      to: 'Activity_AuskuenfteEinholen',
      name: 'nein',
      default: true,
    },
    {
      from: 'Gateway_Ausgeschlossen',
      to: 'Gateway_EntscheidungZusammen',
      name: 'ja',
      condition: '=ausgeschlossen',
    },
    { from: 'Activity_AuskuenfteEinholen', to: 'Activity_VerhaeltnisseErmitteln' },
    { from: 'Activity_VerhaeltnisseErmitteln', to: 'Activity_WohngeldBerechnen' },
    { from: 'Activity_WohngeldBerechnen', to: 'Activity_BewilligungszeitraumBestimmen' },
    { from: 'Activity_BewilligungszeitraumBestimmen', to: 'Gateway_EntscheidungZusammen' },
    { from: 'Gateway_EntscheidungZusammen', to: 'Activity_BescheidErstellen' },
    { from: 'Activity_BescheidErstellen', to: 'Activity_BescheidBekanntgeben' },
    { from: 'Activity_BescheidBekanntgeben', to: 'Gateway_Bewilligt' },
    {
      from: 'Gateway_Bewilligt',
      to: 'Activity_ZahlungAnweisen',
      name: 'ja',
      condition: '=bewilligt',
    },
    { from: 'Gateway_Bewilligt', to: 'Gateway_BewilligtZusammen', name: 'nein', default: true },
    { from: 'Activity_ZahlungAnweisen', to: 'Gateway_BewilligtZusammen' },
    { from: 'Gateway_BewilligtZusammen', to: 'Activity_VorgangZurEakteNehmen' },
    { from: 'Activity_VorgangZurEakteNehmen', to: 'Event_AntragEntschieden' },
  ],
  messageFlows: [
    { from: 'Participant_Antragsteller', to: 'Event_AntragEingegangen', name: 'Wohngeldantrag' },
    {
      from: 'Activity_UnterlagenNachfordern',
      to: 'Participant_Antragsteller',
      name: 'Nachforderung',
    },
    { from: 'Participant_Antragsteller', to: 'Activity_UnterlagenNachfordern', name: 'Nachweise' },
    { from: 'Activity_AuskuenfteEinholen', to: 'Participant_Dritte', name: 'Auskunftsersuchen' },
    { from: 'Participant_Dritte', to: 'Activity_AuskuenfteEinholen', name: 'Auskunft' },
    {
      from: 'Activity_BescheidBekanntgeben',
      to: 'Participant_Antragsteller',
      name: 'Wohngeldbescheid',
    },
    { from: 'Activity_ZahlungAnweisen', to: 'Participant_Antragsteller', name: 'Wohngeld' },
  ],
})
