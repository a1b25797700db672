/**
 * Meldebescheinigung beantragen (Musterprozess, Sachsen). Kind of certificate and fee are DMN
 * decisions; the certificate is issued from the Melderegister and delivered electronically
 * (§ 18 Abs. 3 BMG), so there is no Bescheid and no Anhörung.
 */
import { defineDiagram } from '../../bpmnLayout'
import { callBlock, evaluatesDecision } from './lib/bausteinAufruf'

const MB = 'Lane_Meldebehoerde'
const DMN = 'meldebescheinigung-beantragen.dmn'

export default defineDiagram({
  processId: 'Process_MeldebescheinigungBeantragen',
  processName: 'Meldebescheinigung beantragen',
  documentation:
    'Musterprozess: einfache oder erweiterte Meldebescheinigung nach § 18 BMG online beantragen und elektronisch erhalten.',
  pools: [
    { id: 'Participant_Antragsteller', name: 'Betroffene Person', collapsed: true },
    {
      id: 'Participant_Meldebehoerde',
      name: 'Meldebehörde',
      processRef: 'Process_MeldebescheinigungBeantragen',
      lanes: [
        { id: MB, name: 'Bürgerservice / Meldewesen' },
        { id: 'Lane_Kasse', name: 'Stadtkasse' },
      ],
    },
  ],
  nodes: [
    {
      id: 'Event_AntragEingegangen',
      type: 'startEvent',
      event: 'message',
      name: 'Antrag eingegangen',
      lane: MB,
      col: 0,
    },
    callBlock('antrag-entgegennehmen', {
      id: 'Activity_AntragEntgegennehmen',
      name: 'Antrag entgegennehmen',
      lane: MB,
      col: 1,
    }),
    callBlock('identitaet-pruefen', {
      id: 'Activity_IdentitaetPruefen',
      name: 'Identität prüfen',
      lane: MB,
      col: 2,
      documentation:
        'Elektronischer Identitätsnachweis nach § 18 PAuswG oder gleichwertig (§ 18 Abs. 3 in Verbindung mit § 10 Abs. 3 BMG).',
    }),
    callBlock('register-abfragen', {
      id: 'Activity_MelderegisterAbfragen',
      name: 'Melderegister abfragen',
      lane: MB,
      col: 3,
    }),
    {
      id: 'Gateway_PersonGefunden',
      type: 'exclusiveGateway',
      name: 'Im Melderegister gefunden?',
      lane: MB,
      col: 4,
    },
    {
      id: 'Activity_HinweisSenden',
      type: 'sendTask',
      name: 'Hinweis senden',
      lane: MB,
      col: 4,
      row: 1,
      documentation: 'Die Person ist bei dieser Meldebehörde nicht gemeldet.',
    },
    {
      id: 'Event_NichtGemeldet',
      type: 'endEvent',
      name: 'Person nicht gemeldet',
      lane: MB,
      col: 5,
      row: 1,
    },
    {
      id: 'Activity_ArtBestimmen',
      type: 'businessRuleTask',
      name: 'Art der Meldebescheinigung bestimmen',
      lane: MB,
      col: 5,
      documentation: evaluatesDecision(
        DMN,
        'Decision_ArtDerMeldebescheinigung',
        'verwendungszweck (aus dem Formular)',
        'art („einfach“ oder „erweitert“)'
      ),
    },
    callBlock('gebuehr-berechnen-und-festsetzen', {
      id: 'Activity_GebuehrFestsetzen',
      name: 'Gebühr festsetzen',
      lane: MB,
      col: 6,
      documentation: evaluatesDecision(
        DMN,
        'Decision_Gebuehr',
        'verwendungszweck, nachweisVorgelegt (die Sachbearbeitung erkennt den hochgeladenen Nachweis an)',
        'gebuehr in Euro; der Baustein gibt den Betrag als betrag zurück'
      ),
    }),
    {
      id: 'Gateway_Gebuehrenpflichtig',
      type: 'exclusiveGateway',
      name: 'Gebühr zu zahlen?',
      lane: MB,
      col: 7,
    },
    callBlock('zahlung-abwickeln', {
      id: 'Activity_ZahlungAbwickeln',
      name: 'Zahlung abwickeln',
      lane: 'Lane_Kasse',
      col: 8,
    }),
    { id: 'Gateway_GebuehrZusammen', type: 'exclusiveGateway', lane: MB, col: 9 },
    {
      id: 'Activity_MeldebescheinigungErstellen',
      type: 'serviceTask',
      name: 'Meldebescheinigung erstellen',
      lane: MB,
      col: 10,
      documentation:
        'Inhalt nach § 18 Abs. 1 oder 2 BMG, ohne Auskunfts- und Übermittlungssperren.',
    },
    {
      id: 'Activity_MeldebescheinigungZustellen',
      type: 'sendTask',
      name: 'Meldebescheinigung zustellen',
      lane: MB,
      col: 11,
      documentation:
        'Elektronisch in das Postfach des Nutzerkontos (§ 18 Abs. 3 BMG) oder per Post, je nach gewähltem Zustellweg.',
    },
    {
      id: 'Activity_ErteilungProtokollieren',
      type: 'serviceTask',
      name: 'Erteilung protokollieren',
      lane: MB,
      col: 12,
    },
    {
      id: 'Event_MeldebescheinigungErteilt',
      type: 'endEvent',
      name: 'Meldebescheinigung erteilt',
      lane: MB,
      col: 13,
    },
  ],
  flows: [
    { from: 'Event_AntragEingegangen', to: 'Activity_AntragEntgegennehmen' },
    { from: 'Activity_AntragEntgegennehmen', to: 'Activity_IdentitaetPruefen' },
    { from: 'Activity_IdentitaetPruefen', to: 'Activity_MelderegisterAbfragen' },
    { from: 'Activity_MelderegisterAbfragen', to: 'Gateway_PersonGefunden' },
    {
      from: 'Gateway_PersonGefunden',
      to: 'Activity_ArtBestimmen',
      name: 'ja',
      condition: '=personGefunden',
    },
    { from: 'Gateway_PersonGefunden', to: 'Activity_HinweisSenden', name: 'nein', default: true },
    { from: 'Activity_HinweisSenden', to: 'Event_NichtGemeldet' },
    { from: 'Activity_ArtBestimmen', to: 'Activity_GebuehrFestsetzen' },
    { from: 'Activity_GebuehrFestsetzen', to: 'Gateway_Gebuehrenpflichtig' },
    {
      from: 'Gateway_Gebuehrenpflichtig',
      to: 'Activity_ZahlungAbwickeln',
      name: 'ja',
      condition: '=betrag > 0',
    },
    {
      from: 'Gateway_Gebuehrenpflichtig',
      to: 'Gateway_GebuehrZusammen',
      name: 'nein',
      default: true,
    },
    { from: 'Activity_ZahlungAbwickeln', to: 'Gateway_GebuehrZusammen' },
    { from: 'Gateway_GebuehrZusammen', to: 'Activity_MeldebescheinigungErstellen' },
    { from: 'Activity_MeldebescheinigungErstellen', to: 'Activity_MeldebescheinigungZustellen' },
    { from: 'Activity_MeldebescheinigungZustellen', to: 'Activity_ErteilungProtokollieren' },
    { from: 'Activity_ErteilungProtokollieren', to: 'Event_MeldebescheinigungErteilt' },
  ],
  messageFlows: [
    { from: 'Participant_Antragsteller', to: 'Event_AntragEingegangen', name: 'Antrag' },
    { from: 'Activity_HinweisSenden', to: 'Participant_Antragsteller', name: 'Hinweis' },
    { from: 'Participant_Antragsteller', to: 'Activity_ZahlungAbwickeln', name: 'Zahlung' },
    {
      from: 'Activity_MeldebescheinigungZustellen',
      to: 'Participant_Antragsteller',
      name: 'Meldebescheinigung',
    },
  ],
})
