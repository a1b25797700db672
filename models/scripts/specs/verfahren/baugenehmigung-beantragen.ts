/**
 * Baugenehmigung beantragen, vereinfachtes Verfahren nach § 63 SächsBO (Referenzprozess). The
 * DMN decision "Verfahrensart" sends every other kind of procedure back with a hint; "Zu
 * beteiligende Stellen" decides whom the Bauaufsicht involves. The Entwurfsverfasser/in pool sits
 * below the authority so its message flows do not cross the Bauherr/in pool.
 */
import { defineDiagram } from '../../bpmnLayout'
import { callBlock, evaluatesDecision } from './lib/bausteinAufruf'

const SB = 'Lane_Sachbearbeitung'
const DMN = 'baugenehmigung-beantragen.dmn'

export default defineDiagram({
  processId: 'Process_BaugenehmigungBeantragen',
  processName: 'Baugenehmigung beantragen (vereinfachtes Verfahren)',
  documentation:
    'Referenzprozess: Bauantrag im vereinfachten Baugenehmigungsverfahren nach § 63 SächsBO bearbeiten.',
  pools: [
    { id: 'Participant_Bauherr', name: 'Bauherr/in', collapsed: true },
    {
      id: 'Participant_Bauaufsicht',
      name: 'Untere Bauaufsichtsbehörde',
      processRef: 'Process_BaugenehmigungBeantragen',
      lanes: [{ id: SB, name: 'Sachbearbeitung Bauaufsicht' }],
    },
    { id: 'Participant_Entwurfsverfasser', name: 'Entwurfsverfasser/in', collapsed: true },
    { id: 'Participant_Beteiligte', name: 'Gemeinde und Fachbehörden', collapsed: true },
  ],
  nodes: [
    {
      id: 'Event_BauantragEingegangen',
      type: 'startEvent',
      event: 'message',
      name: 'Bauantrag eingegangen',
      lane: SB,
      col: 0,
    },
    callBlock('antrag-entgegennehmen', {
      id: 'Activity_AntragEntgegennehmen',
      name: 'Bauantrag entgegennehmen',
      lane: SB,
      col: 1,
    }),
    callBlock('zustaendigkeit-pruefen', {
      id: 'Activity_ZustaendigkeitPruefen',
      name: 'Zuständigkeit prüfen',
      lane: SB,
      col: 2,
    }),
    {
      id: 'Activity_VerfahrensartBestimmen',
      type: 'businessRuleTask',
      name: 'Verfahrensart bestimmen',
      lane: SB,
      col: 3,
      documentation: evaluatesDecision(
        DMN,
        'Decision_Verfahrensart',
        'sonderbau, imGeltungsbereichBebauungsplan (aus dem Antrag, von der Bauaufsicht geprüft), verfahrensfrei (Feststellung der Bauaufsicht)',
        'verfahrensart'
      ),
    },
    {
      id: 'Gateway_Vereinfacht',
      type: 'exclusiveGateway',
      name: 'Vereinfachtes Verfahren?',
      lane: SB,
      col: 4,
    },
    {
      id: 'Activity_VerfahrensartMitteilen',
      type: 'sendTask',
      name: 'Auf die Verfahrensart hinweisen',
      lane: SB,
      col: 4,
      row: 1,
      documentation:
        'Verfahrensfrei, Genehmigungsfreistellung oder Baugenehmigungsverfahren: Hinweis an die Entwurfsverfasserin oder den Entwurfsverfasser.',
    },
    {
      id: 'Event_AndereVerfahrensart',
      type: 'endEvent',
      name: 'Auf andere Verfahrensart verwiesen',
      lane: SB,
      col: 4,
      row: 2,
    },
    callBlock('vollstaendigkeit-pruefen', {
      id: 'Activity_VollstaendigkeitPruefen',
      name: 'Vollständigkeit prüfen',
      lane: SB,
      col: 5,
    }),
    {
      id: 'Gateway_Vollstaendig',
      type: 'exclusiveGateway',
      name: 'Vollständig?',
      lane: SB,
      col: 6,
    },
    callBlock('unterlagen-nachfordern', {
      id: 'Activity_UnterlagenNachfordern',
      name: 'Bauvorlagen nachfordern',
      lane: SB,
      col: 6,
      row: 1,
    }),
    callBlock('verfahrensstand-mitteilen', {
      id: 'Activity_EingangBestaetigen',
      name: 'Eingang des vollständigen Bauantrags bestätigen',
      lane: SB,
      col: 7,
    }),
    {
      id: 'Activity_StellenErmitteln',
      type: 'businessRuleTask',
      name: 'Zu beteiligende Stellen ermitteln',
      lane: SB,
      col: 8,
      documentation: evaluatesDecision(
        DMN,
        'Decision_ZuBeteiligendeStellen',
        'denkmal, schutzgebiet, wasserschutzgebiet (aus dem Antrag, von der Bauaufsicht geprüft), gemeindlichesEinvernehmenNoetig (Feststellung der Bauaufsicht)',
        'stelle (Liste, leer wenn niemand zu beteiligen ist)'
      ),
    },
    {
      id: 'Gateway_BeteiligungNoetig',
      type: 'exclusiveGateway',
      name: 'Stellen zu beteiligen?',
      lane: SB,
      col: 9,
    },
    callBlock('stellen-beteiligen', {
      id: 'Activity_StellenBeteiligen',
      name: 'Gemeinde und Fachbehörden beteiligen',
      lane: SB,
      col: 10,
      documentation:
        'Parallele Beteiligung mit Frist; Einvernehmen der Gemeinde nach § 36 BauGB, Stellungnahmen der Fachbehörden.',
    }),
    { id: 'Gateway_BeteiligungZusammen', type: 'exclusiveGateway', lane: SB, col: 11 },
    {
      id: 'Activity_VorhabenPruefen',
      type: 'userTask',
      name: 'Vorhaben prüfen',
      lane: SB,
      col: 12,
      documentation:
        'Prüfumfang des vereinfachten Verfahrens nach § 63 SächsBO, insbesondere die bauplanungsrechtliche Zulässigkeit.',
    },
    {
      id: 'Gateway_Genehmigungsfaehig',
      type: 'exclusiveGateway',
      name: 'Genehmigungsfähig?',
      lane: SB,
      col: 13,
    },
    callBlock('anhoerung-durchfuehren', {
      id: 'Activity_AnhoerungDurchfuehren',
      name: 'Anhörung durchführen',
      lane: SB,
      col: 14,
      row: 1,
      documentation: 'Vor einer Ablehnung oder belastenden Nebenbestimmungen (§ 28 VwVfG).',
    }),
    { id: 'Gateway_PruefungZusammen', type: 'exclusiveGateway', lane: SB, col: 14 },
    {
      id: 'Activity_Entscheiden',
      type: 'userTask',
      name: 'Über den Bauantrag entscheiden',
      lane: SB,
      col: 15,
      documentation: 'Genehmigung, auch mit Nebenbestimmungen (§ 36 VwVfG), oder Ablehnung.',
    },
    callBlock('gebuehr-berechnen-und-festsetzen', {
      id: 'Activity_GebuehrFestsetzen',
      name: 'Gebühr festsetzen',
      lane: SB,
      col: 16,
      documentation:
        'Gebühr nach dem Sächsischen Kostenverzeichnis; keine Gebührentabelle im Referenzprozess, weil die Beträge nicht geprüft sind.',
    }),
    callBlock('bescheid-erstellen', {
      id: 'Activity_BescheidErstellen',
      name: 'Bescheid erstellen',
      lane: SB,
      col: 17,
      documentation:
        'Baugenehmigung mit gestempelten Bauvorlagen oder Ablehnung, jeweils mit Rechtsbehelfsbelehrung.',
    }),
    callBlock('bescheid-bekanntgeben', {
      id: 'Activity_BescheidBekanntgeben',
      name: 'Bescheid bekanntgeben',
      lane: SB,
      col: 18,
    }),
    {
      id: 'Event_WiderspruchsfristAbgelaufen',
      type: 'intermediateCatchEvent',
      event: 'timer',
      timer: { timeDuration: 'P1M' },
      name: 'Widerspruchsfrist abgelaufen',
      lane: SB,
      col: 19,
      documentation:
        'Widerspruch innerhalb eines Monats nach Bekanntgabe; ein Widerspruch wird in einem eigenen Verfahren bearbeitet.',
    },
    callBlock('vorgang-zur-eakte-nehmen', {
      id: 'Activity_VorgangZurEakteNehmen',
      name: 'Vorgang zur E-Akte nehmen',
      lane: SB,
      col: 20,
    }),
    {
      id: 'Event_BauantragEntschieden',
      type: 'endEvent',
      name: 'Über Bauantrag entschieden',
      lane: SB,
      col: 21,
    },
  ],
  flows: [
    { from: 'Event_BauantragEingegangen', to: 'Activity_AntragEntgegennehmen' },
    { from: 'Activity_AntragEntgegennehmen', to: 'Activity_ZustaendigkeitPruefen' },
    { from: 'Activity_ZustaendigkeitPruefen', to: 'Activity_VerfahrensartBestimmen' },
    { from: 'Activity_VerfahrensartBestimmen', to: 'Gateway_Vereinfacht' },
    {
      from: 'Gateway_Vereinfacht',
      to: 'Activity_VollstaendigkeitPruefen',
      name: 'ja',
      condition: '=verfahrensart = "vereinfachtes Baugenehmigungsverfahren"',
    },
    {
      from: 'Gateway_Vereinfacht',
      to: 'Activity_VerfahrensartMitteilen',
      name: 'nein',
      default: true,
    },
    { from: 'Activity_VerfahrensartMitteilen', to: 'Event_AndereVerfahrensart' },
    { from: 'Activity_VollstaendigkeitPruefen', to: 'Gateway_Vollstaendig' },
    {
      from: 'Gateway_Vollstaendig',
      to: 'Activity_EingangBestaetigen',
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
    { from: 'Activity_EingangBestaetigen', to: 'Activity_StellenErmitteln' },
    { from: 'Activity_StellenErmitteln', to: 'Gateway_BeteiligungNoetig' },
    {
      from: 'Gateway_BeteiligungNoetig',
      to: 'Activity_StellenBeteiligen',
      name: 'ja',
      condition: '=count(stelle) > 0',
    },
    {
      from: 'Gateway_BeteiligungNoetig',
      to: 'Gateway_BeteiligungZusammen',
      name: 'nein',
      default: true,
    },
    { from: 'Activity_StellenBeteiligen', to: 'Gateway_BeteiligungZusammen' },
    { from: 'Gateway_BeteiligungZusammen', to: 'Activity_VorhabenPruefen' },
    { from: 'Activity_VorhabenPruefen', to: 'Gateway_Genehmigungsfaehig' },
    {
      from: 'Gateway_Genehmigungsfaehig',
      to: 'Gateway_PruefungZusammen',
      name: 'ja',
      condition: '=genehmigungsfaehig',
    },
    {
      from: 'Gateway_Genehmigungsfaehig',
      to: 'Activity_AnhoerungDurchfuehren',
      name: 'nein',
      default: true,
    },
    { from: 'Activity_AnhoerungDurchfuehren', to: 'Gateway_PruefungZusammen' },
    { from: 'Gateway_PruefungZusammen', to: 'Activity_Entscheiden' },
    { from: 'Activity_Entscheiden', to: 'Activity_GebuehrFestsetzen' },
    { from: 'Activity_GebuehrFestsetzen', to: 'Activity_BescheidErstellen' },
    { from: 'Activity_BescheidErstellen', to: 'Activity_BescheidBekanntgeben' },
    { from: 'Activity_BescheidBekanntgeben', to: 'Event_WiderspruchsfristAbgelaufen' },
    { from: 'Event_WiderspruchsfristAbgelaufen', to: 'Activity_VorgangZurEakteNehmen' },
    { from: 'Activity_VorgangZurEakteNehmen', to: 'Event_BauantragEntschieden' },
  ],
  messageFlows: [
    {
      from: 'Participant_Entwurfsverfasser',
      to: 'Event_BauantragEingegangen',
      name: 'Bauantrag (XBau)',
    },
    {
      from: 'Activity_VerfahrensartMitteilen',
      to: 'Participant_Entwurfsverfasser',
      name: 'Hinweis',
    },
    {
      from: 'Activity_UnterlagenNachfordern',
      to: 'Participant_Entwurfsverfasser',
      name: 'Nachforderung',
    },
    {
      from: 'Participant_Entwurfsverfasser',
      to: 'Activity_UnterlagenNachfordern',
      name: 'Bauvorlagen',
    },
    {
      from: 'Activity_EingangBestaetigen',
      to: 'Participant_Bauherr',
      name: 'Eingangsbestätigung',
    },
    { from: 'Activity_StellenBeteiligen', to: 'Participant_Beteiligte', name: 'Beteiligung' },
    {
      from: 'Participant_Beteiligte',
      to: 'Activity_StellenBeteiligen',
      name: 'Einvernehmen, Stellungnahmen',
    },
    { from: 'Activity_AnhoerungDurchfuehren', to: 'Participant_Bauherr', name: 'Anhörung' },
    { from: 'Participant_Bauherr', to: 'Activity_AnhoerungDurchfuehren', name: 'Äußerung' },
    { from: 'Activity_BescheidBekanntgeben', to: 'Participant_Bauherr', name: 'Bescheid' },
  ],
})
