import type { FullTextIndex, TextMatch } from '../core/fullTextIndex'

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
    // Words hold only letters and digits (see splitWords), so no tsquery operator can be injected.
    const query = words.map((word) => `${word}:*`).join(' & ')
    return {
      // A query of stopwords only becomes an empty tsquery (numnode 0): then every document matches,
      // as in the SQLite adapter.
      sql: `SELECT d.block_id, d.version, ts_rank(d.document, q.query) AS score
            FROM search_documents d, to_tsquery('german'::regconfig, ?::text) AS q(query)
            WHERE numnode(q.query) = 0 OR d.document @@ q.query`,
      params: [query],
    }
  },
}
