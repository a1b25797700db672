import type { FullTextIndex, TextMatch } from '../core/fullTextIndex'
import { searchRowSelect } from '../core/searchRows'

/** The tsquery of the query words: every word as a prefix of a stem, all required. */
function queryOf(words: readonly string[]): string {
  // Words hold only letters and digits (see splitWords), so no tsquery operator can be injected.
  return words.map((word) => `${word}:*`).join(' & ')
}

/**
 * PostgreSQL stems with its own `german` configuration (the same Snowball algorithm as src/stemmer)
 * and drops German stopwords. Weights: A name; B bezeichnung and schlagwort; C legal bases and
 * Leistungsschlüssel; D definition and beschreibung.
 */
export const postgresFullText: FullTextIndex = {
  async write(ex, key, doc) {
    await ex.run(
      `UPDATE search_documents SET document =
         setweight(to_tsvector('german'::regconfig, ?::text), 'A') ||
         setweight(to_tsvector('german'::regconfig, ?::text), 'B') ||
         setweight(to_tsvector('german'::regconfig, ?::text), 'C') ||
         setweight(to_tsvector('german'::regconfig, ?::text), 'D')
       WHERE block_id = ? AND version = ?`,
      [
        doc.text.name,
        `${doc.text.bezeichnung} ${doc.text.schlagwort}`,
        `${doc.text.handlungsgrundlagen} ${doc.text.leistungsschluessel}`,
        doc.text.beschreibung,
        key.blockId,
        key.version,
      ]
    )
  },

  async remove() {
    // The tsvector lives in the search_documents row itself, which the caller deletes.
  },

  match(words): TextMatch | 'all' {
    const query = queryOf(words)
    return {
      // A query of stopwords only becomes an empty tsquery (numnode 0): then every document matches,
      // as in the SQLite adapter.
      sql: `SELECT d.block_id, d.version, ts_rank(d.document, q.query) AS score
            FROM search_documents d, to_tsquery('german'::regconfig, ?::text) AS q(query)
            WHERE numnode(q.query) = 0 OR d.document @@ q.query`,
      params: [query],
    }
  },

  // A head's tsvector is copied into its published_heads row, which has its own GIN index.
  head: {
    columns: [{ name: 'document', value: 'd.document' }],
    async remove() {},
    async write() {},
  },

  matchHeads(words, columns): TextMatch | 'all' {
    return {
      sql: `SELECT ${columns.map((c) => `h.${c}`).join(', ')}, ts_rank(h.document, q.query) AS score
            FROM published_heads h, to_tsquery('german'::regconfig, ?::text) AS q(query)
            WHERE numnode(q.query) = 0 OR h.document @@ q.query`,
      params: [queryOf(words)],
    }
  },

  // One pass for all facets: a grouping set per facet, and per set the number of its rows that pass
  // every other facet's filter. HAVING drops each set's NULL group (no value) and values with none.
  countFacets(source, facets) {
    const columns = facets.map((f) => f.column)
    const facet = `CASE ${facets.map((f) => `WHEN GROUPING(${f.column}) = 0 THEN '${f.facet}'`).join(' ')} END`
    const n = `CASE ${facets
      .map(
        (f) => `WHEN GROUPING(${f.column}) = 0 THEN COUNT(*) FILTER (WHERE failed IN (0, ${f.bit}))`
      )
      .join(' ')} END`
    const atMostOne = [0, ...facets.map((f) => f.bit)].join(', ')
    return `SELECT ${searchRowSelect({ kind: "'facet'", facet, value: `COALESCE(${columns.join(', ')})`, n })}
      FROM ${source} WHERE failed IN (${atMostOne})
      GROUP BY GROUPING SETS (${columns.map((c) => `(${c})`).join(', ')})
      HAVING COALESCE(${columns.join(', ')}) IS NOT NULL AND ${n} > 0`
  },
}
