import type { FullTextIndex, TextMatch } from '../core/fullTextIndex'

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
    key: 'head_id',
    listOf: (expression) => `string_agg((${expression})::text, chr(31))`,
  },

  // Two branches instead of `numnode(q) = 0 OR document @@ q`: an OR with the stopword case would
  // keep PostgreSQL from using the GIN index, so every head's tsvector would be read for rare words.
  matchHeads(words, columns): TextMatch | 'all' {
    const select = `SELECT ${columns.map((c) => `h.${c}`).join(', ')}, ts_rank(h.document, q.query) AS score
      FROM published_heads h, (SELECT to_tsquery('german'::regconfig, ?::text) AS query) q`
    const query = queryOf(words)
    return {
      sql: `${select} WHERE h.document @@ q.query
            UNION ALL
            ${select} WHERE numnode(q.query) = 0`,
      params: [query, query],
    }
  },

  // Matched and ranked once for all parts of the statement (inlining was measured on SQLite only).
  headCandidates: 'materialized',
}
