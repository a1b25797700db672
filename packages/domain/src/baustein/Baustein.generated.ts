/**
 * GENERATED FILE - do not edit by hand.
 * Source: packages/domain/schema/baustein.v1.schema.json (urn:bauplan:schema:baustein:v1)
 * Regenerate after every schema change: pnpm --filter @bauplan/domain generate:types
 */

/**
 * Metadaten eines Bausteins (Prozessbaustein, Stamm-, Referenz- oder Musterprozess) im Bauplan-Katalog. Feldnamen folgen XProzess 2, XDatenfelder 3 und XZuFi 2.3.
 */
export type Baustein = {
  /**
   * Optionaler Verweis auf dieses Schema (für Editoren).
   */
  $schema?: string
  id: BausteinId
  version: Semver
  /**
   * Name in der Form Verb + Objekt, z. B. "Identität prüfen" (XProzess Prozess.name).
   */
  name: string
  /**
   * Anzeigename für Bürgerinnen und Bürger (XProzess Prozess.bezeichnung).
   */
  bezeichnung?: string
  definition?: string
  beschreibung?: string
  bausteinart: Bausteinart
  einsatzbereich: Einsatzbereich
  /**
   * Code-Liste urn:xoev-de:fim:codeliste:detaillierungsstufe: 101 Stamminformation, 102 Referenzinformation, 103 OZG-Referenzinformation, 104 Lokalinformation, 105 Musterinformation.
   */
  detaillierungsstufe?: '101' | '102' | '103' | '104' | '105'
  referenzaktivitaetengruppe?: Referenzaktivitaetengruppe
  pictureBausteine?: string[]
  freigabestatus: Freigabestatus
  statusGesetztAm?: string
  statusGesetztDurch?: string
  gueltigAb?: string
  gueltigBis?: string
  versionshinweis?: string
  veroeffentlichungsdatum?: string
  letzteAenderung: string
  fachlichFreigebendeStelle?: string
  herausgeber: Herausgeber
  /**
   * SPDX-Lizenzkennung, z. B. CC-BY-4.0 oder EUPL-1.2.
   */
  lizenz?: string
  leistungen?: Leistung[]
  ozg?: OzgKlassifikation
  /**
   * Rechtsgrundlagen (XProzess Handlungsgrundlage). Ab freigabestatus 4 mindestens eine.
   */
  handlungsgrundlagen: Handlungsgrundlage[]
  prozessteilnehmer?: Prozessteilnehmer[]
  ausloeser?: AusloeserErgebnis[]
  ergebnis?: AusloeserErgebnis[]
  eingehendeDaten?: Daten[]
  ausgehendeDaten?: Daten[]
  verwaltungspolitischeKodierung?: VerwaltungspolitischeKodierung[]
  schlagwort?: string[]
  relationen?: Relation[]
  fristen?: Frist[]
  kosten?: Kosten[]
  vertrauensniveau?: 'basisregistrierung' | 'substanziell' | 'hoch'
  reifegrad?: Reifegrad
  artefakte: Artefakte
  schnittstellen?: Schnittstelle[]
  eakte?: EAkte
}
/**
 * Stabile Kennung als URN, z. B. urn:bauplan:baustein:sn:identitaet-pruefen.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "bausteinId".
 */
export type BausteinId = string
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "semver".
 */
export type Semver = string
export type Bausteinart = 'prozessbaustein' | 'stammprozess' | 'referenzprozess' | 'musterprozess'
export type Einsatzbereich = 'frontoffice' | 'backoffice' | 'beide'
/**
 * Code-Liste urn:xoev-de:xprozess:codeliste:status: 1 in Planung, 2 in Bearbeitung, 3 Entwurf, 4 methodisch freigegeben, 5 fachlich freigegeben (silber), 6 fachlich freigegeben (gold), 7 inaktiv, 8 vorgesehen zum Löschen.
 */
export type Freigabestatus = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8
/**
 * LeiKa-Leistungsschlüssel: 14 Ziffern, beginnt mit 99.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "leistungsschluessel".
 */
export type Leistungsschluessel = string
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "xmlId".
 */
export type XmlId = string
/**
 * XDatenfelder 3 Feldart.
 */
