-- 001_initial (PostgreSQL): the catalogue schema. The migration runner applies this file inside one
-- transaction, in the schema chosen at open (search_path), and records it in schema_migrations.
-- Never edit an applied migration; add a new file. Vocabularies repeat src/model/vocabulary.ts.

CREATE TABLE organisations (
  id text PRIMARY KEY CHECK (char_length(id) BETWEEN 1 AND 64),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('land', 'kommune', 'it_dienstleister', 'koordinierungsstelle')),
  bundesland text CHECK (bundesland IS NULL OR bundesland ~ '^[0-9]{2}$'),
  created_at timestamptz NOT NULL
);

CREATE TABLE users (
  id text PRIMARY KEY,
  display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 200),
  email text UNIQUE CHECK (email IS NULL OR email = lower(email)),
  created_at timestamptz NOT NULL,
  disabled_at timestamptz
);

CREATE TABLE local_accounts (
  user_id text PRIMARY KEY REFERENCES users (id),
  username text NOT NULL UNIQUE CHECK (char_length(username) BETWEEN 1 AND 100 AND username = lower(username)),
  password_hash text NOT NULL CHECK (char_length(password_hash) > 0),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE memberships (
  user_id text NOT NULL REFERENCES users (id),
  organisation_id text NOT NULL REFERENCES organisations (id),
  role text NOT NULL CHECK (role IN ('modellierer', 'kurator', 'it_dienstleister', 'admin')),
  granted_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, organisation_id, role)
);
CREATE INDEX memberships_by_organisation ON memberships (organisation_id);

-- Only hashes of secrets are stored: a copy of this database does not let anyone sign in.
CREATE TABLE sessions (
  id_hash text PRIMARY KEY CHECK (id_hash ~ '^[0-9a-f]{64}$'),
  user_id text NOT NULL REFERENCES users (id),
  csrf_token_hash text NOT NULL CHECK (csrf_token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE api_tokens (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL,
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz
);
-- A user's live tokens have distinct names; revoking a token frees its name.
CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (user_id, name) WHERE revoked_at IS NULL;

CREATE TABLE blocks (
  id text PRIMARY KEY CHECK (id LIKE 'urn:%' AND char_length(id) <= 200),
  organisation_id text NOT NULL REFERENCES organisations (id),
  created_at timestamptz NOT NULL,
  created_by text REFERENCES users (id)
);
CREATE INDEX blocks_by_organisation ON blocks (organisation_id);

CREATE TABLE block_versions (
  block_id text NOT NULL REFERENCES blocks (id),
  version text NOT NULL,
  major integer NOT NULL CHECK (major >= 0),
  minor integer NOT NULL CHECK (minor >= 0),
  patch integer NOT NULL CHECK (patch >= 0),
  state text NOT NULL CHECK (state IN ('entwurf', 'in_pruefung', 'veroeffentlicht', 'abgekuendigt')),
  revision integer NOT NULL CHECK (revision >= 1),
  metadata jsonb NOT NULL CHECK (jsonb_typeof(metadata) = 'object'),
  content_hash text CHECK (content_hash IS NULL OR content_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL,
  created_by text REFERENCES users (id),
  updated_at timestamptz NOT NULL,
  state_changed_at timestamptz NOT NULL,
  published_at timestamptz,
  PRIMARY KEY (block_id, version),
  CHECK (version = major || '.' || minor || '.' || patch),
  CHECK (state NOT IN ('veroeffentlicht', 'abgekuendigt') OR (content_hash IS NOT NULL AND published_at IS NOT NULL))
);
CREATE INDEX block_versions_by_state ON block_versions (state, block_id);

CREATE TABLE version_files (
  block_id text NOT NULL,
  version text NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  media_type text NOT NULL CHECK (char_length(media_type) BETWEEN 1 AND 200),
  size integer NOT NULL CHECK (size = octet_length(bytes)),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bytea NOT NULL,
  PRIMARY KEY (block_id, version, name),
  FOREIGN KEY (block_id, version) REFERENCES block_versions (block_id, version)
);

-- Every state change, including a curator's rejection with its reason. Append-only.
CREATE TABLE version_review_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  block_id text NOT NULL REFERENCES blocks (id),
  version text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('eingereicht', 'zurueckgezogen', 'zurueckgewiesen', 'veroeffentlicht', 'abgekuendigt', 'importiert')),
  from_state text NOT NULL CHECK (from_state IN ('entwurf', 'in_pruefung', 'veroeffentlicht', 'abgekuendigt')),
  to_state text NOT NULL CHECK (to_state IN ('entwurf', 'in_pruefung', 'veroeffentlicht', 'abgekuendigt')),
  reason text CHECK (reason IS NULL OR char_length(reason) <= 5000),
  actor_id text REFERENCES users (id),
  at timestamptz NOT NULL,
  CHECK (kind <> 'zurueckgewiesen' OR (reason IS NOT NULL AND char_length(trim(reason)) > 0))
);
CREATE INDEX version_review_events_by_version ON version_review_events (block_id, version, id);

CREATE TABLE version_references (
  block_id text NOT NULL,
  version text NOT NULL,
  target_block_id text NOT NULL CHECK (target_block_id LIKE 'urn:%'),
  version_range text NOT NULL CHECK (char_length(version_range) BETWEEN 1 AND 100),
  resolved_version text,
  PRIMARY KEY (block_id, version, target_block_id),
  FOREIGN KEY (block_id, version) REFERENCES block_versions (block_id, version),
  FOREIGN KEY (target_block_id, resolved_version) REFERENCES block_versions (block_id, version)
);
CREATE INDEX version_references_by_target ON version_references (target_block_id);

CREATE TABLE block_relations (
  block_id text NOT NULL REFERENCES blocks (id),
  predicate text NOT NULL CHECK (predicate IN ('ABL', 'ERS', 'EQU')),
  target_block_id text NOT NULL REFERENCES blocks (id),
  target_version text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (block_id, predicate, target_block_id),
  FOREIGN KEY (target_block_id, target_version) REFERENCES block_versions (block_id, version),
  CHECK (block_id <> target_block_id)
);
-- A variant is derived from exactly one origin.
CREATE UNIQUE INDEX block_relations_one_origin ON block_relations (block_id) WHERE predicate = 'ABL';
CREATE INDEX block_relations_by_target ON block_relations (target_block_id, predicate);

CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id text REFERENCES users (id),
  action text NOT NULL CHECK (char_length(action) BETWEEN 1 AND 100),
  block_id text REFERENCES blocks (id),
  version text,
  details jsonb NOT NULL CHECK (jsonb_typeof(details) = 'object')
);
CREATE INDEX audit_log_by_block ON audit_log (block_id, id);

