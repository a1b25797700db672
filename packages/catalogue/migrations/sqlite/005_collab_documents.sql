-- 005_collab_documents (SQLite): the collaborative document of a draft, stored as its log of Yjs
-- updates in append order (docs/collaboration.md § Durability). A document belongs to one version:
-- deleting the draft deletes its log (ON DELETE CASCADE); once the version leaves `entwurf` the store
-- refuses further updates, so the log of a submitted or published version is frozen but still
-- readable. Compaction replaces the first n rows by one row holding their merged state, in one
-- transaction, at the sequence number of the last row it replaces, so later rows keep their order.

CREATE TABLE collab_updates (
  block_id TEXT NOT NULL,
  version TEXT NOT NULL,
  seq INTEGER NOT NULL CHECK (seq >= 1),
  bytes BLOB NOT NULL CHECK (length(bytes) >= 1),
  created_at TEXT NOT NULL,
  PRIMARY KEY (block_id, version, seq),
  FOREIGN KEY (block_id, version) REFERENCES block_versions (block_id, version) ON DELETE CASCADE
) STRICT;
