// A complete, realistic metadata example ("Identität prüfen" for the Gewerbeanzeige, § 2 Abs. 2
// GewAnzV). Tests start from it and break one thing at a time; typing it as Baustein also proves
// the generated types accept what the schema accepts.
import type { Baustein } from './Baustein.generated'

/** Returns a fresh copy each call, so a test may change it freely. */
export function exampleBaustein(): Baustein {
  return {
    id: 'urn:bauplan:baustein:sn:identitaet-pruefen',
    version: '1.0.0',
    name: 'Identität prüfen',
    bezeichnung: 'Identität der anzeigenden Person prüfen',
    beschreibung:
      'Prüft die Identität der Person, die ein Gewerbe elektronisch anzeigt: über die Online-Ausweisfunktion des Nutzerkontos oder, ersatzweise, über eine Kopie des Ausweisdokuments.',
    bausteinart: 'prozessbaustein',
    einsatzbereich: 'backoffice',
    detaillierungsstufe: '105',
    referenzaktivitaetengruppe: { typ: '3' },
    pictureBausteine: ['Identifizieren/Authentifizieren'],
    freigabestatus: 3,
    statusGesetztAm: '2025-03-10',
    statusGesetztDurch: 'Referat Digitale Verwaltung',
    gueltigAb: '2025-04-01',
    gueltigBis: '2027-12-31',
    letzteAenderung: '2025-03-10T09:30:00+01:00',
    herausgeber: {
      organisationsname: 'Landeshauptstadt Dresden, Gewerbeamt',
      url: 'https://www.dresden.de',
    },
    lizenz: 'EUPL-1.2',
    leistungen: [
      {
        leistungsschluessel: '99050012104000',
        bezeichnung: 'Gewerbe anmelden',
        leistungstyp: 'lovd',
      },
    ],
    ozg: { themenfeld: 'unternehmensfuehrung_entwicklung', lebenslagen: ['2010100'] },
    handlungsgrundlagen: [
      {
        name: '§ 2 Abs. 2 GewAnzV',
        uri: 'https://www.gesetze-im-internet.de/gewanzv_2014/__2.html',
      },
      { name: '§ 18 PAuswG', uri: 'https://www.gesetze-im-internet.de/pauswg/__18.html' },
    ],
    prozessteilnehmer: [
      { name: 'Gewerbetreibende Person', rolle: 'ergebnisempfaenger' },
      { name: 'Gewerbeamt', rolle: 'hauptakteur', bpmnLaneId: 'Lane_Gewerbeamt' },
    ],
    eingehendeDaten: [
      {
        partner: 'Gewerbetreibende Person',
        textuelleBeschreibung: 'Angaben zur Person aus der Gewerbeanzeige und Identitätsnachweis',
        uebermittlungsart: { code: 'fitconnect', name: 'FIT-Connect' },
        felder: [
          {
            id: 'familienname',
            fimId: 'F60000000227',
            name: 'Familienname',
            feldart: 'input',
            datentyp: 'text',
            anzahl: '1:1',
            praezisierung: { minLength: 1, maxLength: 120 },
          },
          {
            id: 'vornamen',
            fimId: 'F60000000228',
            name: 'Vornamen',
            feldart: 'input',
            datentyp: 'text',
            anzahl: '1:1',
            praezisierung: { minLength: 1, maxLength: 120 },
          },
          {
            id: 'geburtsdatum',
            name: 'Geburtsdatum',
            feldart: 'input',
            datentyp: 'date',
            anzahl: '1:1',
          },
          {
            id: 'identifizierungsart',
            name: 'Art der Identifizierung',
            feldart: 'select',
            datentyp: 'text',
            anzahl: '1:1',
            werte: [
              { code: 'eid', name: 'Online-Ausweisfunktion (eID)' },
              { code: 'ausweiskopie', name: 'Kopie des Ausweisdokuments' },
            ],
          },
          {
            id: 'ausweiskopie',
            name: 'Kopie des Ausweisdokuments',
            feldart: 'input',
            datentyp: 'file',
            anzahl: '0:1',
            mediaType: ['application/pdf', 'image/*'],
            maxSize: 10485760,
            bedingung: { feld: 'identifizierungsart', wert: 'ausweiskopie' },
          },
          {
            id: 'anschrift',
            name: 'Anschrift',
            datentyp: 'obj',
            anzahl: '1:1',
            felder: [
              {
                id: 'strasse',
                fimId: 'F60000000243',
                name: 'Straße',
                datentyp: 'text',
                anzahl: '1:1',
              },
              {
                id: 'hausnummer',
                fimId: 'F60000000244',
                name: 'Hausnummer',
                datentyp: 'text',
                anzahl: '0:1',
              },
              {
                id: 'postleitzahl',
                fimId: 'F60000000246',
                name: 'Postleitzahl',
                datentyp: 'text',
                anzahl: '1:1',
                praezisierung: { pattern: '^[0-9]{5}$' },
              },
              { id: 'ort', fimId: 'F60000000247', name: 'Ort', datentyp: 'text', anzahl: '1:1' },
            ],
          },
        ],
      },
    ],
    ausgehendeDaten: [
      {
        partner: 'Sachbearbeitung Gewerbeamt',
        felder: [
          {
            id: 'identitaetBestaetigt',
            name: 'Identität bestätigt',
            feldart: 'input',
            datentyp: 'bool',
            anzahl: '1:1',
          },
        ],
      },
    ],
    verwaltungspolitischeKodierung: [
      { bundesland: '14', gemeindeschluessel: '14612000', regionalschluessel: '146120000000' },
    ],
    schlagwort: ['Identifizierung', 'eID', 'Gewerbeanzeige'],
    relationen: [
      {
        praedikat: 'ABL',
        objekt: { id: 'urn:bauplan:baustein:bund:identitaet-pruefen', version: '1.0.0' },
      },
    ],
    fristen: [
      {
        dauer: 'P14D',
        beschreibung: 'Von der Behörde gesetzte Frist, einen Identitätsnachweis nachzureichen',
        bpmnElementId: 'Event_FristNachweis',
      },
    ],
    kosten: [
      {
        beschreibung: 'Keine gesonderte Gebühr für die Identitätsprüfung',
        fix: { betrag: 0, waehrung: 'EUR' },
      },
    ],
    vertrauensniveau: 'substanziell',
    reifegrad: { modell: '2.0', stufe: 3 },
    artefakte: {
      bpmn: { datei: 'identitaet-pruefen.bpmn', processId: 'Process_IdentitaetPruefen' },
    },
    schnittstellen: [
      {
        art: 'fitconnect',
        richtung: 'ein',
        beschreibung: 'Anzeigedaten und Authentifizierungsinformation aus dem Nutzerkonto',
        bpmnElementId: 'Event_AnzeigeEingegangen',
      },
    ],
    eakte: {
      aktenplaneinheit: { kennzeichen: '32.20', inhaltsangabe: 'Gewerbeangelegenheiten' },
      aufbewahrungsdauer: { anzahlJahre: 5 },
      aussonderungsart: { code: 'B', name: 'bewerten' },
    },
  }
}
