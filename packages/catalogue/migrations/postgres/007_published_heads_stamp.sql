-- 007_published_heads_stamp (PostgreSQL): a stamp of the published heads' current state, so a process
-- can keep the heads' facet values in memory and count facets there (docs/decisions/0012), and an
-- integer key per head for the search to list its matches by.
--
-- published_heads_stamp has one row. Every change of published_heads writes a new random stamp into
-- it in the same transaction (src/core/publishedHeads.ts), so a search, which reads the stamp in the
-- same statement (one snapshot) as its matches, knows whether the facet values it holds in memory are
-- those of the heads it matched — also when another instance changed the heads. Random rather than a
-- counter: the in-memory copies are kept per process, not per database, and two databases must never
-- share a stamp. Any later migration that changes published_heads must write a new stamp too.
-- head_id: SQLite lists matching heads by doc_id (its FTS rowid); PostgreSQL needs a key of its own.
-- A head's row is written anew when it changes (publishedHeads.ts), so it gets a new head_id; either
-- way the stamp changes with it.

CREATE TABLE published_heads_stamp (
  id integer PRIMARY KEY CHECK (id = 1),
  stamp bigint NOT NULL
);

-- 48 random bits, as the store writes them (a JavaScript number holds them exactly).
INSERT INTO published_heads_stamp (id, stamp) VALUES (1, floor(random() * 281474976710656)::bigint);

ALTER TABLE published_heads ADD COLUMN head_id integer GENERATED ALWAYS AS IDENTITY;
