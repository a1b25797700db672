import type { CatalogueStore } from '../../store'
import type { JsonObject } from '../../model/json'
import { metadata, publish } from './fixtures'
import type { TestClock } from './harness'

/** Blocks of the search tests, by short name. */
export const B = {
  gewerbe: 'urn:bauplan:baustein:sn:gewerbe-anmelden',
  hundesteuer: 'urn:bauplan:baustein:lk-leipzig:hundesteuer-anmelden',
  wohngeld: 'urn:bauplan:baustein:be:wohngeld-beantragen',
  identitaet: 'urn:bauplan:baustein:sn:identitaet-pruefen',
  bescheid: 'urn:bauplan:baustein:sn:bescheid-erstellen',
  steuerbescheid: 'urn:bauplan:baustein:lk-leipzig:steuerbescheid-zustellen',
} as const

interface SeedVersion {
  version: string
  publish: boolean
  extra: JsonObject
}

function land(code: string): JsonObject {
  return { verwaltungspolitischeKodierung: [{ bundesland: code }] }
}

const IDENTITY_VERSIONS: SeedVersion[] = [
  { version: '1.9.0', publish: true, extra: { beschreibung: 'Prüft die Identität.' } },
  { version: '1.10.0', publish: true, extra: { beschreibung: 'Prüft die Identität mit eID.' } },
  { version: '2.0.0', publish: false, extra: { name: 'Identität prüfen (neu)' } },
]

const CATALOGUE: { id: string; org: string; versions: SeedVersion[] }[] = [
  {
    id: B.gewerbe,
    org: 'sn',
    versions: [
      {
        version: '1.0.0',
        publish: true,
        extra: {
          name: 'Gewerbe anmelden',
          bezeichnung: 'Gewerbeanmeldung',
          bausteinart: 'stammprozess',
          einsatzbereich: 'backoffice',
          ozg: { themenfeld: 'unternehmensfuehrung_entwicklung' },
          leistungen: [{ leistungsschluessel: '99050012104000' }],
          handlungsgrundlagen: [{ name: '§ 14 Abs. 1 GewO' }],
          ...land('14'),
        },
      },
    ],
  },
  {
    id: B.hundesteuer,
    org: 'lk-leipzig',
    versions: [
      {
        version: '1.0.0',
        publish: true,
        extra: {
          name: 'Hundesteuer anmelden',
          beschreibung: 'Anmeldung eines Hundes zur Hundesteuer.',
          bausteinart: 'prozessbaustein',
          einsatzbereich: 'frontoffice',
          ozg: { themenfeld: 'steuern_zoll' },
          leistungen: [{ leistungsschluessel: '99102013104000' }],
          schlagwort: ['Hund'],
          handlungsgrundlagen: [{ name: '§ 2 SächsKAG' }],
          ...land('14'),
        },
      },
    ],
  },
  {
    id: B.wohngeld,
    org: 'be',
    versions: [
      {
        version: '1.0.0',
        publish: true,
        extra: {
          name: 'Wohngeld beantragen',
          bausteinart: 'referenzprozess',
          einsatzbereich: 'beide',
          ozg: { themenfeld: 'bauen_wohnen' },
          leistungen: [{ leistungsschluessel: '99107023037000' }],
          handlungsgrundlagen: [{ name: '§ 1 WoGG' }],
          ...land('11'),
        },
      },
    ],
  },
  {
    id: B.identitaet,
    org: 'sn',
    versions: IDENTITY_VERSIONS.map((v) => ({
      ...v,
      extra: { ozg: { themenfeld: 'querschnittsleistungen' }, ...land('14'), ...v.extra },
    })),
  },
  {
    id: B.bescheid,
    org: 'sn',
    versions: [
      { version: '1.0.0', publish: false, extra: { name: 'Bescheid erstellen', ...land('14') } },
    ],
  },
  {
    id: B.steuerbescheid,
    org: 'lk-leipzig',
    versions: [
      {
        version: '1.0.0',
        publish: true,
        extra: {
          name: 'Steuerbescheid zustellen',
          beschreibung: 'Zustellung von Bescheiden zur Hundesteuer und Grundsteuer.',
          ozg: { themenfeld: 'steuern_zoll' },
          ...land('14'),
        },
      },
    ],
  },
]

/** Seeds the catalogue; each write is a minute after the previous one, so "last change" is ordered. */
export async function seedSearchCatalogue(store: CatalogueStore, clock: TestClock): Promise<void> {
  await store.createOrganisation({
    id: 'sn',
    name: 'Freistaat Sachsen',
    kind: 'land',
    bundesland: '14',
  })
  await store.createOrganisation({
    id: 'lk-leipzig',
    name: 'Landkreis Leipzig',
    kind: 'kommune',
    bundesland: '14',
  })
  await store.createOrganisation({ id: 'be', name: 'Berlin', kind: 'land', bundesland: '11' })
  for (const block of CATALOGUE) {
    await store.createBlock({ id: block.id, organisationId: block.org })
    for (const v of block.versions) {
      clock.advance(60_000)
      const key = { blockId: block.id, version: v.version }
      await store.createDraft({ ...key, metadata: metadata(key, v.extra), files: [] })
      if (v.publish) await publish(store, key)
    }
  }
}
