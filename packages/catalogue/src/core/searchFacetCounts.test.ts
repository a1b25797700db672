import { describe, expect, it } from 'vitest'
import { SEARCH_FACETS, type SearchFacet } from '../model/search'
import {
  candidatesOf,
  countHeadFacets,
  StaleFacetIndexError,
  compareCodePoints,
} from './searchFacetCounts'
import { LIST_SEPARATOR } from './fullTextIndex'
import { BUNDESLAND_POSITION, type HeadFacetIndex } from './searchFacetIndex'

type Head = { key: number } & Partial<Record<SearchFacet, string | readonly string[]>>

/** An index as loadHeadFacetIndex builds it, from heads written out by hand. */
function indexOf(heads: readonly Head[], stamp = 7): HeadFacetIndex {
  const codeOf = SEARCH_FACETS.map(() => new Map<string, number>())
  const values = SEARCH_FACETS.map((): string[] => [])
  const code = (f: number, value: string) => {
    const dictionary = codeOf[f] as Map<string, number>
    if (!dictionary.has(value)) {
      dictionary.set(value, dictionary.size)
      values[f]?.push(value)
    }
    return dictionary.get(value) as number
  }
  const codes = SEARCH_FACETS.map(() => new Int32Array(heads.length).fill(-1))
  const severalLaender = new Map<number, number[]>()
  heads.forEach((head, position) => {
    SEARCH_FACETS.forEach((facet, f) => {
      const value = head[facet]
      if (typeof value === 'string') (codes[f] as Int32Array)[position] = code(f, value)
      else if (value !== undefined && f === BUNDESLAND_POSITION) {
        severalLaender.set(
          position,
          value.map((land) => code(f, land))
        )
      }
    })
  })
  return {
    stamp,
    size: heads.length,
    positionOf: new Map(heads.map((head, position) => [head.key, position])),
    codes,
    values,
    codeOf,
    severalLaender,
  }
}

const HEADS: Head[] = [
  { key: 10, organisation: 'sn', bausteinart: 'prozessbaustein', bundesland: '14' },
  { key: 11, organisation: 'sn', bausteinart: 'stammprozess', bundesland: '14' },
  { key: 12, organisation: 'be', bausteinart: 'prozessbaustein', bundesland: '11' },
  { key: 13, organisation: 'itzbund', bausteinart: 'prozessbaustein', bundesland: ['11', '14'] },
  { key: 14, organisation: 'be' },
]

describe('countHeadFacets', () => {
  const index = indexOf(HEADS)

  it('counts every facet over all candidates when nothing is filtered, a head of two Länder for both', () => {
    const { total, facets } = countHeadFacets(index, 'all', {})
    expect(total).toBe(5)
    expect(facets.bundesland).toEqual([
      { value: '14', count: 3 },
      { value: '11', count: 2 },
    ])
    expect(facets.organisation).toEqual([
      { value: 'be', count: 2 },
      { value: 'sn', count: 2 },
      { value: 'itzbund', count: 1 },
    ])
    expect(facets.bausteinart).toEqual([
      { value: 'prozessbaustein', count: 3 },
      { value: 'stammprozess', count: 1 },
    ])
    expect(facets.themenfeld).toEqual([])
  })

  it('counts each facet with every filter but its own, over the listed candidates only', () => {
    const candidates = candidatesOf(index, ['10', '12', '13', '14'].join(LIST_SEPARATOR))
    const { total, facets } = countHeadFacets(index, candidates, {
      organisation: ['be'],
      bausteinart: ['prozessbaustein'],
    })
    // Passing both filters: 12 only.
    expect(total).toBe(1)
    // organisation counted over the prozessbausteine among the candidates: 10, 12, 13.
    expect(facets.organisation).toEqual([
      { value: 'be', count: 1 },
      { value: 'itzbund', count: 1 },
      { value: 'sn', count: 1 },
    ])
    // bausteinart counted over be's candidates: 12 (prozessbaustein) and 14 (none).
    expect(facets.bausteinart).toEqual([{ value: 'prozessbaustein', count: 1 }])
    expect(facets.bundesland).toEqual([{ value: '11', count: 1 }])
  })

  it('lets a head of several Länder pass a filter on any of them', () => {
    const { total, facets } = countHeadFacets(index, 'all', { bundesland: ['11'] })
    expect(total).toBe(2)
    expect(facets.organisation).toEqual([
      { value: 'be', count: 1 },
      { value: 'itzbund', count: 1 },
    ])
    // The filtered facet itself is counted without its filter.
    expect(facets.bundesland).toEqual([
      { value: '14', count: 3 },
      { value: '11', count: 2 },
    ])
  })

  it('finds nothing for a filter value no head has, and still counts that facet', () => {
    const { total, facets } = countHeadFacets(index, 'all', { organisation: ['nobody'] })
    expect(total).toBe(0)
    expect(facets.bausteinart).toEqual([])
    expect(facets.organisation.map((f) => f.value)).toEqual(['be', 'sn', 'itzbund'])
  })

  it('leaves out heads failing two filters from every count', () => {
    const { facets } = countHeadFacets(index, 'all', {
      organisation: ['sn'],
      bausteinart: ['stammprozess'],
    })
    // 12 fails both (be, prozessbaustein): it appears in neither facet's count.
    expect(facets.organisation).toEqual([{ value: 'sn', count: 1 }])
    expect(facets.bausteinart).toEqual([
      { value: 'prozessbaustein', count: 1 },
      { value: 'stammprozess', count: 1 },
    ])
  })
})

describe('candidatesOf', () => {
  const index = indexOf(HEADS)

  it('maps listed keys to positions, and nothing listed to no candidates', () => {
    expect([...candidatesOf(index, `14${LIST_SEPARATOR}10`)]).toEqual([4, 0])
    expect(candidatesOf(index, null)).toHaveLength(0)
  })

  it('refuses a key the index does not know: the index is of an older stamp', () => {
    expect(() => candidatesOf(index, `10${LIST_SEPARATOR}99`)).toThrow(StaleFacetIndexError)
  })
})

describe('compareCodePoints', () => {
  it('orders by code point as the databases do byte-wise, not by locale', () => {
    expect(['b', 'Ä', 'a', 'Z'].sort(compareCodePoints)).toEqual(['Z', 'a', 'b', 'Ä'])
  })
})
