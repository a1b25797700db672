/**
 * Hund zur Hundesteuer anmelden (Musterprozess, Sachsen). The two DMN decisions of
 * hundesteuer-anmelden.dmn decide exemption and tax rate; the blocks do receipt, completeness,
 * participation of the Ordnungsamt, the notice and filing.
 */
import { defineDiagram } from '../../bpmnLayout'
import { callBlock, evaluatesDecision } from './lib/bausteinAufruf'

const STEUERAMT = 'Lane_Steueramt'
const DMN = 'hundesteuer-anmelden.dmn'

export default defineDiagram({
  processId: 'Process_HundesteuerAnmelden',
  processName: 'Hund zur Hundesteuer anmelden',
  documentation:
    'Musterprozess: Anmeldung eines Hundes zur Hundesteuer, Prüfung einer Steuerbefreiung und Festsetzung der Jahressteuer nach der Hundesteuersatzung (Beispielwerte Moritzburg 2025).',
  pools: [
    { id: 'Participant_Hundehalter', name: 'Hundehalter/in', collapsed: true },
    {
      id: 'Participant_Gemeinde',
      name: 'Gemeinde',
      processRef: 'Process_HundesteuerAnmelden',
      lanes: [
        { id: STEUERAMT, name: 'Steueramt' },
        { id: 'Lane_Kasse', name: 'Gemeindekasse' },
      ],
    },
    { id: 'Participant_Ordnungsamt', name: 'Ordnungsamt', collapsed: true },
  ],
  nodes: [
    {
      id: 'Event_AnmeldungEingegangen',
      type: 'startEvent',
      event: 'message',
      name: 'Hundeanmeldung eingegangen',
      lane: STEUERAMT,
      col: 0,
    },
    callBlock('antrag-entgegennehmen', {
      id: 'Activity_AntragEntgegennehmen',
      name: 'Anmeldung entgegennehmen',
      lane: STEUERAMT,
      col: 1,
    }),
    callBlock('vollstaendigkeit-pruefen', {
      id: 'Activity_VollstaendigkeitPruefen',
      name: 'Vollständigkeit prüfen',
      lane: STEUERAMT,
      col: 2,
    }),
    {
      id: 'Gateway_Vollstaendig',
      type: 'exclusiveGateway',
      name: 'Vollständig?',
      lane: STEUERAMT,
      col: 3,
    },
    callBlock('unterlagen-nachfordern', {
      id: 'Activity_UnterlagenNachfordern',
      name: 'Nachweise nachfordern',
      lane: STEUERAMT,
      col: 3,
      row: 1,
    }),
    {
      id: 'Gateway_Gefaehrlich',
      type: 'exclusiveGateway',
      name: 'Gefährlicher Hund?',
      lane: STEUERAMT,
      col: 4,
    },
    callBlock('stellen-beteiligen', {
      id: 'Activity_OrdnungsamtBeteiligen',
      name: 'Ordnungsamt beteiligen',
      lane: STEUERAMT,
      col: 5,
      row: 1,
      documentation:
        'Das Ordnungsamt bestätigt, ob für den gefährlichen Hund die erforderliche Erlaubnis vorliegt.',
    }),
    {
      id: 'Gateway_GefaehrlichZusammen',
      type: 'exclusiveGateway',
      lane: STEUERAMT,
      col: 6,
    },
    {
      id: 'Activity_SteuerbefreiungPruefen',
      type: 'businessRuleTask',
      name: 'Steuerbefreiung prüfen',
      lane: STEUERAMT,
      col: 7,
      documentation: evaluatesDecision(
        DMN,
        'Decision_Steuerbefreiung',
        'zweck (aus dem Formular; „sonstiger“, wenn keine Befreiung beantragt ist), gefaehrlicherHund',
        'befreiung („befreit“ oder „keine“); den Nachweis prüft die Sachbearbeitung'
      ),
    },
    {
      id: 'Gateway_Befreit',
      type: 'exclusiveGateway',
      name: 'Steuerbefreit?',
      lane: STEUERAMT,
      col: 8,
    },
    {
      id: 'Activity_SteuersatzErmitteln',
      type: 'businessRuleTask',
      name: 'Steuersatz ermitteln',
      lane: STEUERAMT,
      col: 9,
      documentation: evaluatesDecision(
        DMN,
        'Decision_Steuersatz',
        'gefaehrlicherHund, laufendeNummerDesHundes = weitereHundeImHaushalt + 1',
        'jahressteuer in Euro'
      ),
    },
    {
      id: 'Activity_SteuerFestsetzen',
      type: 'userTask',
      name: 'Hundesteuer festsetzen',
      lane: STEUERAMT,
      col: 10,
    },
    {
      id: 'Activity_SollstellungBuchen',
      type: 'serviceTask',
      name: 'Sollstellung buchen',
      lane: 'Lane_Kasse',
      col: 11,
    },
    {
      id: 'Gateway_BefreitZusammen',
      type: 'exclusiveGateway',
      lane: STEUERAMT,
      col: 12,
    },
    callBlock('bescheid-erstellen', {
      id: 'Activity_BescheidErstellen',
      name: 'Steuerbescheid erstellen',
      lane: STEUERAMT,
      col: 13,
    }),
    callBlock('bescheid-bekanntgeben', {
      id: 'Activity_BescheidBekanntgeben',
      name: 'Steuerbescheid bekanntgeben',
      lane: STEUERAMT,
      col: 14,
      documentation: 'Mit dem Bescheid wird die Steuermarke versandt.',
    }),
    callBlock('vorgang-zur-eakte-nehmen', {
      id: 'Activity_VorgangZurEakteNehmen',
      name: 'Vorgang zur E-Akte nehmen',
      lane: STEUERAMT,
      col: 15,
    }),
    {
      id: 'Event_HundAngemeldet',
      type: 'endEvent',
      name: 'Hund zur Steuer angemeldet',
      lane: STEUERAMT,
      col: 16,
    },
  ],
  flows: [
    { from: 'Event_AnmeldungEingegangen', to: 'Activity_AntragEntgegennehmen' },
    { from: 'Activity_AntragEntgegennehmen', to: 'Activity_VollstaendigkeitPruefen' },
    { from: 'Activity_VollstaendigkeitPruefen', to: 'Gateway_Vollstaendig' },
    {
      from: 'Gateway_Vollstaendig',
      to: 'Gateway_Gefaehrlich',
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
    {
      from: 'Gateway_Gefaehrlich',
      to: 'Activity_OrdnungsamtBeteiligen',
      name: 'ja',
      condition: '=gefaehrlicherHund',
    },
    {
      from: 'Gateway_Gefaehrlich',
      to: 'Gateway_GefaehrlichZusammen',
      name: 'nein',
      default: true,
    },
    { from: 'Activity_OrdnungsamtBeteiligen', to: 'Gateway_GefaehrlichZusammen' },
    { from: 'Gateway_GefaehrlichZusammen', to: 'Activity_SteuerbefreiungPruefen' },
    { from: 'Activity_SteuerbefreiungPruefen', to: 'Gateway_Befreit' },
    {
      from: 'Gateway_Befreit',
      to: 'Activity_SteuersatzErmitteln',
      name: 'nein',
      default: true,
    },
    {
      from: 'Gateway_Befreit',
      to: 'Gateway_BefreitZusammen',
      name: 'ja',
      condition: '=befreiung = "befreit"',
    },
    { from: 'Activity_SteuersatzErmitteln', to: 'Activity_SteuerFestsetzen' },
    { from: 'Activity_SteuerFestsetzen', to: 'Activity_SollstellungBuchen' },
    { from: 'Activity_SollstellungBuchen', to: 'Gateway_BefreitZusammen' },
    { from: 'Gateway_BefreitZusammen', to: 'Activity_BescheidErstellen' },
    { from: 'Activity_BescheidErstellen', to: 'Activity_BescheidBekanntgeben' },
    { from: 'Activity_BescheidBekanntgeben', to: 'Activity_VorgangZurEakteNehmen' },
    { from: 'Activity_VorgangZurEakteNehmen', to: 'Event_HundAngemeldet' },
  ],
  messageFlows: [
    {
      from: 'Participant_Hundehalter',
      to: 'Event_AnmeldungEingegangen',
      name: 'Hundeanmeldung',
    },
    {
      from: 'Activity_UnterlagenNachfordern',
      to: 'Participant_Hundehalter',
      name: 'Nachforderung',
    },
    { from: 'Participant_Hundehalter', to: 'Activity_UnterlagenNachfordern', name: 'Nachweise' },
    { from: 'Activity_OrdnungsamtBeteiligen', to: 'Participant_Ordnungsamt', name: 'Anfrage' },
    {
      from: 'Participant_Ordnungsamt',
      to: 'Activity_OrdnungsamtBeteiligen',
      name: 'Stellungnahme',
    },
    {
      from: 'Activity_BescheidBekanntgeben',
      to: 'Participant_Hundehalter',
      name: 'Steuerbescheid und Steuermarke',
    },
  ],
})
