import { SEARCH_FACETS, type FacetCount, type SearchFacet } from '../model/search'
import { LIST_SEPARATOR } from './fullTextIndex'
import { BUNDESLAND_POSITION, type HeadFacetIndex } from './searchFacetIndex'

/** Thrown when a search lists a head the index does not know: the index is of another stamp. */
export class StaleFacetIndexError extends Error {
  constructor(key: number) {
    super(`published head ${key} is not in the facet index (its stamp is outdated)`)
  }
}

/** Positions (in the index) of the heads a search's text and Leistungsschlüssel match, or all heads. */
export type HeadCandidates = Int32Array | 'all'

/**
 * The positions of the heads whose keys the statement listed (as the adapter's HeadText.listOf
 * aggregates them; NULL when nothing matched).
 */
export function candidatesOf(index: HeadFacetIndex, keyList: unknown): Int32Array {
  if (keyList === null || keyList === undefined || keyList === '') return new Int32Array(0)
  const keys = String(keyList).split(LIST_SEPARATOR)
  const positions = new Int32Array(keys.length)
  keys.forEach((key, i) => {
    const position = index.positionOf.get(Number(key))
    if (position === undefined) throw new StaleFacetIndexError(Number(key))
    positions[i] = position
  })
  return positions
}

/** Code-point order, as both databases compare the values byte-wise (UTF-8, COLLATE "C"). */
export function compareCodePoints(a: string, b: string): number {
  const left = [...a]
  const right = [...b]
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = (left[i]?.codePointAt(0) ?? 0) - (right[i]?.codePointAt(0) ?? 0)
    if (difference !== 0) return difference
  }
  return left.length - right.length
}

export interface HeadFacetCounts {
  /** Candidates passing every facet filter. */
  total: number
  /** Per facet, most frequent value first, ties by value (code-point order). */
  facets: Record<SearchFacet, FacetCount[]>
}

/** Per facet with a filter: the accepted codes (a value no head has cannot match, so it has none). */
function filterCodes(
  index: HeadFacetIndex,
  filters: Partial<Record<SearchFacet, readonly string[]>>
): (Set<number> | undefined)[] {
  return SEARCH_FACETS.map((facet, f) => {
    const accepted = filters[facet]
    if (accepted === undefined || accepted.length === 0) return undefined
    const codes = new Set<number>()
    for (const value of accepted) {
      const code = index.codeOf[f]?.get(value)
      if (code !== undefined) codes.add(code)
    }
    return codes
  })
}

/**
 * The total and the facet counts of a search, as the SQL statements over all versions compute them
 * (the store contract compares both): each facet is counted over the candidates passing every filter
 * but its own; a head of several Länder counts for each of them and passes a bundesland filter when
 * one of them is accepted.
 */
export function countHeadFacets(
  index: HeadFacetIndex,
  candidates: HeadCandidates,
  filters: Partial<Record<SearchFacet, readonly string[]>>
): HeadFacetCounts {
  const accepted = filterCodes(index, filters)
  const counts = index.values.map((values) => new Int32Array(values.length))
  const facetCount = SEARCH_FACETS.length
  const several = index.severalLaender
  const passes = (f: number, position: number, set: Set<number>): boolean => {
    if (set.has((index.codes[f] as Int32Array)[position] as number)) return true
    if (f !== BUNDESLAND_POSITION) return false
    return several.get(position)?.some((code) => set.has(code)) ?? false
  }
  const count = (f: number, position: number): void => {
    const code = (index.codes[f] as Int32Array)[position] as number
    const facetCounts = counts[f] as Int32Array
    if (code >= 0) facetCounts[code] = (facetCounts[code] as number) + 1
    if (f === BUNDESLAND_POSITION) {
      for (const land of several.get(position) ?? []) {
        facetCounts[land] = (facetCounts[land] as number) + 1
      }
    }
  }
  let total = 0
  const size = candidates === 'all' ? index.size : candidates.length
  for (let i = 0; i < size; i++) {
    const position = candidates === 'all' ? i : (candidates[i] as number)
    // The one facet whose filter the head fails, -1 for none, -2 for more than one.
    let failed = -1
    for (let f = 0; f < facetCount && failed !== -2; f++) {
      const set = accepted[f]
      if (set !== undefined && !passes(f, position, set)) failed = failed === -1 ? f : -2
    }
    if (failed === -1) {
      total++
      for (let f = 0; f < facetCount; f++) count(f, position)
    } else if (failed >= 0) {
      count(failed, position)
    }
  }
  const facets = {} as Record<SearchFacet, FacetCount[]>
  SEARCH_FACETS.forEach((facet, f) => {
    const values = index.values[f] ?? []
    const facetCounts = counts[f] as Int32Array
    facets[facet] = values
      .map((value, code) => ({ value, count: facetCounts[code] as number }))
      .filter((entry) => entry.count > 0)
      .sort((a, b) => b.count - a.count || compareCodePoints(a.value, b.value))
  })
  return { total, facets }
}
