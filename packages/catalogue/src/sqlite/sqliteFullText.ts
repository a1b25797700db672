import type { FacetColumn, FullTextIndex, TextMatch } from '../core/fullTextIndex'
import { firstRow } from '../core/opsSupport'
import { searchRowSelect } from '../core/searchRows'
import { MAX_COUNTED_FACETS, SQLITE_FACET_COUNTS } from './sqliteFacetCounts'
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

  headCandidates: 'inlined',

  countFacets(source, facets) {
    if (facets.length > MAX_COUNTED_FACETS) {
      throw new Error(`${SQLITE_FACET_COUNTS} counts at most ${MAX_COUNTED_FACETS} facets`)
    }
    const names = facets.map((f) => f.facet).join(',')
    // The function reads the Nth value's filter from bit N-1 of `failed`: renumber the bits if needed.
    const failed = facets.every((f, i) => f.bit === 2 ** i)
      ? 'failed'
      : facets
          .map((f, i) => `(CASE WHEN failed & ${f.bit} = 0 THEN 0 ELSE ${2 ** i} END)`)
          .join(' + ')
    const atMostOne = [0, ...facets.map((f) => f.bit)].join(', ')
    // A row's several values come as one BLOB (the function splits it; a value is never a BLOB).
    const valueOf = (f: FacetColumn) =>
      f.several === undefined
        ? f.column
        : `CASE WHEN ${f.several.count} > 1 THEN (SELECT CAST(group_concat(st.value, char(31)) AS BLOB)
            FROM search_terms st WHERE st.block_id = ${source}.block_id
            AND st.version = ${source}.version AND st.field = '${f.several.field}') ELSE ${f.column} END`
    const args = [failed, ...facets.map(valueOf)].join(', ')
    // n: the total (the rows failing no filter), counted in the same pass.
    return `SELECT ${searchRowSelect({ kind: "'facets'", facet: `'${names}'`, value: `${SQLITE_FACET_COUNTS}(${args})`, n: 'COUNT(CASE WHEN failed = 0 THEN 1 END)' })}
      FROM ${source} WHERE failed IN (${atMostOne})`
  },
}
