import type { VersionKey } from '../model/inputs'
import type { SearchDocument } from '../search/searchDocument'
import type { SqlExecutor, SqlValue } from './sqlExecutor'

/** A subquery selecting `block_id, version, score` of the versions whose text matches. */
export interface TextMatch {
  sql: string
  params: SqlValue[]
}

/**
 * How an adapter keeps the full text of the published heads (src/core/publishedHeads.ts): extra
 * columns of the published_heads row, filled from the head's `block_versions v` and
 * `search_documents d` rows, and a separate index to keep in step, if the adapter has one.
 */
export interface HeadText {
  /** Extra columns of published_heads and their values, e.g. `doc_id` ← `d.id`. */
  columns: readonly { name: string; value: string }[]
  /** Removes the full-text entry of the block's head, before its published_heads row goes. */
  remove(ex: SqlExecutor, blockId: string): Promise<void>
  /** Writes the full-text entry of the block's head, after its published_heads row was written. */
  write(ex: SqlExecutor, blockId: string): Promise<void>
}

/**
 * A facet, the column that holds its value, and its bit in the source's column `failed`, which has
 * the bits of the facet filters a row does not pass.
 */
export interface FacetColumn {
  facet: string
  column: string
  bit: number
  /**
   * For a facet a row can have several values of (bundesland): when the row's `count` column is
   * above 1, `column` is NULL and its values are the row's search_terms of field `field`.
   */
  several?: { count: string; field: string }
}

/** The dialect-specific part of search: how text is indexed and matched, and how facets are counted. */
export interface FullTextIndex {
  /** Writes (or replaces) the full-text entry of a version; its search_documents row exists already. */
  write(ex: SqlExecutor, key: VersionKey, doc: SearchDocument): Promise<void>
  /** Removes the full-text entry of a version, before its search_documents row goes. */
  remove(ex: SqlExecutor, key: VersionKey): Promise<void>
  /** The match subquery for the query words, or `all` when no word is left to match (e.g. stopwords). */
  match(words: readonly string[]): TextMatch | 'all'
  head: HeadText
  /**
   * The match over published heads: a subquery selecting `columns` (of `published_heads h`) and
   * `score`, or `all` when no word is left to match.
   */
  matchHeads(words: readonly string[], columns: readonly string[]): TextMatch | 'all'
  /**
   * A SELECT counting, over the rows of `source`, each facet's non-null values among the rows that
   * pass the filters of all OTHER facets (so a user sees what another value of a filtered facet would
   * add; for a facet without a filter that is the result itself). Its rows fill the search
   * statement's columns `kind`, `facet`, `value` and `n` (searchRows.ts): either one row per facet
   * value (`kind` 'facet'), or one row of kind 'facets' with the facet names comma-separated in
   * `facet` and, in `value`, their counts in the same order as JSON (`[[[value, count], …], …]`).
   * With `headCandidates` 'inlined', that one row also carries in `n` the number of rows passing
   * every filter (the total) and counts the values of rows with `several` values too, so no branch
   * of its own reruns the match for either.
   */
  countFacets(source: string, facets: readonly FacetColumn[]): string
  /**
   * How the search over published heads reads its candidates (the heads matching the text): written
   * once to a temporary table that all parts of the statement read ('materialized'), or inlined into
   * each part, which then reruns the match ('inlined': on SQLite, writing ten thousand matches costs
   * more than matching again, and only the page needs their ranking; docs/benchmarks.md, Catalogue).
   */
  headCandidates: 'materialized' | 'inlined'
}
