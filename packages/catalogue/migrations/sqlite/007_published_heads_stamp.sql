-- 007_published_heads_stamp (SQLite): a stamp of the published heads' current state, so a process can
-- keep the heads' facet values in memory and count facets there (docs/decisions/0012).
--
-- published_heads_stamp has one row. Every change of published_heads writes a new random stamp into
-- it in the same transaction (src/core/publishedHeads.ts), so a search, which reads the stamp in the
-- same statement as its matches, knows whether the facet values it holds in memory are those of the
-- heads it matched — also when another process changed the heads. Random rather than a counter: the
-- in-memory copies are kept per process, not per database, and two databases must never share a
-- stamp. Any later migration that changes published_heads must write a new stamp too.
-- The search lists the matching heads by published_heads.doc_id (= published_fts.rowid).

CREATE TABLE published_heads_stamp (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  stamp INTEGER NOT NULL
) STRICT;

-- 48 random bits, as the store writes them (a JavaScript number holds them exactly).
INSERT INTO published_heads_stamp (id, stamp) VALUES (1, abs(random()) % 281474976710656);
