/**
 * Labels of the closed vocabularies the server sends as codes: version states, roles, schema enums
 * (Bausteinart, Einsatzbereich, OZG-Themenfeld), Land keys, review events and audit actions.
 * Shared by the catalogue, the block page and the review pages.
 */
import { defineMessages } from '../i18n/i18n'

export const stateMessages = defineMessages({
  de: {
    entwurf: 'Entwurf',
    in_pruefung: 'In Prüfung',
    veroeffentlicht: 'Veröffentlicht',
    abgekuendigt: 'Abgekündigt',
  },
  en: {
    entwurf: 'Draft',
    in_pruefung: 'In review',
    veroeffentlicht: 'Published',
    abgekuendigt: 'Deprecated',
  },
})

export const roleMessages = defineMessages({
  de: {
    modellierer: 'Modellierer/in',
    kurator: 'Kurator/in',
    it_dienstleister: 'IT-Dienstleister',
    admin: 'Administration',
  },
  en: {
    modellierer: 'Analyst',
    kurator: 'Curator',
    it_dienstleister: 'IT provider',
    admin: 'Administrator',
  },
})

export const bausteinartMessages = defineMessages({
  de: {
    prozessbaustein: 'Prozessbaustein',
    stammprozess: 'Stammprozess',
    referenzprozess: 'Referenzprozess',
    musterprozess: 'Musterprozess',
  },
  en: {
    prozessbaustein: 'Process building block',
    stammprozess: 'Master process (Stammprozess)',
    referenzprozess: 'Reference process',
    musterprozess: 'Model process (Musterprozess)',
  },
})

export const einsatzbereichMessages = defineMessages({
  de: { frontoffice: 'Frontoffice', backoffice: 'Backoffice', beide: 'Front- und Backoffice' },
  en: { frontoffice: 'Front office', backoffice: 'Back office', beide: 'Front and back office' },
})

/** The 14 OZG Themenfelder (FIM Portal `OzgThemenfeld`). */
export const themenfeldMessages = defineMessages({
  de: {
    mobilitaet_reisen: 'Mobilität & Reisen',
    bildung: 'Bildung',
    engagement_hobby: 'Engagement & Hobby',
    ein_auswanderung: 'Ein- & Auswanderung',
    unternehmensfuehrung_entwicklung: 'Unternehmensführung & -entwicklung',
    steuern_zoll: 'Steuern & Zoll',
    umwelt: 'Umwelt',
    arbeit_ruhestand: 'Arbeit & Ruhestand',
    familie_kind: 'Familie & Kind',
    querschnittsleistungen: 'Querschnittsleistungen',
    bauen_wohnen: 'Bauen & Wohnen',
    forschung_foerderung: 'Forschung & Förderung',
    gesundheit: 'Gesundheit',
    recht_ordnung: 'Recht & Ordnung',
  },
  en: {
    mobilitaet_reisen: 'Mobility & travel',
    bildung: 'Education',
    engagement_hobby: 'Volunteering & hobbies',
    ein_auswanderung: 'Immigration & emigration',
    unternehmensfuehrung_entwicklung: 'Running & developing a business',
    steuern_zoll: 'Taxes & customs',
    umwelt: 'Environment',
    arbeit_ruhestand: 'Work & retirement',
    familie_kind: 'Family & children',
    querschnittsleistungen: 'Cross-cutting services',
    bauen_wohnen: 'Building & housing',
    forschung_foerderung: 'Research & funding',
    gesundheit: 'Health',
    recht_ordnung: 'Law & order',
  },
})

/** Land keys of the Amtlicher Gemeindeschlüssel (first two digits). Proper names stay German. */
const BUNDESLAENDER = {
  '01': 'Schleswig-Holstein',
  '02': 'Hamburg',
  '03': 'Niedersachsen',
  '04': 'Bremen',
  '05': 'Nordrhein-Westfalen',
  '06': 'Hessen',
  '07': 'Rheinland-Pfalz',
  '08': 'Baden-Württemberg',
  '09': 'Bayern',
  '10': 'Saarland',
  '11': 'Berlin',
  '12': 'Brandenburg',
  '13': 'Mecklenburg-Vorpommern',
  '14': 'Sachsen',
  '15': 'Sachsen-Anhalt',
  '16': 'Thüringen',
} as const

export const bundeslandMessages = defineMessages({ de: BUNDESLAENDER, en: BUNDESLAENDER })

export const prozessrolleMessages = defineMessages({
  de: {
    ergebnisempfaenger: 'Ergebnisempfänger',
    hauptakteur: 'Hauptakteur',
    mitwirkender: 'Mitwirkender',
  },
  en: {
    ergebnisempfaenger: 'Recipient of the result',
    hauptakteur: 'Main actor',
    mitwirkender: 'Contributor',
  },
})

export const reviewEventMessages = defineMessages({
  de: {
    eingereicht: 'Zur Prüfung eingereicht',
    zurueckgezogen: 'Einreichung zurückgezogen',
    zurueckgewiesen: 'Zurückgewiesen',
    veroeffentlicht: 'Freigegeben und veröffentlicht',
    abgekuendigt: 'Abgekündigt',
    importiert: 'Importiert',
  },
  en: {
    eingereicht: 'Submitted for review',
    zurueckgezogen: 'Submission withdrawn',
    zurueckgewiesen: 'Rejected',
    veroeffentlicht: 'Approved and published',
    abgekuendigt: 'Deprecated',
    importiert: 'Imported',
  },
})

export const auditActionMessages = defineMessages({
  de: {
    'block.created': 'Baustein angelegt',
    'block.variantDerived': 'Variante abgeleitet',
    'version.draftCreated': 'Neuer Entwurf angelegt',
    'version.draftUpdated': 'Entwurf geändert',
    'version.submitted': 'Zur Prüfung eingereicht',
    'version.rejected': 'Zurückgewiesen',
    'version.published': 'Freigegeben und veröffentlicht',
    'version.deprecated': 'Abgekündigt',
    'version.imported': 'Importiert',
  },
  en: {
    'block.created': 'Building block created',
    'block.variantDerived': 'Variant derived',
    'version.draftCreated': 'New draft created',
    'version.draftUpdated': 'Draft changed',
    'version.submitted': 'Submitted for review',
    'version.rejected': 'Rejected',
    'version.published': 'Approved and published',
    'version.deprecated': 'Deprecated',
    'version.imported': 'Imported',
  },
})