CREATE TABLE meta (
  key text PRIMARY KEY CHECK (char_length(key) BETWEEN 1 AND 200),
  value text NOT NULL,
  updated_at timestamptz NOT NULL
);

-- Search index, derived from versions' metadata by the store (src/search/searchDocument.ts).
-- name_sort and facet values compare byte-wise (COLLATE "C"), as in SQLite, so both sort alike.
CREATE TABLE search_documents (
  block_id text NOT NULL,
  version text NOT NULL,
  name text NOT NULL,
  bezeichnung text,
  name_sort text COLLATE "C" NOT NULL,
  document tsvector NOT NULL DEFAULT ''::tsvector,
  PRIMARY KEY (block_id, version),
  FOREIGN KEY (block_id, version) REFERENCES block_versions (block_id, version)
);
CREATE INDEX search_documents_document ON search_documents USING gin (document);

CREATE TABLE search_terms (
  block_id text NOT NULL,
  version text NOT NULL,
  field text NOT NULL,
  value text COLLATE "C" NOT NULL,
  PRIMARY KEY (block_id, version, field, value),
  FOREIGN KEY (block_id, version) REFERENCES block_versions (block_id, version)
);
CREATE INDEX search_terms_by_value ON search_terms (field, value);

-- Defence in depth: whatever code writes to this database, a published version's content stays as
-- published. Only its state (veroeffentlicht <-> abgekuendigt) and state_changed_at may change.
-- SQLSTATE BP001 lets the adapter recognise the refusal.
CREATE FUNCTION bauplan_published_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     OR NEW.state NOT IN ('veroeffentlicht', 'abgekuendigt')
     OR (NEW.block_id, NEW.version, NEW.major, NEW.minor, NEW.patch, NEW.revision, NEW.metadata,
         NEW.content_hash, NEW.published_at, NEW.created_at, NEW.created_by, NEW.updated_at)
        IS DISTINCT FROM
        (OLD.block_id, OLD.version, OLD.major, OLD.minor, OLD.patch, OLD.revision, OLD.metadata,
         OLD.content_hash, OLD.published_at, OLD.created_at, OLD.created_by, OLD.updated_at) THEN
    RAISE EXCEPTION 'bauplan.version_immutable: % %', OLD.block_id, OLD.version USING ERRCODE = 'BP001';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER block_versions_published_frozen
BEFORE UPDATE OR DELETE ON block_versions
FOR EACH ROW WHEN (OLD.state IN ('veroeffentlicht', 'abgekuendigt'))
EXECUTE FUNCTION bauplan_published_version_frozen();

-- Files and references belong to a version's content. The parent row is read FOR SHARE so that a
-- concurrent publish waits for this change (and the other way round).
CREATE FUNCTION bauplan_published_part_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_state text;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT state INTO parent_state FROM block_versions
      WHERE block_id = OLD.block_id AND version = OLD.version FOR SHARE;
    IF parent_state IN ('veroeffentlicht', 'abgekuendigt') THEN
      RAISE EXCEPTION 'bauplan.version_immutable: % %', OLD.block_id, OLD.version USING ERRCODE = 'BP001';
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT state INTO parent_state FROM block_versions
      WHERE block_id = NEW.block_id AND version = NEW.version FOR SHARE;
    IF parent_state IN ('veroeffentlicht', 'abgekuendigt') THEN
      RAISE EXCEPTION 'bauplan.version_immutable: % %', NEW.block_id, NEW.version USING ERRCODE = 'BP001';
    END IF;
    RETURN NEW;
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER version_files_published_frozen
BEFORE INSERT OR UPDATE OR DELETE ON version_files
FOR EACH ROW EXECUTE FUNCTION bauplan_published_part_frozen();

CREATE TRIGGER version_references_published_frozen
BEFORE INSERT OR UPDATE OR DELETE ON version_references
FOR EACH ROW EXECUTE FUNCTION bauplan_published_part_frozen();

-- Histories are append-only (SQLSTATE BP002).
CREATE FUNCTION bauplan_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'bauplan.append_only: %', TG_TABLE_NAME USING ERRCODE = 'BP002';
END
$$;

CREATE TRIGGER version_review_events_append_only
BEFORE UPDATE OR DELETE ON version_review_events
FOR EACH ROW EXECUTE FUNCTION bauplan_append_only();

CREATE TRIGGER audit_log_append_only
BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION bauplan_append_only();
