import type { FullTextIndex, TextMatch } from '../core/fullTextIndex'
import { firstRow } from '../core/opsSupport'
import { germanQueryTerms, germanSearchTerms } from '../search/searchText'

/**
 * FTS5 has no German stemmer, so the store stems text itself (src/stemmer) before indexing, and stems
 * query words the same way. Column weights for bm25 follow the column order of search_fts:
 * name, bezeichnung, schlagwort, handlungsgrundlagen, leistungsschluessel, beschreibung.
 */
const BM25_WEIGHTS = '10.0, 5.0, 4.0, 2.0, 2.0, 1.0'

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
    const terms = germanQueryTerms(words)
    if (terms.length === 0) return 'all'
    // Terms hold only letters and digits, so quoting them leaves no FTS5 syntax to inject. Each term
    // matches as a prefix of an indexed stem: "hund" finds "hundesteu" too, as in PostgreSQL (`:*`).
    const expression = terms.map((term) => `"${term}"*`).join(' AND ')
    return {
      sql: `SELECT d.block_id, d.version, -bm25(search_fts, ${BM25_WEIGHTS}) AS score
            FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid
            WHERE search_fts MATCH ?`,
      params: [expression],
    }
  },
}
