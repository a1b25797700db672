import type { FullTextIndex, TextMatch } from '../core/fullTextIndex'
import { firstRow } from '../core/opsSupport'
import { germanQueryTerms, germanSearchTerms } from '../search/searchText'

/**
 * FTS5 has no German stemmer, so the store stems text itself (src/stemmer) before indexing, and stems
 * query words the same way. Column weights for bm25 follow the column order of search_fts:
 * name, bezeichnung, schlagwort, handlungsgrundlagen, leistungsschluessel, beschreibung.
 */
const BM25_WEIGHTS = '10.0, 5.0, 4.0, 2.0, 2.0, 1.0'
const FTS_COLUMNS =
  'name, bezeichnung, schlagwort, handlungsgrundlagen, leistungsschluessel, beschreibung'

/** The FTS5 expression of the query words, or null when only stopwords are left. */
function expressionOf(words: readonly string[]): string | null {
  const terms = germanQueryTerms(words)
  if (terms.length === 0) return null
  // Terms hold only letters and digits, so quoting them leaves no FTS5 syntax to inject. Each term
  // matches as a prefix of an indexed stem: "hund" finds "hundesteu" too, as in PostgreSQL (`:*`).
  return terms.map((term) => `"${term}"*`).join(' AND ')
}

export const sqliteFullText: FullTextIndex = {
  async write(ex, key, doc) {
    const row = await firstRow(
      ex,
      'SELECT id FROM search_documents WHERE block_id = ? AND version = ?',
      [key.blockId, key.version]
    )
    const id = Number(row?.id)
    await ex.run('DELETE FROM search_fts WHERE rowid = ?', [id])
    await ex.run(
      `INSERT INTO search_fts (rowid, name, bezeichnung, schlagwort, handlungsgrundlagen, leistungsschluessel, beschreibung)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        germanSearchTerms(doc.text.name),
        germanSearchTerms(doc.text.bezeichnung),
        germanSearchTerms(doc.text.schlagwort),
        germanSearchTerms(doc.text.handlungsgrundlagen),
        germanSearchTerms(doc.text.leistungsschluessel),
        germanSearchTerms(doc.text.beschreibung),
      ]
    )
  },

  async remove(ex, key) {
    await ex.run(
      'DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_documents WHERE block_id = ? AND version = ?)',
      [key.blockId, key.version]
    )
  },

  match(words): TextMatch | 'all' {
    const expression = expressionOf(words)
    if (expression === null) return 'all'
    return {
      sql: `SELECT d.block_id, d.version, -bm25(search_fts, ${BM25_WEIGHTS}) AS score
            FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid
            WHERE search_fts MATCH ?`,
      params: [expression],
    }
  },
  // published_fts holds the text of the published heads only (migration 003), copied from search_fts
  // (rowid = search_documents.id = published_heads.doc_id): published text never changes.
  head: {
    columns: [{ name: 'doc_id', value: 'd.id' }],
    async remove(ex, blockId) {
      await ex.run(
        'DELETE FROM published_fts WHERE rowid IN (SELECT doc_id FROM published_heads WHERE block_id = ?)',
        [blockId]
      )
    },
    async write(ex, blockId) {
      await ex.run(
        `INSERT INTO published_fts (rowid, ${FTS_COLUMNS})
         SELECT f.rowid, ${FTS_COLUMNS.split(', ')
           .map((c) => `f.${c}`)
           .join(', ')}
         FROM published_heads h JOIN search_fts f ON f.rowid = h.doc_id WHERE h.block_id = ?`,
        [blockId]
      )
    },
    key: 'doc_id',
    listOf: (expression) => `group_concat(${expression}, char(31))`,
  },

  matchHeads(words, columns): TextMatch | 'all' {
    const expression = expressionOf(words)
    if (expression === null) return 'all'
    // CROSS JOIN keeps the full-text match as the driving table; each match finds its head by rowid.
    return {
      sql: `SELECT ${columns.map((c) => `h.${c}`).join(', ')},
              -bm25(published_fts, ${BM25_WEIGHTS}) AS score
            FROM published_fts CROSS JOIN published_heads h
            WHERE published_fts MATCH ? AND h.doc_id = published_fts.rowid`,
      params: [expression],
    }
  },

  // published_fts holds exactly the heads, under their doc_id.
  matchHeadKeys(words): TextMatch | 'all' {
    const expression = expressionOf(words)
    if (expression === null) return 'all'
    return {
      sql: 'SELECT rowid AS head_key FROM published_fts WHERE published_fts MATCH ?',
      params: [expression],
    }
  },

  headCandidates: 'inlined',
}