export type Feldart = 'input' | 'select' | 'label' | 'hidden' | 'locked'
/**
 * XDatenfelder 3 Datentyp.
 */
export type Datentyp =
  | 'text'
  | 'text_latin'
  | 'date'
  | 'time'
  | 'datetime'
  | 'bool'
  | 'num'
  | 'num_int'
  | 'num_currency'
  | 'file'
  | 'obj'
/**
 * Dauer nach ISO 8601, z. B. P3D, P4W, P1M, PT12H.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "isoDauer".
 */
export type IsoDauer = string
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "sha256".
 */
export type Sha256 = string

export interface Referenzaktivitaetengruppe {
  /**
   * Code.Referenzaktivitaetengruppe (XProzess), RAG 1-8.
   */
  typ: '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8'
  version?: string
}
export interface Herausgeber {
  organisationsname: string
  url?: string
  nutzungsbestimmungen?: string
}
export interface Leistung {
  leistungsschluessel: Leistungsschluessel
  bezeichnung?: string
  leistungstyp?: 'lo' | 'lov' | 'lovd'
}
export interface OzgKlassifikation {
  themenfeld?:
    | 'mobilitaet_reisen'
    | 'bildung'
    | 'engagement_hobby'
    | 'ein_auswanderung'
    | 'unternehmensfuehrung_entwicklung'
    | 'steuern_zoll'
    | 'umwelt'
    | 'arbeit_ruhestand'
    | 'familie_kind'
    | 'querschnittsleistungen'
    | 'bauen_wohnen'
    | 'forschung_foerderung'
    | 'gesundheit'
    | 'recht_ordnung'
  ozgId?: string
  lebenslagen?: string[]
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "handlungsgrundlage".
 */
export interface Handlungsgrundlage {
  /**
   * z. B. "§ 14 Abs. 1 GewO".
   */
  name: string
  art?: Code
  uri?: string
}
/**
 * Codewert einer XÖV-Codeliste.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "code".
 */
export interface Code {
  code: string
  name?: string
  listURI?: string
  listVersionID?: string
}
export interface Prozessteilnehmer {
  name: string
  /**
   * Code.Prozessrolle (XProzess): ergebnisempfaenger = 1, hauptakteur = 2, mitwirkender = 3.
   */
  rolle: 'ergebnisempfaenger' | 'hauptakteur' | 'mitwirkender'
  bpmnParticipantId?: XmlId
  bpmnLaneId?: XmlId
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "ausloeserErgebnis".
 */
export interface AusloeserErgebnis {
  formularID?: string
  prozessID?: string
  textuelleBeschreibung?: string
}
/**
 * Eingehende oder ausgehende Daten (XProzess Daten/Formularverweis) mit typisierten Datenfeldern (XDatenfelder 3).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "daten".
 */
export interface Daten {
  datenschema?: FimReferenz
  uebermittlungsart?: Code
  /**
   * Sender (eingehend) bzw. Empfänger (ausgehend).
   */
  partner?: string
  textuelleBeschreibung?: string
  /**
   * @maxItems 500
   */
  felder?: Datenfeld[]
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "fimRef".
 */
export interface FimReferenz {
  fimId: string
  fimVersion?: string
}
/**
 * Datenfeld oder Datenfeldgruppe nach XDatenfelder 3. Gruppen haben datentyp "obj" und enthalten felder.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "datenfeld".
 */
export interface Datenfeld {
  /**
   * Technischer Schlüssel im Formular und in der Übermittlung (camelCase).
   */
  id: string
  fimId?: string
  fimVersion?: string
  name: string
  bezeichnungEingabe?: string
  hilfetextEingabe?: string
  feldart?: Feldart
  datentyp: Datentyp
  /**
   * Multiplizität min:max wie in XDatenfelder (z. B. 1:1 Pflichtfeld, 0:1 optional, 0:* beliebig oft).
   */
  anzahl?: string
  praezisierung?: Praezisierung
  /**
   * Auswahlwerte eines select-Feldes.
   */
  werte?: Auswahlwert[]
  codelisteReferenz?: CodelisteReferenz
  mediaType?: string[]
  /**
   * Größte Dateigröße in Byte (datentyp file).
   */
  maxSize?: number
  bedingung?: Bedingung
  /**
   * @maxItems 200
   */
  felder?: Datenfeld[]
}
export interface Praezisierung {
  minLength?: number
  maxLength?: number
  minValue?: number
  maxValue?: number
  pattern?: string
}
export interface Auswahlwert {
  code: string
  name: string
  hilfe?: string
}
export interface CodelisteReferenz {
  canonicalIdentification: string
  version?: string
  canonicalVersionUri?: string
}
/**
 * Das Feld wird nur erhoben, wenn ein anderes Feld den angegebenen Wert hat.
 */
export interface Bedingung {
  feld: string
  wert: string | number | boolean
}
export interface VerwaltungspolitischeKodierung {
  bundesland?: string
  kreis?: string
  gemeindeschluessel?: string
  regionalschluessel?: string
}
export interface Relation {
  /**
   * Code-Liste urn:xoev-de:fim-datenfelder:codeliste:relation: ABL abgeleitet von, ERS ersetzt, EQU äquivalent zu.
   */
  praedikat: 'ABL' | 'ERS' | 'EQU'
  objekt: RelationObjekt
}
export interface RelationObjekt {
  id: BausteinId
  version?: Semver
}
export interface Frist {
  typ?: Code
  dauer: IsoDauer
  beschreibung?: string
  rechtsgrundlage?: Handlungsgrundlage
  /**
   * Zwischenereignis (Timer) im BPMN-Modell, das diese Frist überwacht.
   */
  bpmnElementId?: string
}
export interface Kosten {
  typ?: Code
  beschreibung?: string
  fix?: KostenFix
  variabel?: KostenVariabel
  vorkasse?: boolean
  rechtsgrundlage?: Handlungsgrundlage
  /**
   * id der DMN-Entscheidung, die den Betrag berechnet.
   */
  dmnDecisionRef?: string
}
export interface KostenFix {
  betrag: number
  waehrung?: 'EUR'
}
export interface KostenVariabel {
  untergrenze?: number
  obergrenze?: number
  beschreibungVariabilitaet?: string
}
export interface Reifegrad {
  modell: '1.1' | '2.0'
  stufe: number
}
export interface Artefakte {
  bpmn: BpmnArtefakt
  dmn?: DmnArtefakt[]
  entscheidungstests?: Entscheidungstests
  formulare?: Formular[]
}
export interface BpmnArtefakt {
  datei: string
  processId: XmlId
  sha256?: Sha256
}
export interface DmnArtefakt {
  datei: string
  decisionIds?: XmlId[]
  sha256?: Sha256
}
/**
 * Datei mit Testfällen für die DMN-Entscheidungen (Eingaben → erwartete Ergebnisse).
 */
export interface Entscheidungstests {
  datei: string
}
export interface Formular {
  datenschema?: FimReferenz
  jsonSchemaUri?: string
}
export interface Schnittstelle {
  art: 'fitconnect' | 'xoev' | 'rest' | 'epay' | 'postfach' | 'dms'
  /**
   * z. B. urn:xoev-de:xdomea:schema:3.1.0
   */
  standard?: string
  /**
   * z. B. FVDaten.SGOAblegen.0605
   */
  nachricht?: string
  richtung: 'ein' | 'aus'
  beschreibung?: string
  /**
   * Aufgabe oder Nachrichtenfluss im BPMN-Modell, der diese Schnittstelle nutzt.
   */
  bpmnElementId?: string
}
/**
 * Schriftgutverwaltung nach xdomea.
 */
export interface EAkte {
  aktenplaneinheit?: Aktenplaneinheit
  aufbewahrungsdauer?: Aufbewahrungsdauer
  aussonderungsart?: Aussonderungsart
  vertraulichkeitsstufe?: Code
  zdaRegel?: string
}
export interface Aktenplaneinheit {
  kennzeichen: string
  inhaltsangabe?: string
}
export interface Aufbewahrungsdauer {
  anzahlJahre?: number
  unbefristet?: boolean
}
/**
 * xdomea AussonderungsartCodeType: A archivwürdig, B bewerten, V vernichten.
 */
export interface Aussonderungsart {
  code: 'A' | 'B' | 'V'
  name?: string
}
