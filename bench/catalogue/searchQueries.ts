import type { SearchFacet, SearchQuery } from '@bauplan/catalogue'

export type QueryClass =
  | 'frequent word'
  | 'rare word'
  | 'stemmed plural'
  | 'two words'
  | 'word prefix'
  | 'legal basis'
  | 'Leistungsschlüssel'
  | 'no hit'
  | 'browse by name'

export interface BenchQuery {
  label: string
  queryClass: QueryClass
  filtered: boolean
  query: SearchQuery
}

/** Words by class. Frequency follows from the vocabulary's weights and description sentences. */
const WORDS: readonly [QueryClass, readonly string[]][] = [
  [
    'frequent word',
    [
      'Verfahren',
      'Antrag',
      'Bescheid',
      'Frist',
      'Gebühr',
      'prüfen',
      'Bürgeramt',
      'Vorgang',
      'Nachweis',
      'Widerspruch',
    ],
  ],
  [
    'rare word',
    [
      'Fischereischein',
      'Sprengstoff',
      'Approbation',
      'Feuerstättenbescheid',
      'Baulast',
      'Denkmal',
      'Jagdschein',
      'Vergnügungsteuer',
      'Kurzarbeitergeld',
      'Reisegewerbekarte',
    ],
  ],
  [
    'stemmed plural',
    [
      'Anträge',
      'Bescheide',
      'Gebühren',
      'Hunde',
      'Genehmigungen',
      'Ausweise',
      'Urkunden',
      'Steuern',
      'Fristen',
      'Vereine',
    ],
  ],
  [
    'two words',
    [
      'Hundesteuer festsetzen',
      'Gewerbe anmelden',
      'Wohngeld beantragen',
      'Baugenehmigung erteilen',
      'Personalausweis ersetzen',
      'Bescheid bekanntgeben',
      'Identität prüfen',
      'Elterngeld bewilligen',
      'Aufenthaltstitel verlängern',
      'Fahrzeug ummelden',
    ],
  ],
  ['word prefix', ['Bau', 'Wohn', 'Kinder', 'Umwelt']],
  ['legal basis', ['GewO', 'VwVfG', 'SGB II', '§ 14 GewO', 'WoGG 19']],
  ['no hit', ['Raumfahrt', 'Quantencomputer']],
]

/** Facet filters the filtered variant of each query cycles through (one or two facets). */
const FILTERS: readonly Partial<Record<SearchFacet, readonly string[]>>[] = [
  { bundesland: ['14'] },
  { themenfeld: ['bauen_wohnen', 'familie_kind'] },
  { bausteinart: ['prozessbaustein'] },
  { einsatzbereich: ['backoffice', 'beide'] },
  { organisation: ['land-sn'] },
  { bundesland: ['09'], bausteinart: ['stammprozess', 'referenzprozess'] },
]

function describeFilter(filter: Partial<Record<SearchFacet, readonly string[]>>): string {
  return Object.entries(filter)
    .map(([facet, values]) => `${facet}=${(values ?? []).join('/')}`)
    .join(' & ')
}

/**
 * The search mix: ~50 texts, each once without and once with a facet filter, first page of 20 by
 * relevance. Leistungsschlüssel come from the seeded catalogue (the most and the least frequent key,
 * and one that does not occur), so they hit what is really there.
 */
export function searchMix(keys: readonly string[]): BenchQuery[] {
  const counts = new Map<string, number>()
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  const byFrequency = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const texts: [QueryClass, string][] = WORDS.flatMap(([queryClass, words]) =>
    words.map((word): [QueryClass, string] => [queryClass, word])
  )
  const frequentKey = byFrequency[0]?.[0]
  const rareKey = byFrequency[byFrequency.length - 1]?.[0]
  if (frequentKey !== undefined) texts.push(['Leistungsschlüssel', frequentKey])
  if (rareKey !== undefined && rareKey !== frequentKey) texts.push(['Leistungsschlüssel', rareKey])
  texts.push(['Leistungsschlüssel', '99999999999999'])

  return texts.flatMap(([queryClass, text], i): BenchQuery[] => {
    const filter = FILTERS[i % FILTERS.length] ?? {}
    return [
      { label: text, queryClass, filtered: false, query: { text, sort: 'relevance', limit: 20 } },
      {
        label: `${text} [${describeFilter(filter)}]`,
        queryClass,
        filtered: true,
        query: { text, filters: filter, sort: 'relevance', limit: 20 },
      },
    ]
  })
}

/** Browsing without text: the catalogue sorted by name, at several depths, with and without a facet. */
export function browseMix(blocks: number): BenchQuery[] {
  const offsets = [
    0,
    20,
    200,
    Math.floor(blocks / 4),
    Math.floor(blocks / 2),
    Math.max(0, blocks - 40),
  ]
  return offsets.flatMap((offset, i): BenchQuery[] => {
    const filter = FILTERS[i % FILTERS.length] ?? {}
    return [
      {
        label: `name order, offset ${offset}`,
        queryClass: 'browse by name',
        filtered: false,
        query: { sort: 'name', limit: 20, offset },
      },
      {
        label: `name order, offset ${Math.min(offset, 200)} [${describeFilter(filter)}]`,
        queryClass: 'browse by name',
        filtered: true,
        query: { sort: 'name', limit: 20, offset: Math.min(offset, 200), filters: filter },
      },
    ]
  })
}
