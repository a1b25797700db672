// What each pattern of the metadata schema means, in words a caseworker understands. Keyed by the
// exact regular expression text; a test fails when the schema gains a pattern without a sentence here.
import type { LocalizedText } from '../problem'

const fileName = (extension: string, example: string): LocalizedText => ({
  de: `ein Dateiname ohne Ordner, der auf .${extension} endet (Buchstaben ohne Umlaute, Ziffern, Punkt, Binde- und Unterstrich; beginnt mit Buchstabe oder Ziffer; höchstens 100 Zeichen vor der Endung), z. B. ${example}`,
  en: `a file name without folders ending in .${extension} (letters without umlauts, digits, dot, hyphen and underscore; starting with a letter or digit; at most 100 characters before the extension), e.g. ${example}`,
})

const camelCaseKey: LocalizedText = {
  de: 'ein technischer Schlüssel in camelCase: beginnt mit einem Kleinbuchstaben, danach nur Buchstaben und Ziffern (keine Umlaute, Leer- oder Sonderzeichen, höchstens 64 Zeichen), z. B. geburtsdatum',
  en: 'a technical key in camelCase: starts with a lower-case letter, followed only by letters and digits (no umlauts, spaces or special characters, at most 64 characters), e.g. geburtsdatum',
}

export const patternExplanations: ReadonlyMap<string, LocalizedText> = new Map([
  [
    '^urn:[a-z0-9][a-z0-9-]{0,31}(:[a-z0-9][a-z0-9._-]*)+$',
    {
      de: 'eine Kennung als URN in Kleinbuchstaben, Teile durch Doppelpunkte getrennt (nur a–z, 0–9, Punkt, Binde- und Unterstrich), z. B. urn:bauplan:baustein:sn:identitaet-pruefen',
      en: 'an identifier as a lower-case URN with parts separated by colons (only a–z, 0–9, dot, hyphen and underscore), e.g. urn:bauplan:baustein:sn:identitaet-pruefen',
    },
  ],
  [
    '^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$',
    {
      de: 'eine Versionsnummer Major.Minor.Patch, z. B. 1.2.0 (drei Zahlen ohne führende Nullen, ohne Zusätze wie „-beta“)',
      en: 'a version number Major.Minor.Patch, e.g. 1.2.0 (three numbers without leading zeros, without suffixes such as "-beta")',
    },
  ],
  [
    '^[A-Za-z_][A-Za-z0-9_.-]{0,127}$',
    {
      de: 'eine XML-ID aus dem BPMN/DMN-Modell: beginnt mit einem Buchstaben oder Unterstrich, danach Buchstaben, Ziffern, _ . - (keine Leerzeichen, höchstens 128 Zeichen), z. B. Activity_IdentitaetPruefen',
      en: 'an XML id from the BPMN/DMN model: starts with a letter or underscore, followed by letters, digits, _ . - (no spaces, at most 128 characters), e.g. Activity_IdentitaetPruefen',
    },
  ],
  [
    '^[0-9a-f]{64}$',
    {
      de: 'eine SHA-256-Prüfsumme aus genau 64 Hexadezimalzeichen in Kleinbuchstaben (0–9, a–f)',
      en: 'a SHA-256 checksum of exactly 64 lower-case hexadecimal characters (0–9, a–f)',
    },
  ],
  [
    '^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+S)?)?$',
    {
      de: 'eine ISO-8601-Dauer, z. B. P3D (3 Tage), P4W (4 Wochen), P1M (1 Monat) oder PT12H (12 Stunden)',
      en: 'an ISO 8601 duration, e.g. P3D (3 days), P4W (4 weeks), P1M (1 month) or PT12H (12 hours)',
    },
  ],
  [
    '^99[0-9]{12}$',
    {
      de: 'ein Leistungsschlüssel aus dem LeiKa: 14 Ziffern, beginnend mit 99, z. B. 99050012104000',
      en: 'a service key (Leistungsschlüssel) from the LeiKa: 14 digits starting with 99, e.g. 99050012104000',
    },
  ],
  [
    '^[SGFDRC][0-9]{8,11}$',
    {
      de: 'eine FIM-Kennung: einer der Buchstaben S, G, F, D, R oder C, gefolgt von 8 bis 11 Ziffern, z. B. S00000000159',
      en: 'a FIM identifier: one of the letters S, G, F, D, R or C followed by 8 to 11 digits, e.g. S00000000159',
    },
  ],
  [
    '^[FG][0-9]{8,11}$',
    {
      de: 'eine FIM-Kennung eines Datenfelds (F) oder einer Datenfeldgruppe (G) mit 8 bis 11 Ziffern, z. B. F60000000227',
      en: 'a FIM identifier of a data field (F) or data field group (G) with 8 to 11 digits, e.g. F60000000227',
    },
  ],
  ['^[a-z][A-Za-z0-9]{0,63}$', camelCaseKey],
  [
    '^(0|[1-9][0-9]{0,3}):(\\*|[1-9][0-9]{0,3})$',
    {
      de: 'eine Anzahl min:max, z. B. 1:1 (Pflichtfeld), 0:1 (optional) oder 0:* (beliebig oft)',
      en: 'a multiplicity min:max, e.g. 1:1 (required), 0:1 (optional) or 0:* (any number)',
    },
  ],
  [
    '^[a-z]+/[A-Za-z0-9.+*-]+$',
    {
      de: 'ein Medientyp (MIME-Typ), z. B. application/pdf oder image/*',
      en: 'a media type (MIME type), e.g. application/pdf or image/*',
    },
  ],
  [
    '^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$',
    {
      de: 'eine SPDX-Lizenzkennung, z. B. EUPL-1.2 oder CC-BY-4.0 (mehrere verbunden mit AND, OR oder WITH)',
      en: 'an SPDX licence identifier, e.g. EUPL-1.2 or CC-BY-4.0 (several joined with AND, OR or WITH)',
    },
  ],
  [
    '^[0-9]{7}$',
    {
      de: 'ein Lebenslagen-Schlüssel aus genau 7 Ziffern, z. B. 2010100',
      en: 'a life-event key (Lebenslage) of exactly 7 digits, e.g. 2010100',
    },
  ],
  [
    '^[0-9]{2}$',
    {
      de: 'ein Länderschlüssel aus genau 2 Ziffern, z. B. 14 für Sachsen',
      en: 'a federal-state key of exactly 2 digits, e.g. 14 for Saxony',
    },
  ],
  [
    '^[0-9]{8}$',
    {
      de: 'ein Amtlicher Gemeindeschlüssel (AGS) aus genau 8 Ziffern, z. B. 14612000',
      en: 'an official municipality key (AGS) of exactly 8 digits, e.g. 14612000',
    },
  ],
  [
    '^[0-9]{12}$',
    {
      de: 'ein Regionalschlüssel (ARS) aus genau 12 Ziffern, z. B. 146120000000',
      en: 'a regional key (ARS) of exactly 12 digits, e.g. 146120000000',
    },
  ],
  ['^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.bpmn$', fileName('bpmn', 'identitaet-pruefen.bpmn')],
  ['^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.dmn$', fileName('dmn', 'gebuehr-berechnen.dmn')],
  ['^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.json$', fileName('json', 'entscheidungstests.json')],
])
