-- 002_search_indexes (PostgreSQL): covering indexes for search (see docs/benchmarks.md, Catalogue).
-- The search finds each block's latest visible version ("is there a newer visible version of this
-- block?") and reads its state, semver and last change. With these two indexes that is an index-only
-- scan (once autovacuum has set the visibility map) instead of a heap fetch per version: by state for
-- the visible versions, by key for the versions a full-text match found. The first replaces
-- block_versions_by_state, its prefix. Same index names as in SQLite.

CREATE INDEX block_versions_search_by_state
  ON block_versions (state, block_id, major, minor, patch) INCLUDE (version, updated_at);

CREATE INDEX block_versions_search_by_key
  ON block_versions (block_id, version) INCLUDE (state, major, minor, patch, updated_at);

DROP INDEX block_versions_by_state;
