import { describe, expect, it } from 'vitest'
import type { SearchQuery, SearchResult } from '../../model/search'
import type { CatalogueStore } from '../../store'
import { metadata, publish } from './fixtures'
import { useHarness, type OpenHarness } from './harness'
import { B, seedSearchCatalogue } from './searchCatalogue'

/** A block of two Länder: its bundesland facet lives in search_terms only, not in a head column. */
const TWO_LAENDER = 'urn:bauplan:baustein:be:melderegister-auskunft'

async function seedTwoLaender(store: CatalogueStore): Promise<void> {
  await store.createBlock({ id: TWO_LAENDER, organisationId: 'be' })
  const key = { blockId: TWO_LAENDER, version: '1.0.0' }
  await store.createDraft({
    ...key,
    metadata: metadata(key, {
      name: 'Melderegisterauskunft erteilen',
      bausteinart: 'stammprozess',
      einsatzbereich: 'frontoffice',
      ozg: { themenfeld: 'querschnittsleistungen' },
      verwaltungspolitischeKodierung: [{ bundesland: '11' }, { bundesland: '14' }],
    }),
    files: [],
  })
  await publish(store, key)
}

/**
 * The same search through the general path: the seed has no version in review, so adding that state
 * changes nothing but the way the store answers (all versions instead of published_heads).
 */
function throughAllVersions(query: SearchQuery): SearchQuery {
  return { ...query, states: ['veroeffentlicht', 'in_pruefung'] }
}

/** What must agree; by relevance only the set of hits (SQLite's bm25 scores depend on the corpus). */
function comparable(result: SearchResult, sort: string) {
  const hits = result.hits.map((hit) => ({ ...hit, score: 0 }))
  return {
    total: result.total,
    facets: result.facets,
    hits: sort === 'relevance' ? hits.sort((a, b) => a.blockId.localeCompare(b.blockId)) : hits,
  }
}

const QUERIES: SearchQuery[] = [
  {},
  { sort: 'lastChange' },
  { sort: 'name', limit: 2, offset: 2 },
  { text: 'Hunde' },
  { text: 'anmelden' },
  { text: 'der die das' },
  { text: '99102013104000' },
  { text: 'Steuer 99102013104000' },
  { filters: { bundesland: ['14'] } },
  { filters: { bundesland: ['11'] } },
  { filters: { organisation: ['sn'], einsatzbereich: ['backoffice'] }, sort: 'name' },
  { filters: { themenfeld: ['steuern_zoll', 'querschnittsleistungen'], bundesland: ['14'] } },
  { text: 'erteilen', filters: { bausteinart: ['stammprozess'] } },
]

export function describePublishedHeads(open: OpenHarness): void {
  describe('search over published heads', () => {
    const ref = useHarness(open)

    async function expectSameAsAllVersions(): Promise<void> {
      for (const query of QUERIES) {
        const sort = query.sort ?? (query.text ? 'relevance' : 'name')
        const heads = await ref.store.search(query)
        const all = await ref.store.search(throughAllVersions(query))
        expect(comparable(heads, sort), JSON.stringify(query)).toEqual(comparable(all, sort))
      }
    }

    it('finds the same hits with the same facet counts as a search over all versions', async () => {
      await seedSearchCatalogue(ref.store, ref.clock)
      await seedTwoLaender(ref.store)
      await expectSameAsAllVersions()
      const all = await ref.store.search({})
      // The block of two Länder counts once for each.
      expect(all.facets.bundesland).toEqual([
        { value: '14', count: 5 },
        { value: '11', count: 2 },
      ])
      const berlin = await ref.store.search({ filters: { bundesland: ['11'] }, sort: 'name' })
      expect(berlin.hits.map((h) => h.blockId)).toEqual([TWO_LAENDER, B.wohngeld])
      expect(berlin.facets.bundesland).toEqual(all.facets.bundesland)
    })

    it('follows publication and deprecation of a block’s versions', async () => {
      await seedSearchCatalogue(ref.store, ref.clock)
      const identity = async () =>
        (await ref.store.search({ text: 'Identität' })).hits.map((h) => [h.version, h.name])
      expect(await identity()).toEqual([['1.10.0', 'Identität prüfen']])

      const deprecate = (version: string) =>
        ref.store.setVersionState({
          blockId: B.identitaet,
          version,
          expected: 'veroeffentlicht',
          next: 'abgekuendigt',
          kind: 'abgekuendigt',
        })
      await deprecate('1.10.0')
      expect(await identity()).toEqual([['1.9.0', 'Identität prüfen']])
      await expectSameAsAllVersions()

      await publish(ref.store, { blockId: B.identitaet, version: '2.0.0' })
      expect(await identity()).toEqual([['2.0.0', 'Identität prüfen (neu)']])
      expect((await ref.store.search({ text: 'neu' })).total).toBe(1)

      await deprecate('2.0.0')
      await deprecate('1.9.0')
      expect(await identity()).toEqual([])
      expect((await ref.store.search({})).total).toBe(4)
      await expectSameAsAllVersions()
    })

    it('indexes every version again when the database was indexed by an older version', async () => {
      await seedSearchCatalogue(ref.store, ref.clock)
      // As if indexed before facets were kept: the store must rebuild search_terms and the heads.
      await ref.harness.rawExecute("UPDATE meta SET value = '1' WHERE key = 'search.text_version'")
      await ref.harness.rawExecute("DELETE FROM search_terms WHERE field = 'bausteinart'")
      await ref.harness.rawExecute('UPDATE published_heads SET bausteinart = NULL')
      expect((await ref.store.search({ filters: { bausteinart: ['stammprozess'] } })).total).toBe(0)
      await ref.harness.reopen()
      const stamm = await ref.store.search({ filters: { bausteinart: ['stammprozess'] } })
      expect(stamm.hits.map((h) => h.blockId)).toEqual([B.gewerbe])
      expect(await ref.store.getMeta('search.text_version')).toBe('2')
      await expectSameAsAllVersions()
    })

    it('gives every hit what a result card shows', async () => {
      await seedSearchCatalogue(ref.store, ref.clock)
      const [gewerbe] = (await ref.store.search({ text: 'GewO' })).hits
      expect(gewerbe).toMatchObject({
        blockId: B.gewerbe,
        organisationId: 'sn',
        organisationName: 'Freistaat Sachsen',
        name: 'Gewerbe anmelden',
        bezeichnung: 'Gewerbeanmeldung',
        bausteinart: 'stammprozess',
        leistungsschluessel: ['99050012104000'],
        bpmnDatei: 'prozess.bpmn',
      })
      const [draft] = (await ref.store.search({ states: ['entwurf'], text: 'Bescheid' })).hits
      expect(draft).toMatchObject({
        blockId: B.bescheid,
        organisationName: 'Freistaat Sachsen',
        bausteinart: 'prozessbaustein',
        leistungsschluessel: [],
        bpmnDatei: 'prozess.bpmn',
      })
      const key = { blockId: B.bescheid, version: '1.0.0' }
      await ref.store.updateDraft({
        ...key,
        metadata: metadata(key, {
          name: 'Bescheid erstellen',
          artefakte: {},
          leistungen: [
            { leistungsschluessel: '99102013104000' },
            { leistungsschluessel: '99001001001000' },
          ],
        }),
      })
      const [edited] = (await ref.store.search({ states: ['entwurf'], text: 'Bescheid' })).hits
      expect(edited).toMatchObject({
        bpmnDatei: null,
        leistungsschluessel: ['99001001001000', '99102013104000'],
      })
    })
  })
}
