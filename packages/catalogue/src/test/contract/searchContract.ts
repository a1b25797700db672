import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '../../errors'
import type { SearchQuery } from '../../model/search'
import { metadata, rejection } from './fixtures'
import { useHarness, type OpenHarness } from './harness'
import { B, seedSearchCatalogue } from './searchCatalogue'
import { describePublishedHeads } from './searchHeadsContract'

export function describeSearch(open: OpenHarness): void {
  describe('search', () => {
    const ref = useHarness(open)

    async function ids(query: SearchQuery): Promise<string[]> {
      await seedSearchCatalogue(ref.store, ref.clock)
      return (await ref.store.search(query)).hits.map((hit) => hit.blockId)
    }

    it('stems German words in text and query', async () => {
      expect(await ids({ text: 'Gewerbeanmeldungen' })).toEqual([B.gewerbe])
      const hunde = await ref.store.search({ text: 'Hunde' })
      // The block about dogs ranks above the one that mentions the dog tax in its description.
      expect(hunde.hits.map((h) => h.blockId)).toEqual([B.hundesteuer, B.steuerbescheid])
      expect((await ref.store.search({ text: 'Bescheiden' })).hits.map((h) => h.blockId)).toEqual([
        B.steuerbescheid,
      ])
    })

    it('ignores stopwords, folds umlauts and needs every word', async () => {
      expect(await ids({ text: 'Anmeldung des Hundes' })).toEqual([B.hundesteuer])
      expect(
        (await ref.store.search({ text: 'Identitat prufen' })).hits.map((h) => h.blockId)
      ).toEqual([B.identitaet])
      expect((await ref.store.search({ text: 'Hund Wohngeld' })).total).toBe(0)
      expect((await ref.store.search({ text: 'der die das' })).total).toBe(5)
    })

    it('finds compounds by their head (Grundwort)', async () => {
      // "Hundesteuer" is a Steuer: found by "Steuern", on published versions and on drafts.
      expect((await ids({ text: 'Steuern' })).sort()).toEqual(
        [B.hundesteuer, B.steuerbescheid].sort()
      )
      const search = async (query: SearchQuery) =>
        (await ref.store.search(query)).hits.map((h) => h.blockId).sort()
      expect(await search({ text: 'Steuer', states: ['veroeffentlicht', 'entwurf'] })).toEqual(
        [B.hundesteuer, B.steuerbescheid].sort()
      )
      // "Steuerbescheid" is a Bescheid: found together with the draft "Bescheid erstellen".
      expect(await search({ text: 'Bescheide', states: ['entwurf', 'veroeffentlicht'] })).toEqual(
        [B.bescheid, B.steuerbescheid].sort()
      )
      // The compound itself is found as before: in a name and in a description.
      expect(await search({ text: 'Hundesteuern' })).toEqual(
        [B.hundesteuer, B.steuerbescheid].sort()
      )
    })

    it('finds legal bases and matches a 14-digit Leistungsschlüssel exactly', async () => {
      expect(await ids({ text: 'GewO' })).toEqual([B.gewerbe])
      expect((await ref.store.search({ text: 'SächsKAG' })).hits.map((h) => h.blockId)).toEqual([
        B.hundesteuer,
      ])
      expect(
        (await ref.store.search({ text: '99102013104000' })).hits.map((h) => h.blockId)
      ).toEqual([B.hundesteuer])
      expect((await ref.store.search({ text: '99102013104001' })).total).toBe(0)
      expect((await ref.store.search({ text: 'Gewerbe 99102013104000' })).total).toBe(0)
    })

    it('returns one hit per block: its latest visible version, matched on that version only', async () => {
      const published = await ids({ text: 'Identität' })
      expect(published).toEqual([B.identitaet])
      const visible = await ref.store.search({ text: 'Identität' })
      expect(visible.hits[0]).toMatchObject({
        version: '1.10.0',
        state: 'veroeffentlicht',
        organisationId: 'sn',
      })
      const withDrafts = await ref.store.search({
        text: 'Identität',
        states: ['veroeffentlicht', 'entwurf'],
      })
      expect(withDrafts.hits.map((h) => [h.version, h.name])).toEqual([
        ['2.0.0', 'Identität prüfen (neu)'],
      ])
      // "neu" is only in the draft: invisible to a search over published versions.
      expect((await ref.store.search({ text: 'neu' })).total).toBe(0)
      expect(
        (await ref.store.search({ states: ['entwurf'] })).hits.map((h) => h.blockId).sort()
      ).toEqual([B.bescheid, B.identitaet].sort())
    })

    it('counts facets over the result, each facet ignoring its own filter', async () => {
      await seedSearchCatalogue(ref.store, ref.clock)
      const all = await ref.store.search({})
      expect(all.total).toBe(5)
      expect(all.facets).toEqual({
        bundesland: [
          { value: '14', count: 4 },
          { value: '11', count: 1 },
        ],
        organisation: [
          { value: 'lk-leipzig', count: 2 },
          { value: 'sn', count: 2 },
          { value: 'be', count: 1 },
        ],
        bausteinart: [
          { value: 'prozessbaustein', count: 3 },
          { value: 'referenzprozess', count: 1 },
          { value: 'stammprozess', count: 1 },
        ],
        einsatzbereich: [
          { value: 'backoffice', count: 3 },
          { value: 'beide', count: 1 },
          { value: 'frontoffice', count: 1 },
        ],
        themenfeld: [
          { value: 'steuern_zoll', count: 2 },
          { value: 'bauen_wohnen', count: 1 },
          { value: 'querschnittsleistungen', count: 1 },
          { value: 'unternehmensfuehrung_entwicklung', count: 1 },
        ],
      })
      const saxony = await ref.store.search({ filters: { bundesland: ['14'] } })
      expect(saxony.total).toBe(4)
      expect(saxony.facets.bundesland).toEqual(all.facets.bundesland)
      expect(saxony.facets.organisation).toEqual([
        { value: 'lk-leipzig', count: 2 },
        { value: 'sn', count: 2 },
      ])
      const narrowed = await ref.store.search({
        filters: { organisation: ['sn'], einsatzbereich: ['backoffice'] },
        sort: 'name',
      })
      expect(narrowed.hits.map((h) => h.blockId)).toEqual([B.gewerbe, B.identitaet])
      const either = await ref.store.search({
        filters: { themenfeld: ['bauen_wohnen', 'steuern_zoll'] },
      })
      expect(either.total).toBe(3)
    })

    it('pages and sorts by name or last change', async () => {
      await seedSearchCatalogue(ref.store, ref.clock)
      const pages = await Promise.all(
        [0, 2, 4].map((offset) => ref.store.search({ sort: 'name', limit: 2, offset }))
      )
      expect(pages.map((p) => p.hits.map((h) => h.name))).toEqual([
        ['Gewerbe anmelden', 'Hundesteuer anmelden'],
        ['Identität prüfen', 'Steuerbescheid zustellen'],
        ['Wohngeld beantragen'],
      ])
      expect(pages.map((p) => p.total)).toEqual([5, 5, 5])
      const recent = await ref.store.search({ sort: 'lastChange' })
      expect(recent.hits.map((h) => h.blockId)).toEqual([
        B.steuerbescheid,
        B.identitaet,
        B.wohngeld,
        B.hundesteuer,
        B.gewerbe,
      ])
    })

    it('follows draft edits', async () => {
      await seedSearchCatalogue(ref.store, ref.clock)
      const key = { blockId: B.bescheid, version: '1.0.0' }
      await ref.store.updateDraft({
        ...key,
        metadata: metadata(key, { name: 'Ablehnungsbescheid schreiben' }),
      })
      const drafts = { states: ['entwurf'] } as const
      expect((await ref.store.search({ ...drafts, text: 'erstellen' })).total).toBe(0)
      expect(
        (await ref.store.search({ ...drafts, text: 'Ablehnungsbescheide' })).hits[0]?.blockId
      ).toBe(B.bescheid)
    })

    it('checks limits, facets and states', async () => {
      for (const query of [
        { limit: 0 },
        { limit: 101 },
        { offset: -1 },
        { states: [] },
        { filters: { kreis: ['x'] } } as unknown as SearchQuery,
        { states: ['geloescht'] } as unknown as SearchQuery,
      ]) {
        expect(await rejection(ref.store.search(query))).toBeInstanceOf(InvalidInputError)
      }
      expect((await ref.store.search({ limit: 100 })).limit).toBe(100)
    })
  })
  describePublishedHeads(open)
}
