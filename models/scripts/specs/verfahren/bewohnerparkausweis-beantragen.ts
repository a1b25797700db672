/**
 * Bewohnerparkausweis beantragen (Musterprozess with Berlin example values). Eligibility, fee and
 * validity are DMN decisions; a person who is not eligible gets a Bescheid, everyone else the
 * permit by post.
 */
import { defineDiagram } from '../../bpmnLayout'
import { callBlock, evaluatesDecision } from './lib/bausteinAufruf'

const SB = 'Lane_Sachbearbeitung'
const DMN = 'bewohnerparkausweis-beantragen.dmn'

export default defineDiagram({
  processId: 'Process_BewohnerparkausweisBeantragen',
  processName: 'Bewohnerparkausweis beantragen',
  documentation:
    'Musterprozess: Bewohnerparkausweis nach § 45 Abs. 1b Satz 1 Nr. 2a StVO ausstellen oder verlängern (Beispielwerte Berlin).',
  pools: [
    { id: 'Participant_Bewohner', name: 'Bewohner/in', collapsed: true },
    {
      id: 'Participant_Strassenverkehrsbehoerde',
      name: 'Straßenverkehrsbehörde',
      processRef: 'Process_BewohnerparkausweisBeantragen',
      lanes: [
        { id: SB, name: 'Sachbearbeitung Bewohnerparken' },
        { id: 'Lane_Kasse', name: 'Kasse' },
      ],
    },
    { id: 'Participant_Register', name: 'Meldebehörde und Zulassungsbehörde', collapsed: true },
  ],
  nodes: [
    {
      id: 'Event_AntragEingegangen',
      type: 'startEvent',
      event: 'message',
      name: 'Antrag eingegangen',
      lane: SB,
      col: 0,
    },
    callBlock('antrag-entgegennehmen', {
      id: 'Activity_AntragEntgegennehmen',
      name: 'Antrag entgegennehmen',
      lane: SB,
      col: 1,
    }),
    callBlock('register-abfragen', {
      id: 'Activity_RegisterAbfragen',
      name: 'Melde- und Halterdaten abrufen',
      lane: SB,
      col: 2,
      documentation:
        'Meldeanschrift aus dem Melderegister und Halter des Fahrzeugs aus dem Fahrzeugregister; daraus wohnsitzInZone und (mit dem Nachweis der Dauernutzung) halterOderDauernutzer.',
    }),
    {
      id: 'Activity_BerechtigungPruefen',
      type: 'businessRuleTask',
      name: 'Berechtigung prüfen',
      lane: SB,
      col: 3,
      documentation: evaluatesDecision(
        DMN,
        'Decision_Berechtigung',
        'wohnsitzInZone, halterOderDauernutzer, anzahlBestehenderAusweise (ohne den zu verlängernden Ausweis)',
        'berechtigt, begruendung'
      ),
    },
    {
      id: 'Gateway_Berechtigt',
      type: 'exclusiveGateway',
      name: 'Berechtigt?',
      lane: SB,
      col: 4,
    },
    callBlock('bescheid-erstellen', {
      id: 'Activity_AblehnungErstellen',
      name: 'Ablehnungsbescheid erstellen',
      lane: SB,
      col: 4,
      row: 1,
      documentation: 'Die Begründung übernimmt das Ergebnis „begruendung“ der Entscheidung.',
    }),
    callBlock('bescheid-bekanntgeben', {
      id: 'Activity_AblehnungBekanntgeben',
      name: 'Ablehnungsbescheid bekanntgeben',
      lane: SB,
      col: 5,
      row: 1,
    }),
    callBlock('gebuehr-berechnen-und-festsetzen', {
      id: 'Activity_GebuehrFestsetzen',
      name: 'Gebühr und Gültigkeit festsetzen',
      lane: SB,
      col: 5,
      documentation: evaluatesDecision(
        DMN,
        'Decision_GebuehrUndGueltigkeit',
        'antragsart (aus dem Formular)',
        'gebuehr in Euro, gueltigkeitMonate'
      ),
    }),
    callBlock('zahlung-abwickeln', {
      id: 'Activity_ZahlungAbwickeln',
      name: 'Zahlung abwickeln',
      lane: 'Lane_Kasse',
      col: 6,
      documentation:
        'Die Gebühr wird im Onlineformular bezahlt; fehlt die Zahlung, folgt ein Gebührenbescheid.',
    }),
    {
      id: 'Activity_AusweisErstellen',
      type: 'serviceTask',
      name: 'Bewohnerparkausweis erstellen',
      lane: SB,
      col: 7,
    },
    {
      id: 'Activity_AusweisVersenden',
      type: 'sendTask',
      name: 'Bewohnerparkausweis versenden',
      lane: SB,
      col: 8,
      documentation: 'Versand per Post an die Meldeanschrift.',
    },
    { id: 'Gateway_Zusammen', type: 'exclusiveGateway', lane: SB, col: 9 },
    callBlock('vorgang-zur-eakte-nehmen', {
      id: 'Activity_VorgangZurEakteNehmen',
      name: 'Vorgang zur E-Akte nehmen',
      lane: SB,
      col: 10,
    }),
    {
      id: 'Event_AntragEntschieden',
      type: 'endEvent',
      name: 'Antrag entschieden',
      lane: SB,
      col: 11,
    },
  ],
  flows: [
    { from: 'Event_AntragEingegangen', to: 'Activity_AntragEntgegennehmen' },
    { from: 'Activity_AntragEntgegennehmen', to: 'Activity_RegisterAbfragen' },
    { from: 'Activity_RegisterAbfragen', to: 'Activity_BerechtigungPruefen' },
    { from: 'Activity_BerechtigungPruefen', to: 'Gateway_Berechtigt' },
    {
      from: 'Gateway_Berechtigt',
      to: 'Activity_GebuehrFestsetzen',
      name: 'ja',
      condition: '=berechtigt',
    },
    { from: 'Gateway_Berechtigt', to: 'Activity_AblehnungErstellen', name: 'nein', default: true },
    { from: 'Activity_AblehnungErstellen', to: 'Activity_AblehnungBekanntgeben' },
    { from: 'Activity_AblehnungBekanntgeben', to: 'Gateway_Zusammen' },
    { from: 'Activity_GebuehrFestsetzen', to: 'Activity_ZahlungAbwickeln' },
    { from: 'Activity_ZahlungAbwickeln', to: 'Activity_AusweisErstellen' },
    { from: 'Activity_AusweisErstellen', to: 'Activity_AusweisVersenden' },
    { from: 'Activity_AusweisVersenden', to: 'Gateway_Zusammen' },
    { from: 'Gateway_Zusammen', to: 'Activity_VorgangZurEakteNehmen' },
    { from: 'Activity_VorgangZurEakteNehmen', to: 'Event_AntragEntschieden' },
  ],
  messageFlows: [
    { from: 'Participant_Bewohner', to: 'Event_AntragEingegangen', name: 'Antrag und Zahlung' },
    { from: 'Activity_RegisterAbfragen', to: 'Participant_Register', name: 'Anfrage' },
    {
      from: 'Participant_Register',
      to: 'Activity_RegisterAbfragen',
      name: 'Melde- und Halterdaten',
    },
    {
      from: 'Activity_AblehnungBekanntgeben',
      to: 'Participant_Bewohner',
      name: 'Ablehnungsbescheid',
    },
    { from: 'Activity_AusweisVersenden', to: 'Participant_Bewohner', name: 'Bewohnerparkausweis' },
  ],
})
