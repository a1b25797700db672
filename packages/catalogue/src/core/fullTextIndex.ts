import type { VersionKey } from '../model/inputs'
import type { SearchDocument } from '../search/searchDocument'
import type { SqlExecutor, SqlValue } from './sqlExecutor'

/** Separates the values of HeadText.listOf (U+001F, unit separator: in no key or facet value). */
export const LIST_SEPARATOR = '\u001f'

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
  /**
   * The integer column of published_heads by which a search lists its matching heads (their facet
   * values are counted in the process, see searchFacetIndex.ts).
   */
  key: string
  /**
   * An aggregate expression listing the text of `expression` over a query's rows, separated by
   * LIST_SEPARATOR (NULL when there are no rows). Every list in one SELECT follows the same row order.
   */
  listOf(expression: string): string
}

/** The dialect-specific part of search: how text is indexed and matched. */
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
   * Optional: a subquery selecting, as `head_key`, the HeadText.key of the heads matching the words
   * (no ranking, no other columns), if the adapter has one cheaper than the candidates of matchHeads
   * (SQLite: the full-text rowids are the keys, so no join with published_heads is needed).
   */
  matchHeadKeys?(words: readonly string[]): TextMatch | 'all'
  /**
   * How the search over published heads reads its candidates (the heads matching the text) when both
   * parts of the statement (the page and the list of keys) read them: written once to a temporary
   * table ('materialized'), or inlined into each, which then reruns the match ('inlined': on SQLite,
   * writing ten thousand matches costs more than matching again, and only the page needs their
   * ranking; docs/benchmarks.md, Catalogue).
   */
  headCandidates: 'materialized' | 'inlined'
}
