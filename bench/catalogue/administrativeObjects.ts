import { VERBS, type ObjectKind, type Themenfeld } from './vocabulary'

/**
 * The administrative objects blocks are about, one per line so the table stays readable. Weights make
 * some objects frequent and some rare, so the query mix has both kinds of terms. Laws and paragraph
 * numbers are real norms of the field; the LeiKa digits are synthetic but have the LeiKa shape.
 */
export interface AdministrativeObject {
  /** As it stands before the verb in a block name. */
  noun: string
  kind: ObjectKind
  themenfeld: Themenfeld
  /** The norm the object rests on: paragraphs of `law`. */
  law: string
  paragraphs: readonly number[]
  schlagworte: readonly string[]
  /** The authority that usually handles it. */
  stelle: string
  /** LeiKa Leistungsgruppierung and Leistungskennung, 3 + 3 digits. */
  leika: string
  /** Relative frequency in the catalogue. */
  weight: number
}

// noun | kind | OZG Themenfeld | law | paragraphs | Schlagworte | Stelle | LeiKa Gruppierung+Kennung | weight
const TABLE = `
Gewerbe | anzeige | unternehmensfuehrung_entwicklung | GewO | 14 15 55 | Gewerbeanzeige, Unternehmen, Selbstständigkeit | Gewerbeamt | 050012 | 9
Hundesteuer | steuer | steuern_zoll | SächsKAG | 2 7 | Hund, Tierhaltung, Kommunalsteuer | Steueramt | 102013 | 7
Zweitwohnungsteuer | steuer | steuern_zoll | KAG | 2 3 | Nebenwohnung, Kommunalsteuer | Steueramt | 102018 | 3
Grundsteuer | steuer | steuern_zoll | GrStG | 1 25 28 | Grundbesitz, Hebesatz | Steueramt | 102002 | 6
Vergnügungsteuer | steuer | steuern_zoll | KAG | 2 7 | Spielgerät, Kommunalsteuer | Steueramt | 102021 | 1
Wohngeld | leistung | bauen_wohnen | WoGG | 3 7 19 22 25 | Mietzuschuss, Lastenzuschuss, Miete | Wohngeldstelle | 107023 | 8
Elterngeld | leistung | familie_kind | BEEG | 1 2 4 7 | Geburt, Elternzeit, Familie | Elterngeldstelle | 020006 | 6
Kinderzuschlag | leistung | familie_kind | BKGG | 6 9 | Kind, Familie, Einkommen | Familienkasse | 020010 | 3
Unterhaltsvorschuss | leistung | familie_kind | UhVorschG | 1 2 9 | Alleinerziehende, Kind, Unterhalt | Jugendamt | 020014 | 4
BAföG | leistung | bildung | BAföG | 11 46 50 | Ausbildungsförderung, Studium, Schule | Amt für Ausbildungsförderung | 009002 | 5
Bürgergeld | leistung | arbeit_ruhestand | SGB II | 7 19 37 | Grundsicherung, Arbeitsuche, Jobcenter | Jobcenter | 107108 | 7
Grundsicherung im Alter | leistung | arbeit_ruhestand | SGB XII | 41 44 | Rente, Erwerbsminderung, Sozialhilfe | Sozialamt | 107009 | 4
Hilfe zum Lebensunterhalt | leistung | arbeit_ruhestand | SGB XII | 27 35 | Sozialhilfe, Regelbedarf | Sozialamt | 107012 | 3
Eingliederungshilfe | leistung | gesundheit | SGB IX | 90 99 108 | Behinderung, Teilhabe, Assistenz | Sozialamt | 107044 | 3
Arbeitslosengeld | leistung | arbeit_ruhestand | SGB III | 136 137 323 | Arbeitslosigkeit, Agentur für Arbeit | Agentur für Arbeit | 099011 | 3
Kurzarbeitergeld | leistung | arbeit_ruhestand | SGB III | 95 99 | Arbeitgeber, Beschäftigung | Agentur für Arbeit | 099019 | 2
Zuwendung | leistung | forschung_foerderung | LHO | 23 44 | Fördermittel, Förderprogramm, Verwendungsnachweis | Bewilligungsstelle | 115001 | 5
Forschungsförderung | leistung | forschung_foerderung | LHO | 44 | Forschung, Projektförderung, Hochschule | Projektträger | 115008 | 2
Kindertagesbetreuung | leistung | familie_kind | SGB VIII | 22 24 90 | Kita, Kindergarten, Betreuungsplatz | Jugendamt | 020031 | 5
Schülerbeförderung | leistung | bildung | SächsSchulG | 23 | Schulweg, Fahrkarte, Schule | Schulverwaltungsamt | 009015 | 2
Personalausweis | dokument | querschnittsleistungen | PAuswG | 1 9 27 | Ausweis, Identität, eID | Bürgeramt | 008001 | 6
Reisepass | dokument | mobilitaet_reisen | PassG | 1 6 15 | Pass, Reise, Ausland | Bürgeramt | 008003 | 4
Führungszeugnis | dokument | querschnittsleistungen | BZRG | 30 31 | Bundeszentralregister, Arbeitgeber | Bürgeramt | 049001 | 4
Meldebescheinigung | dokument | querschnittsleistungen | BMG | 18 | Melderegister, Wohnsitz, Nachweis | Bürgeramt | 115021 | 5
Geburtsurkunde | dokument | familie_kind | PStG | 21 55 59 | Geburt, Personenstand, Urkunde | Standesamt | 027002 | 4
Sterbeurkunde | dokument | familie_kind | PStG | 28 31 55 | Sterbefall, Personenstand, Urkunde | Standesamt | 027006 | 2
Eheurkunde | dokument | familie_kind | PStG | 15 55 | Eheschließung, Personenstand, Urkunde | Standesamt | 027004 | 2
Führerschein | dokument | mobilitaet_reisen | FeV | 4 22 25 | Fahrerlaubnis, Fahrschule, Verkehr | Fahrerlaubnisbehörde | 006001 | 5
Bewohnerparkausweis | dokument | mobilitaet_reisen | StVO | 45 | Parken, Anwohner, Parkzone | Straßenverkehrsbehörde | 108001 | 4
Schwerbehindertenausweis | dokument | gesundheit | SGB IX | 152 | Behinderung, Nachteilsausgleich | Versorgungsamt | 107051 | 3
Fischereischein | dokument | engagement_hobby | SächsFischG | 12 13 | Angeln, Fischerei, Gewässer | Fischereibehörde | 064001 | 1
Jagdschein | dokument | engagement_hobby | BJagdG | 15 17 | Jagd, Waffe, Wild | Jagdbehörde | 064005 | 1
Feuerstättenbescheid | dokument | bauen_wohnen | SchfHwG | 14 | Schornsteinfeger, Heizung, Kehrung | Schornsteinfegerbezirk | 073011 | 1
Baugenehmigung | erlaubnis | bauen_wohnen | SächsBO | 59 63 64 68 | Bauantrag, Bauvorhaben, Bauaufsicht | Bauaufsichtsbehörde | 070001 | 8
Abbruchgenehmigung | erlaubnis | bauen_wohnen | SächsBO | 61 | Abriss, Rückbau, Bauaufsicht | Bauaufsichtsbehörde | 070011 | 2
Bauvorbescheid | erlaubnis | bauen_wohnen | SächsBO | 75 | Bauvoranfrage, Bauvorhaben | Bauaufsichtsbehörde | 070005 | 2
Sondernutzungserlaubnis | erlaubnis | recht_ordnung | SächsStrG | 18 21 | Straße, Gehweg, Veranstaltung | Tiefbauamt | 120031 | 4
Gaststättenerlaubnis | erlaubnis | unternehmensfuehrung_entwicklung | GastG | 2 4 | Gastronomie, Alkohol, Ausschank | Gewerbeamt | 050031 | 3
Reisegewerbekarte | erlaubnis | unternehmensfuehrung_entwicklung | GewO | 55 57 | Reisegewerbe, Markthandel | Gewerbeamt | 050041 | 1
Maklererlaubnis | erlaubnis | unternehmensfuehrung_entwicklung | GewO | 34 | Immobilienmakler, Darlehensvermittlung | Gewerbeamt | 050045 | 2
Waffenbesitzkarte | erlaubnis | recht_ordnung | WaffG | 4 10 45 | Waffe, Sportschütze, Zuverlässigkeit | Waffenbehörde | 121001 | 2
Sprengstofferlaubnis | erlaubnis | recht_ordnung | SprengG | 7 27 | Sprengstoff, Feuerwerk, Pyrotechnik | Gewerbeaufsichtsamt | 121011 | 1
Aufenthaltstitel | erlaubnis | ein_auswanderung | AufenthG | 4 7 18 81 | Aufenthalt, Ausländerbehörde, Einwanderung | Ausländerbehörde | 005001 | 6
Einbürgerung | erlaubnis | ein_auswanderung | StAG | 8 10 | Staatsangehörigkeit, Einbürgerungstest | Einbürgerungsbehörde | 005021 | 3
Visum | erlaubnis | ein_auswanderung | AufenthG | 6 | Einreise, Botschaft | Ausländerbehörde | 005011 | 2
Immissionsschutzgenehmigung | erlaubnis | umwelt | BImSchG | 4 10 19 | Anlage, Emission, Lärm | Umweltamt | 080011 | 2
Wasserrechtliche Erlaubnis | erlaubnis | umwelt | WHG | 8 10 | Gewässer, Grundwasser, Brunnen | Wasserbehörde | 080021 | 2
Baumfällgenehmigung | erlaubnis | umwelt | BNatSchG | 29 39 | Baum, Baumschutzsatzung, Naturschutz | Umweltamt | 080031 | 3
Approbation | erlaubnis | gesundheit | BÄO | 3 10 | Arzt, Heilberuf, Berufszulassung | Landesprüfungsamt | 085001 | 1
Gesundheitszeugnis | dokument | gesundheit | IfSG | 43 | Belehrung, Lebensmittel, Hygiene | Gesundheitsamt | 085011 | 2
Wohnsitz | anzeige | querschnittsleistungen | BMG | 17 19 23 | Umzug, Meldepflicht, Melderegister | Bürgeramt | 115011 | 7
Fahrzeug | anzeige | mobilitaet_reisen | FZV | 6 13 14 | Kfz, Zulassung, Kennzeichen | Zulassungsbehörde | 103001 | 6
Versammlung | anzeige | recht_ordnung | SächsVersG | 14 | Demonstration, Kundgebung | Versammlungsbehörde | 121031 | 2
Hund | anzeige | recht_ordnung | GefHundG | 2 10 | Hundehaltung, Listenhund, Gefahrhund | Ordnungsamt | 121041 | 3
Verein | register | engagement_hobby | BGB | 55 59 67 | Vereinsregister, Ehrenamt, Satzung | Registergericht | 064021 | 3
Handelsregister | register | unternehmensfuehrung_entwicklung | HGB | 8 12 29 | Firma, Kaufmann, Registergericht | Registergericht | 050061 | 3
Baulast | register | bauen_wohnen | SächsBO | 83 | Baulastenverzeichnis, Grundstück | Bauaufsichtsbehörde | 070031 | 1
Denkmal | register | bauen_wohnen | SächsDSchG | 10 12 | Denkmalschutz, Kulturdenkmal | Denkmalschutzbehörde | 070041 | 1
`

