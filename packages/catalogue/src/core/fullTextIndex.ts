import type { VersionKey } from '../model/inputs'
import type { SearchDocument } from '../search/searchDocument'
import type { SqlExecutor, SqlValue } from './sqlExecutor'

/** A subquery selecting `block_id, version, score` of the versions whose text matches. */
export interface TextMatch {
  sql: string
  params: SqlValue[]
}

/** The dialect-specific part of search: how text is indexed and matched. */
export interface FullTextIndex {
  /** Writes (or replaces) the full-text entry of a version; its search_documents row exists already. */
  write(ex: SqlExecutor, key: VersionKey, doc: SearchDocument): Promise<void>
  /** Removes the full-text entry of a version, before its search_documents row goes. */
  remove(ex: SqlExecutor, key: VersionKey): Promise<void>
  /** The match subquery for the query words, or `all` when no word is left to match (e.g. stopwords). */
  match(words: readonly string[]): TextMatch | 'all'
}
