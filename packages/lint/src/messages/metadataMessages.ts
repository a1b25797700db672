import type { LocalizedText } from '@bauplan/domain'

/** Message templates of the metadata rules. `{pointer}` is the JSON pointer into baustein.json. */
export const METADATA_MESSAGES = {
  'leistungsschluessel.missingLeistung': {
    de: 'Ein {bausteinart} braucht mindestens eine Leistung mit Leistungsschlüssel (leistungen): Er beschreibt den Vollzug einer Verwaltungsleistung, und erst der LeiKa-Schlüssel ordnet ihn ihr zu.',
    en: 'A {bausteinart} needs at least one Leistung with a Leistungsschlüssel (leistungen): it describes how an administrative service is carried out, and only the LeiKa key links it to that service.',
  },
  'leistungsschluessel.missingLeistungInDraft': {
    de: 'Der {bausteinart} nennt noch keine Leistung mit Leistungsschlüssel (leistungen). Im Freigabestatus {status} (Entwurf) ist das ein Hinweis; ab Status 4 (methodisch freigegeben) ist der LeiKa-Schlüssel Pflicht. Tragen Sie nur einen belegten Schlüssel ein.',
    en: 'The {bausteinart} names no Leistung with a Leistungsschlüssel yet (leistungen). In freigabestatus {status} (draft) this is a reminder; from status 4 (methodically approved) on the LeiKa key is required. Enter only a confirmed key.',
  },
  'leistungsschluessel.duplicate': {
    de: 'Der Leistungsschlüssel {schluessel} steht mehrfach in leistungen ({pointer}, zuerst bei {first}). Jede Leistung wird nur einmal genannt.',
    en: 'The Leistungsschlüssel {schluessel} occurs more than once in leistungen ({pointer}, first at {first}). List each Leistung once.',
  },
  'handlungsgrundlage.missing': {
    de: 'Der Baustein nennt keine Handlungsgrundlage (handlungsgrundlagen). Verwaltungshandeln braucht eine Rechtsgrundlage; nennen Sie vor dem Einreichen mindestens eine, z. B. „§ 14 Abs. 1 GewO“.',
    en: 'The building block names no legal basis (handlungsgrundlagen). Administrative action needs a legal basis; name at least one before submitting, e.g. "§ 14 Abs. 1 GewO".',
  },
  'handlungsgrundlage.missingInGenericBlock': {
    de: 'Der Prozessbaustein nennt keine Handlungsgrundlage (handlungsgrundlagen). Als generischer Baustein gilt für ihn die Rechtsgrundlage des aufrufenden Verfahrens; nennen Sie eine eigene, sobald er an bestimmtes Recht gebunden ist, z. B. „§ 26 VwVfG“.',
    en: 'The Prozessbaustein names no legal basis (handlungsgrundlagen). As a generic block it relies on the legal basis of the calling procedure; name its own as soon as it is bound to specific law, e.g. "§ 26 VwVfG".',
  },
  'handlungsgrundlage.blankName': {
    de: 'Die Handlungsgrundlage {pointer} hat einen leeren Namen. Nennen Sie die Norm, z. B. „§ 14 Abs. 1 GewO“.',
    en: 'The legal basis {pointer} has an empty name. Name the provision, e.g. "§ 14 Abs. 1 GewO".',
  },
  'kostenDmn.missingDecision': {
    de: 'Die Kosten {pointer} haben keinen festen Betrag (fix) und nennen keine DMN-Entscheidung (dmnDecisionRef), die den Betrag berechnet. Entscheidungen des Bausteins: {decisions}.',
    en: 'The fee {pointer} has no fixed amount (fix) and names no DMN decision (dmnDecisionRef) that computes the amount. Decisions of the block: {decisions}.',
  },
  'kostenDmn.unknownDecision': {
    de: 'Die Kosten {pointer} verweisen auf die Entscheidung „{decision}“, die es in den DMN-Modellen des Bausteins nicht gibt. Vorhanden: {decisions}.',
    en: 'The fee {pointer} refers to the decision "{decision}", which does not exist in the DMN models of the block. Present: {decisions}.',
  },
  'kostenDmn.notAmount': {
    de: 'Die Entscheidung „{decision}“ für die Kosten {pointer} liefert keinen Betrag: Keiner ihrer Ergebnistypen ist eine Zahl ({types}).',
    en: 'The decision "{decision}" for the fee {pointer} yields no amount: none of its result types is a number ({types}).',
  },
  'formularfelder.unknownField': {
    de: 'Die Entscheidung „{decision}“ liest im Eingabeausdruck „{expression}“ das Feld „{field}“, das es in den eingehenden Daten (eingehendeDaten) nicht gibt. In einem Front-Office-Baustein kommen die Eingaben der Entscheidungen aus dem Formular.{suggestion}',
    en: 'The decision "{decision}" reads the field "{field}" in the input expression "{expression}", but there is no such field in the incoming data (eingehendeDaten). In a front-office block the inputs of decisions come from the form.{suggestion}',
  },
  'formularfelder.unknownChild': {
    de: 'Die Entscheidung „{decision}“ liest im Eingabeausdruck „{expression}“ „{child}“ aus der Feldgruppe „{field}“, die kein solches Unterfeld hat. Unterfelder: {children}.',
    en: 'The decision "{decision}" reads "{child}" from the field group "{field}" in the input expression "{expression}", but the group has no such field. Fields of the group: {children}.',
  },
} as const satisfies Record<string, LocalizedText>
