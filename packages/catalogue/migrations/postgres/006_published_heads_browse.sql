-- 006_published_heads_browse (PostgreSQL): a covering index for the search over published heads
-- without text (browsing the catalogue, by name). published_heads keeps each head's tsvector inline,
-- so its heap is ~4,000 pages for 10,000 heads and a browse read all of them; the columns a search
-- reads besides the tsvector fit into this index, so a browse becomes an index-only scan (~260 pages).
-- Measured on the benchmark catalogue (docs/benchmarks.md, Catalogue): browse by name 24 -> 20 ms,
-- at offset 5,000 31 -> 23 ms. Searches with text still read the heap (ts_rank needs the tsvector).
-- The columns are searchHeadsSql's HEAD_COLUMNS; keep them in step.

CREATE INDEX published_heads_browse ON published_heads (name_sort, block_id)
  INCLUDE (version, organisation_id, bausteinart, einsatzbereich, themenfeld, bundesland,
    bundesland_count, updated_at);
