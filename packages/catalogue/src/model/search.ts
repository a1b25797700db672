import type { VersionState } from './vocabulary'

import type { SearchFacet } from '@bauplan/domain'

export { SEARCH_FACETS } from '@bauplan/domain'
export type { SearchFacet } from '@bauplan/domain'

export type SearchSort = 'relevance' | 'name' | 'lastChange'

export interface SearchQuery {
  /**
   * Free text, German-stemmed, every word must match (as a word prefix after stemming). 14-digit
   * tokens are Leistungsschlüssel and match `leistungen[].leistungsschluessel` exactly.
   */
  text?: string
  /** Per facet, the accepted values (any of them); facets combine with AND. */
  filters?: Partial<Record<SearchFacet, readonly string[]>>
  /** Which versions are visible; default only `veroeffentlicht`. */
  states?: readonly VersionState[]
  /** Default `relevance` when there is text, else `name`. */
  sort?: SearchSort
  /** 1…100, default 20. */
  limit?: number
  offset?: number
}

export interface SearchHit {
  blockId: string
  /** The latest visible version of the block (highest semver among the visible states). */
  version: string
  state: VersionState
  organisationId: string
  /** Name of the owning organisation, as stored with it. */
  organisationName: string
  /** The version's name and bezeichnung, as written in its metadata. */
  name: string
  bezeichnung: string | null
  /** The version's bausteinart (e.g. `prozessbaustein`), or null if it has none. */
  bausteinart: string | null
  /** The Leistungsschlüssel of `leistungen[]`, sorted. */
  leistungsschluessel: string[]
  /** File name of the main BPMN model (`artefakte.bpmn.datei`), or null: then there is no diagram. */
  bpmnDatei: string | null
  updatedAt: string
  /** Higher is better; 0 without text. Comparable only within one result. */
  score: number
}

export interface FacetCount {
  value: string
  count: number
}

export interface SearchResult {
  hits: SearchHit[]
  /** Number of matching blocks (not versions). */
  total: number
  limit: number
  offset: number
  /**
   * Counts of blocks per facet value. Each facet is counted with all other filters applied but not its
   * own, so a user can see how many blocks another value of the same facet would add.
   */
  facets: Record<SearchFacet, FacetCount[]>
}

export const DEFAULT_SEARCH_LIMIT = 20
