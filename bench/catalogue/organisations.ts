import type { OrganisationKind } from '@bauplan/catalogue'

/**
 * The organisations that own the synthetic blocks: the 16 Länder, municipalities of several Länder,
 * IT providers and coordination bodies. `weight` skews ownership the way real catalogues are skewed
 * (a few active Länder and cities model most blocks), so organisation facets have big and small values.
 */
export interface BenchOrganisation {
  id: string
  name: string
  kind: OrganisationKind
  /** Two-digit Land code (Regionalschlüssel prefix); also the block's `bundesland` facet. */
  bundesland: string
  weight: number
}

const LAENDER: readonly [string, string, string, number][] = [
  ['01', 'sh', 'Land Schleswig-Holstein', 3],
  ['02', 'hh', 'Freie und Hansestadt Hamburg', 4],
  ['03', 'ni', 'Land Niedersachsen', 4],
  ['04', 'hb', 'Freie Hansestadt Bremen', 2],
  ['05', 'nw', 'Land Nordrhein-Westfalen', 8],
  ['06', 'he', 'Land Hessen', 4],
  ['07', 'rp', 'Land Rheinland-Pfalz', 2],
  ['08', 'bw', 'Land Baden-Württemberg', 6],
  ['09', 'by', 'Freistaat Bayern', 7],
  ['10', 'sl', 'Saarland', 1],
  ['11', 'be', 'Land Berlin', 5],
  ['12', 'bb', 'Land Brandenburg', 2],
  ['13', 'mv', 'Land Mecklenburg-Vorpommern', 2],
  ['14', 'sn', 'Freistaat Sachsen', 10],
  ['15', 'st', 'Land Sachsen-Anhalt', 2],
  ['16', 'th', 'Freistaat Thüringen', 2],
]

const KOMMUNEN: readonly [string, string, string, number][] = [
  ['14', 'dresden', 'Landeshauptstadt Dresden', 6],
  ['14', 'leipzig', 'Stadt Leipzig', 5],
  ['14', 'chemnitz', 'Stadt Chemnitz', 3],
  ['14', 'lk-meissen', 'Landkreis Meißen', 2],
  ['14', 'radebeul', 'Große Kreisstadt Radebeul', 1],
  ['05', 'koeln', 'Stadt Köln', 5],
  ['05', 'dortmund', 'Stadt Dortmund', 2],
  ['09', 'muenchen', 'Landeshauptstadt München', 5],
  ['09', 'nuernberg', 'Stadt Nürnberg', 2],
  ['08', 'stuttgart', 'Landeshauptstadt Stuttgart', 3],
  ['06', 'frankfurt', 'Stadt Frankfurt am Main', 3],
  ['03', 'hannover', 'Landeshauptstadt Hannover', 2],
  ['16', 'erfurt', 'Landeshauptstadt Erfurt', 1],
  ['12', 'potsdam', 'Landeshauptstadt Potsdam', 1],
]

const OTHERS: readonly [string, string, string, OrganisationKind, number][] = [
  ['14', 'sakd', 'Sächsische Anstalt für kommunale Datenverarbeitung', 'it_dienstleister', 4],
  ['09', 'akdb', 'Anstalt für Kommunale Datenverarbeitung in Bayern', 'it_dienstleister', 3],
  ['05', 'itnrw', 'IT.NRW', 'it_dienstleister', 2],
  ['06', 'ekom21', 'ekom21 – KGRZ Hessen', 'it_dienstleister', 2],
  ['14', 'koord-sn', 'Koordinierungsstelle E-Government Sachsen', 'koordinierungsstelle', 3],
  ['06', 'fitko', 'Föderale IT-Kooperation', 'koordinierungsstelle', 3],
]

export const BENCH_ORGANISATIONS: readonly BenchOrganisation[] = [
  ...LAENDER.map(([bundesland, code, name, weight]) => ({
    id: `land-${code}`,
    name,
    kind: 'land' as const,
    bundesland,
    weight,
  })),
  ...KOMMUNEN.map(([bundesland, id, name, weight]) => ({
    id,
    name,
    kind: 'kommune' as const,
    bundesland,
    weight,
  })),
  ...OTHERS.map(([bundesland, id, name, kind, weight]) => ({ id, name, kind, bundesland, weight })),
]
