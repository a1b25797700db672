/**
 * The German administrative vocabulary the synthetic catalogue is built from. Block names follow the
 * FIM convention object + verb ("Hundesteuer festsetzen"); which verbs fit an object depends on what
 * kind of thing it is (a tax is set, a permit is granted, a residence is registered). The objects
 * themselves are in administrativeObjects.ts.
 *
 * The Leistungsschlüssel are synthetic but have the LeiKa shape (99 + Gruppierung + Kennung +
 * Verrichtung + Detail).
 */

export type ObjectKind = 'erlaubnis' | 'dokument' | 'anzeige' | 'steuer' | 'leistung' | 'register'

export type Themenfeld =
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

export interface Verb {
  infinitive: string
  /** LeiKa Verrichtungskennung, 3 digits. */
  verrichtung: string
}

const v = (infinitive: string, verrichtung: string): Verb => ({ infinitive, verrichtung })

export const VERBS: Readonly<Record<ObjectKind, readonly Verb[]>> = {
  erlaubnis: [
    v('beantragen', '012'),
    v('erteilen', '013'),
    v('verlängern', '017'),
    v('ändern', '016'),
    v('widerrufen', '022'),
    v('versagen', '023'),
  ],
  dokument: [
    v('beantragen', '012'),
    v('ausstellen', '014'),
    v('ersetzen', '015'),
    v('verlängern', '017'),
    v('einziehen', '024'),
  ],
  anzeige: [v('anmelden', '104'), v('ummelden', '105'), v('abmelden', '106'), v('prüfen', '030')],
  steuer: [
    v('festsetzen', '041'),
    v('ändern', '016'),
    v('erlassen', '042'),
    v('stunden', '043'),
    v('erstatten', '044'),
  ],
  leistung: [
    v('beantragen', '012'),
    v('bewilligen', '031'),
    v('ablehnen', '032'),
    v('zurückfordern', '033'),
    v('weiterbewilligen', '034'),
    v('einstellen', '035'),
  ],
  register: [v('eintragen', '051'), v('ändern', '016'), v('löschen', '052'), v('einsehen', '053')],
}

/** Procedural norms that many blocks cite next to their subject-matter law. */
export const PROCEDURAL_BASES: readonly string[] = [
  '§ 22 VwVfG',
  '§ 24 Abs. 1 VwVfG',
  '§ 26 Abs. 2 VwVfG',
  '§ 28 Abs. 1 VwVfG',
  '§ 35 VwVfG',
  '§ 37 Abs. 2 VwVfG',
  '§ 39 Abs. 1 VwVfG',
  '§ 41 Abs. 2 VwVfG',
  '§ 3 OZG',
  '§ 9 EGovG',
  '§ 4 EGovG',
  '§ 1 SächsVwVfZG',
]

/** Steps of a procedure, each itself in object + verb form; the BPMN tasks are named after them. */
export const PROCESS_STEPS: readonly string[] = [
  'Antrag entgegennehmen',
  'Zuständigkeit prüfen',
  'Vollständigkeit prüfen',
  'Identität prüfen',
  'Unterlagen nachfordern',
  'Register abfragen',
  'Stellen beteiligen',
  'Anhörung durchführen',
  'Voraussetzungen prüfen',
  'Entscheidung treffen',
  'Gebühr festsetzen',
  'Zahlung überwachen',
  'Bescheid erstellen',
  'Bescheid freigeben',
  'Bescheid bekanntgeben',
  'Daten übermitteln',
  'Verfahrensstand mitteilen',
  'Vorgang zur E-Akte nehmen',
]

/** Qualifiers that turn one service into several blocks, as real catalogues have them. */
export const QUALIFIERS: readonly string[] = [
  'für Unternehmen',
  'für Privatpersonen',
  'im vereinfachten Verfahren',
  'bei Verlust',
  'für Minderjährige',
  'mit Vertretung',
  'online',
  'in Papierform',
  'im Eilverfahren',
  'nach Umzug',
]

export const SCHLAGWORTE_GENERAL: readonly string[] = [
  'Antrag',
  'Bescheid',
  'Gebühr',
  'Onlinedienst',
  'OZG',
  'Nachweis',
  'Frist',
  'Verwaltungsakt',
  'Bürgerservice',
  'FIT-Connect',
]

export const CHANNELS: readonly string[] = [
  'über das Postfach des Nutzerkontos',
  'per Post',
  'bei persönlicher Vorsprache',
  'über FIT-Connect an das Fachverfahren',
  'per De-Mail',
]
