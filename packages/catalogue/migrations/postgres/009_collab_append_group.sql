-- 009_collab_append_group (PostgreSQL): a group of collaborative-document appends in ONE statement.
--
-- The collaboration hub appends the updates of many documents in groups (src/collab/
-- collabGroupCommit.ts). Written as a transaction from the server, a group took five round trips
-- (BEGIN, lock the version rows, read the log totals, insert with the totals' upsert, COMMIT), each
-- a wake-up of this backend and of the server's event loop, while the documents' locks were held.
-- This function does the same work in one call, so a group is one round trip and, called outside a
-- transaction, its own short transaction (src/collab/collabAppendStatement.ts).
--
-- It decides every append exactly as the TypeScript plan does for SQLite (collabGroupPlan.ts), in
-- input order, against the documents as they stand once locked: an unknown version is 'missing',
-- a version not in state 'entwurf' is 'frozen', an update that would make the log (with the
-- group's earlier accepted updates to it) exceed its own limit is 'too_large'; the others get the
-- next sequence numbers and report the log right after them. Refusals store nothing; the shared
-- store contract tests hold both dialects to the same outcomes.
--
-- inputs: a JSON array, one [block_id, version, update size in bytes, max document bytes] per
-- append; updates: the appends' bytes one after another, in that order.
--
-- Locking as in src/collab/collabDocuments.ts: the version rows FOR NO KEY UPDATE in byte-wise
-- order (the same order in every writer, so groups that share documents cannot deadlock), then the
-- totals by a statement of their own — a VOLATILE function takes a new snapshot per statement, so
-- it sees what a writer it waited for committed.

CREATE FUNCTION collab_append_group(inputs jsonb, updates bytea, appended_at timestamptz)
RETURNS TABLE (
  append_index integer,
  outcome text,
  document_state text,
  append_seq bigint,
  log_bytes bigint,
  log_updates bigint
)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  documents jsonb;
  document jsonb;
  touched text[] := '{}';
  document_key text;
  item jsonb;
  item_index bigint;
  update_size bigint;
  update_offset integer := 1;
  new_block_ids text[] := '{}';
  new_versions text[] := '{}';
  new_seqs bigint[] := '{}';
  new_bytes bytea[] := '{}';
BEGIN
  PERFORM 1 FROM block_versions v
  WHERE (v.block_id, v.version) IN (SELECT e ->> 0, e ->> 1 FROM jsonb_array_elements(inputs) e)
  ORDER BY v.block_id COLLATE "C", v.version COLLATE "C"
  FOR NO KEY UPDATE OF v;

  SELECT coalesce(jsonb_object_agg(
           jsonb_build_array(v.block_id, v.version)::text,
           jsonb_build_object(
             'block_id', v.block_id, 'version', v.version, 'state', v.state,
             'last_seq', coalesce(d.last_seq, 0),
             'stored_bytes', coalesce(d.stored_bytes, 0),
             'stored_updates', coalesce(d.stored_updates, 0))), '{}'::jsonb)
  INTO documents
  FROM block_versions v
  LEFT JOIN collab_documents d ON d.block_id = v.block_id AND d.version = v.version
  WHERE (v.block_id, v.version) IN (SELECT e ->> 0, e ->> 1 FROM jsonb_array_elements(inputs) e);

  FOR item, item_index IN SELECT e, i FROM jsonb_array_elements(inputs) WITH ORDINALITY AS a(e, i)
  ORDER BY i LOOP
    document_key := jsonb_build_array(item ->> 0, item ->> 1)::text;
    document := documents -> document_key;
    update_size := (item ->> 2)::bigint;
    append_index := item_index - 1;
    document_state := document ->> 'state';
    append_seq := NULL;
    log_bytes := NULL;
    log_updates := NULL;
    IF document IS NULL THEN
      outcome := 'missing';
    ELSIF document ->> 'state' <> 'entwurf' THEN
      outcome := 'frozen';
    ELSIF (document ->> 'stored_bytes')::bigint + update_size > (item ->> 3)::bigint THEN
      outcome := 'too_large';
      log_bytes := (document ->> 'stored_bytes')::bigint;
    ELSE
      outcome := 'stored';
      append_seq := (document ->> 'last_seq')::bigint + 1;
      log_bytes := (document ->> 'stored_bytes')::bigint + update_size;
      log_updates := (document ->> 'stored_updates')::bigint + 1;
      documents := jsonb_set(documents, ARRAY[document_key], document
        || jsonb_build_object('last_seq', append_seq, 'stored_bytes', log_bytes,
                              'stored_updates', log_updates));
      IF NOT document_key = ANY (touched) THEN
        touched := touched || document_key;
      END IF;
      new_block_ids := new_block_ids || (item ->> 0);
      new_versions := new_versions || (item ->> 1);
      new_seqs := new_seqs || append_seq;
      new_bytes := new_bytes || substring(updates FROM update_offset FOR update_size::integer);
    END IF;
    update_offset := update_offset + update_size::integer;
    RETURN NEXT;
  END LOOP;

  IF cardinality(new_seqs) = 0 THEN
    RETURN;
  END IF;
  INSERT INTO collab_updates (block_id, version, seq, bytes, created_at)
  SELECT r.block_id, r.version, r.seq, r.bytes, appended_at
  FROM unnest(new_block_ids, new_versions, new_seqs, new_bytes) AS r(block_id, version, seq, bytes);
  INSERT INTO collab_documents (block_id, version, last_seq, stored_bytes, stored_updates)
  SELECT t.doc ->> 'block_id', t.doc ->> 'version', (t.doc ->> 'last_seq')::bigint,
         (t.doc ->> 'stored_bytes')::bigint, (t.doc ->> 'stored_updates')::bigint
  FROM jsonb_each(documents) AS t(document_key, doc)
  WHERE t.document_key = ANY (touched)
  ON CONFLICT (block_id, version) DO UPDATE SET last_seq = excluded.last_seq,
    stored_bytes = excluded.stored_bytes, stored_updates = excluded.stored_updates;
END;
$$;
