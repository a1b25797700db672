-- 008_collab_document_totals (PostgreSQL): the totals of each collaborative document's update log
-- (collab_updates, migration 005), so an append checks the size limit and picks its sequence number
-- from one row instead of aggregating the whole log (up to ~500 rows before compaction).
--
-- A row exists for every document with at least one stored update and says what its log holds:
-- last_seq = MAX(seq), stored_bytes = SUM(length(bytes)), stored_updates = COUNT(*). Every writer of
-- collab_updates (src/collab: appends and compaction) updates it in the same transaction while it
-- holds the document's lock (the version row's, see collabOps.ts); any later writer of
-- collab_updates must do the same. Deleting the draft deletes the row with its log.

CREATE TABLE collab_documents (
  block_id text NOT NULL,
  version text NOT NULL,
  last_seq bigint NOT NULL CHECK (last_seq >= 1),
  stored_bytes bigint NOT NULL CHECK (stored_bytes >= 1),
  stored_updates bigint NOT NULL CHECK (stored_updates >= 1),
  PRIMARY KEY (block_id, version),
  FOREIGN KEY (block_id, version) REFERENCES block_versions (block_id, version) ON DELETE CASCADE
);

-- The logs stored before this migration.
INSERT INTO collab_documents (block_id, version, last_seq, stored_bytes, stored_updates)
SELECT block_id, version, MAX(seq), SUM(length(bytes)), COUNT(*)
FROM collab_updates
GROUP BY block_id, version;
