-- 002_search_indexes (SQLite): covering indexes for search (see docs/benchmarks.md, Catalogue).
-- A block_versions row carries its metadata JSON (several KB, mostly in overflow pages), so every row
-- lookup costs a page read, and reading a column stored after it (updated_at) follows the overflow
-- chain. At 10,000 blocks that made finding each block's latest visible version cost ~100 ms per
-- search. With these two indexes the search reads state, semver and last change from the index alone:
-- by state (all visible versions; "is there a newer visible version of this block?") and by key (the
-- versions a full-text match found). The first replaces block_versions_by_state, its prefix.

CREATE INDEX block_versions_search_by_state
  ON block_versions (state, block_id, major, minor, patch, version, updated_at);

CREATE INDEX block_versions_search_by_key
  ON block_versions (block_id, version, state, major, minor, patch, updated_at);

DROP INDEX block_versions_by_state;