const THEMENFELDER: readonly Themenfeld[] = [
  'mobilitaet_reisen',
  'bildung',
  'engagement_hobby',
  'ein_auswanderung',
  'unternehmensfuehrung_entwicklung',
  'steuern_zoll',
  'umwelt',
  'arbeit_ruhestand',
  'familie_kind',
  'querschnittsleistungen',
  'bauen_wohnen',
  'forschung_foerderung',
  'gesundheit',
  'recht_ordnung',
]

function parseRow(line: string): AdministrativeObject {
  const cells = line.split('|').map((cell) => cell.trim())
  const [noun, kind, themenfeld, law, paragraphs, schlagworte, stelle, leika, weight] = cells
  // A typo in the table should stop the benchmark, not silently skew the catalogue.
  if (cells.length !== 9 || !noun || !law || !stelle || !schlagworte || !paragraphs) {
    throw new Error(`bad object row: ${line}`)
  }
  if (!(kind !== undefined && kind in VERBS)) throw new Error(`unknown kind in: ${line}`)
  if (!THEMENFELDER.includes(themenfeld as Themenfeld))
    throw new Error(`unknown Themenfeld in: ${line}`)
  if (!/^[0-9]{6}$/.test(leika ?? '')) throw new Error(`LeiKa digits must be 6 in: ${line}`)
  return {
    noun,
    kind: kind as ObjectKind,
    themenfeld: themenfeld as Themenfeld,
    law,
    paragraphs: paragraphs.split(' ').map(Number),
    schlagworte: schlagworte.split(',').map((word) => word.trim()),
    stelle,
    leika: leika as string,
    weight: Number(weight),
  }
}

export const OBJECTS: readonly AdministrativeObject[] = TABLE.trim().split('\n').map(parseRow)
