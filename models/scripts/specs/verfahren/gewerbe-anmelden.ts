/**
 * Gewerbe anmelden (Referenzprozess, Sachsen). The three-day deadline of § 15 Abs. 1 GewO runs
 * from receipt of the Anzeige, so it is a timer on its own branch that starts with the process
 * (a boundary timer on one task would measure from that task's start instead). The DMN decisions
 * of gewerbe-anmelden.dmn decide whether an Anzeige is needed at all and who receives the data.
 */
import { defineDiagram } from '../../bpmnLayout'
import { callBlock, evaluatesDecision } from './lib/bausteinAufruf'

const SB = 'Lane_Sachbearbeitung'
const DMN = 'gewerbe-anmelden.dmn'

export default defineDiagram({
  processId: 'Process_GewerbeAnmelden',
  processName: 'Gewerbe anmelden',
  documentation:
    'Referenzprozess: Gewerbeanzeige nach § 14 Abs. 1 GewO entgegennehmen, Empfang innerhalb von drei Tagen bescheinigen (§ 15 Abs. 1 GewO) und die Daten nach § 3 GewAnzV übermitteln.',
  pools: [
    { id: 'Participant_Gewerbetreibende', name: 'Gewerbetreibende/r', collapsed: true },
    {
      id: 'Participant_Gewerbeamt',
      name: 'Gewerbeamt',
      processRef: 'Process_GewerbeAnmelden',
      lanes: [
        { id: SB, name: 'Sachbearbeitung Gewerbeangelegenheiten' },
        { id: 'Lane_Kasse', name: 'Stadtkasse' },
      ],
    },
    {
      id: 'Participant_Empfaenger',
      name: 'Empfangsberechtigte Stellen (§ 3 GewAnzV)',
      collapsed: true,
    },
  ],
  nodes: [
    {
      id: 'Event_AnzeigeEingegangen',
      type: 'startEvent',
      event: 'message',
      name: 'Gewerbeanzeige eingegangen',
      lane: SB,
      col: 0,
    },
    { id: 'Gateway_FristUeberwachen', type: 'parallelGateway', lane: SB, col: 1 },
    callBlock('antrag-entgegennehmen', {
      id: 'Activity_AntragEntgegennehmen',
      name: 'Anzeige entgegennehmen',
      lane: SB,
      col: 2,
    }),
    callBlock('zustaendigkeit-pruefen', {
      id: 'Activity_ZustaendigkeitPruefen',
      name: 'Zuständigkeit prüfen',
      lane: SB,
      col: 3,
    }),
    callBlock('identitaet-pruefen', {
      id: 'Activity_IdentitaetPruefen',
      name: 'Identität prüfen',
      lane: SB,
      col: 4,
      documentation: 'Verfahren zur Feststellung der Identität nach § 2 Abs. 2 GewAnzV.',
    }),
    {
      id: 'Activity_AnzeigepflichtPruefen',
      type: 'businessRuleTask',
      name: 'Anzeigepflicht prüfen',
      lane: SB,
      col: 5,
      documentation: evaluatesDecision(
        DMN,
        'Decision_Anzeigepflicht',
        'taetigkeitsart (aus dem Formular)',
        'anzeigepflichtig'
      ),
    },
    {
      id: 'Gateway_Anzeigepflichtig',
      type: 'exclusiveGateway',
      name: 'Anzeigepflichtig?',
      lane: SB,
      col: 6,
    },
    {
      id: 'Activity_HinweisKeineAnzeigepflicht',
      type: 'sendTask',
      name: 'Hinweis zur fehlenden Anzeigepflicht senden',
      lane: SB,
      col: 6,
      row: 1,
    },
    {
      id: 'Event_KeineAnzeigepflicht',
      type: 'endEvent',
      name: 'Keine Anzeigepflicht',
      lane: SB,
      col: 6,
      row: 2,
    },
    callBlock('vollstaendigkeit-pruefen', {
      id: 'Activity_VollstaendigkeitPruefen',
      name: 'Vollständigkeit prüfen',
      lane: SB,
      col: 7,
    }),
    {
      id: 'Gateway_Vollstaendig',
      type: 'exclusiveGateway',
      name: 'Vollständig?',
      lane: SB,
      col: 8,
    },
    callBlock('unterlagen-nachfordern', {
      id: 'Activity_UnterlagenNachfordern',
      name: 'Unterlagen nachfordern',
      lane: SB,
      col: 8,
      row: 1,
    }),
    callBlock('gebuehr-berechnen-und-festsetzen', {
      id: 'Activity_GebuehrFestsetzen',
      name: 'Gebühr festsetzen',
      lane: SB,
      col: 9,
      documentation:
        'Gebühr nach dem örtlichen Kostenrecht; der Referenzprozess enthält keine Gebührentabelle, weil kein belegter Betrag vorliegt.',
    }),
    callBlock('zahlung-abwickeln', {
      id: 'Activity_ZahlungAbwickeln',
      name: 'Zahlung abwickeln',
      lane: 'Lane_Kasse',
      col: 10,
    }),
    {
      id: 'Activity_EmpfangsbescheinigungAusstellen',
      type: 'userTask',
      name: 'Empfangsbescheinigung ausstellen',
      lane: SB,
      col: 11,
      documentation: 'Empfangsbescheinigung (Gewerbeschein) nach § 15 Abs. 1 GewO.',
    },
    callBlock('bescheid-bekanntgeben', {
      id: 'Activity_EmpfangsbescheinigungBekanntgeben',
      name: 'Empfangsbescheinigung bekanntgeben',
      lane: SB,
      col: 12,
    }),
    {
      id: 'Activity_ErlaubnispflichtPruefen',
      type: 'userTask',
      name: 'Erlaubnispflicht prüfen',
      lane: SB,
      col: 13,
      documentation:
        'Wird ein erlaubnispflichtiges Gewerbe ohne Erlaubnis betrieben, kann die Fortsetzung nach § 15 Abs. 2 GewO verhindert werden; dieses Verfahren ist nicht Teil des Referenzprozesses.',
    },
    {
      id: 'Activity_EmpfaengerErmitteln',
      type: 'businessRuleTask',
      name: 'Empfänger der Daten ermitteln',
      lane: SB,
      col: 14,
      documentation: evaluatesDecision(
        DMN,
        'Decision_EmpfaengerDatenuebermittlung',
        'anzeigeart = "Anmeldung", handwerkOderHandwerksaehnlich, lebensmittelBetroffen, imRegisterEingetragen (aus dem Formular), anhaltspunkteSchwarzarbeit (Feststellung der Sachbearbeitung)',
        'empfaenger (Liste der Stellen nach § 3 GewAnzV)'
      ),
    },
    callBlock('daten-uebermitteln', {
      id: 'Activity_DatenUebermitteln',
      name: 'Daten an Empfänger übermitteln',
      lane: SB,
      col: 15,
      documentation:
        'XGewerbeanzeige über das DVDV, unverzüglich nach der Empfangsbescheinigung; an die statistischen Ämter spätestens am ersten Arbeitstag des Folgemonats (§ 3 Abs. 4 und 5 GewAnzV).',
    }),
    callBlock('vorgang-zur-eakte-nehmen', {
      id: 'Activity_VorgangZurEakteNehmen',
      name: 'Vorgang zur E-Akte nehmen',
      lane: SB,
      col: 16,
    }),
    {
      id: 'Event_AnzeigeBearbeitet',
      type: 'endEvent',
      name: 'Gewerbeanzeige bearbeitet',
      lane: SB,
      col: 17,
    },
    {
      id: 'Event_EmpfangsbescheinigungFrist',
      type: 'intermediateCatchEvent',
      event: 'timer',
      timer: { timeDuration: 'P3D' },
      name: '3 Tage nach Eingang',
      lane: SB,
      col: 2,
      row: 2,
      documentation:
        '§ 15 Abs. 1 GewO: Die Behörde bescheinigt innerhalb dreier Tage den Empfang der Anzeige.',
    },
    {
      id: 'Gateway_FristEingehalten',
      type: 'exclusiveGateway',
      name: 'Fristgerecht erledigt?',
      lane: SB,
      col: 3,
      row: 2,
    },
    {
      id: 'Activity_TeamleitungInformieren',
      type: 'sendTask',
      name: 'Teamleitung informieren',
      lane: SB,
      col: 4,
      row: 2,
    },
    {
      id: 'Event_FristueberschreitungGemeldet',
      type: 'endEvent',
      name: 'Fristüberschreitung gemeldet',
      lane: SB,
      col: 5,
      row: 2,
    },
    {
      id: 'Event_FristEingehalten',
      type: 'endEvent',
      name: 'Frist eingehalten',
      lane: SB,
      col: 3,
      row: 3,
    },
  ],
  flows: [
    { from: 'Event_AnzeigeEingegangen', to: 'Gateway_FristUeberwachen' },
    { from: 'Gateway_FristUeberwachen', to: 'Activity_AntragEntgegennehmen' },
    { from: 'Gateway_FristUeberwachen', to: 'Event_EmpfangsbescheinigungFrist' },
    { from: 'Activity_AntragEntgegennehmen', to: 'Activity_ZustaendigkeitPruefen' },
    { from: 'Activity_ZustaendigkeitPruefen', to: 'Activity_IdentitaetPruefen' },
    { from: 'Activity_IdentitaetPruefen', to: 'Activity_AnzeigepflichtPruefen' },
    { from: 'Activity_AnzeigepflichtPruefen', to: 'Gateway_Anzeigepflichtig' },
    {
      from: 'Gateway_Anzeigepflichtig',
      to: 'Activity_VollstaendigkeitPruefen',
      name: 'ja',
      condition: '=anzeigepflichtig',
    },
    {
      from: 'Gateway_Anzeigepflichtig',
      to: 'Activity_HinweisKeineAnzeigepflicht',
      name: 'nein',
      default: true,
    },
    { from: 'Activity_HinweisKeineAnzeigepflicht', to: 'Event_KeineAnzeigepflicht' },
    { from: 'Activity_VollstaendigkeitPruefen', to: 'Gateway_Vollstaendig' },
    {
      from: 'Gateway_Vollstaendig',
      to: 'Activity_GebuehrFestsetzen',
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
    { from: 'Activity_GebuehrFestsetzen', to: 'Activity_ZahlungAbwickeln' },
    { from: 'Activity_ZahlungAbwickeln', to: 'Activity_EmpfangsbescheinigungAusstellen' },
    {
      from: 'Activity_EmpfangsbescheinigungAusstellen',
      to: 'Activity_EmpfangsbescheinigungBekanntgeben',
    },
    { from: 'Activity_EmpfangsbescheinigungBekanntgeben', to: 'Activity_ErlaubnispflichtPruefen' },
    { from: 'Activity_ErlaubnispflichtPruefen', to: 'Activity_EmpfaengerErmitteln' },
    { from: 'Activity_EmpfaengerErmitteln', to: 'Activity_DatenUebermitteln' },
    { from: 'Activity_DatenUebermitteln', to: 'Activity_VorgangZurEakteNehmen' },
    { from: 'Activity_VorgangZurEakteNehmen', to: 'Event_AnzeigeBearbeitet' },
    { from: 'Event_EmpfangsbescheinigungFrist', to: 'Gateway_FristEingehalten' },
    {
      from: 'Gateway_FristEingehalten',
      to: 'Event_FristEingehalten',
      name: 'ja',
      condition: '=empfangsbescheinigungErteilt or anzeigepflichtig = false',
    },
    {
      from: 'Gateway_FristEingehalten',
      to: 'Activity_TeamleitungInformieren',
      name: 'nein',
      default: true,
    },
    { from: 'Activity_TeamleitungInformieren', to: 'Event_FristueberschreitungGemeldet' },
  ],
  messageFlows: [
    {
      from: 'Participant_Gewerbetreibende',
      to: 'Event_AnzeigeEingegangen',
      name: 'Gewerbeanzeige',
    },
    {
      from: 'Activity_HinweisKeineAnzeigepflicht',
      to: 'Participant_Gewerbetreibende',
      name: 'Hinweis',
    },
    {
      from: 'Activity_UnterlagenNachfordern',
      to: 'Participant_Gewerbetreibende',
      name: 'Nachforderung',
    },
    {
      from: 'Participant_Gewerbetreibende',
      to: 'Activity_UnterlagenNachfordern',
      name: 'Unterlagen',
    },
    {
      from: 'Activity_EmpfangsbescheinigungBekanntgeben',
      to: 'Participant_Gewerbetreibende',
      name: 'Empfangsbescheinigung',
    },
    {
      from: 'Activity_DatenUebermitteln',
      to: 'Participant_Empfaenger',
      name: 'XGewerbeanzeige',
    },
  ],
})
