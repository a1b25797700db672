-- 001_initial (SQLite): the catalogue schema. The migration runner applies this file inside one
-- transaction and records it in schema_migrations. Never edit an applied migration; add a new file.
-- Vocabularies in CHECK constraints repeat src/model/vocabulary.ts.

CREATE TABLE organisations (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind TEXT NOT NULL CHECK (kind IN ('land', 'kommune', 'it_dienstleister', 'koordinierungsstelle')),
  bundesland TEXT CHECK (bundesland IS NULL OR (length(bundesland) = 2 AND bundesland GLOB '[0-9][0-9]')),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  email TEXT UNIQUE CHECK (email IS NULL OR email = lower(email)),
  created_at TEXT NOT NULL,
  disabled_at TEXT
) STRICT;

CREATE TABLE local_accounts (
  user_id TEXT PRIMARY KEY REFERENCES users (id),
  username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 100 AND username = lower(username)),
  password_hash TEXT NOT NULL CHECK (length(password_hash) > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE memberships (
  user_id TEXT NOT NULL REFERENCES users (id),
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  role TEXT NOT NULL CHECK (role IN ('modellierer', 'kurator', 'it_dienstleister', 'admin')),
  granted_at TEXT NOT NULL,
  PRIMARY KEY (user_id, organisation_id, role)
) STRICT;
CREATE INDEX memberships_by_organisation ON memberships (organisation_id);

-- Only hashes of secrets are stored: a copy of this database does not let anyone sign in.
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY CHECK (length(id_hash) = 64),
  user_id TEXT NOT NULL REFERENCES users (id),
  csrf_token_hash TEXT NOT NULL CHECK (length(csrf_token_hash) = 64),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
  created_at TEXT NOT NULL,
  expires_at TEXT,
  last_used_at TEXT,
  revoked_at TEXT
) STRICT;
-- A user's live tokens have distinct names; revoking a token frees its name.
CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (user_id, name) WHERE revoked_at IS NULL;

CREATE TABLE blocks (
  id TEXT PRIMARY KEY CHECK (id LIKE 'urn:%' AND length(id) <= 200),
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES users (id)
) STRICT;
CREATE INDEX blocks_by_organisation ON blocks (organisation_id);

CREATE TABLE block_versions (
  block_id TEXT NOT NULL REFERENCES blocks (id),
  version TEXT NOT NULL,
  major INTEGER NOT NULL CHECK (major >= 0),
  minor INTEGER NOT NULL CHECK (minor >= 0),
  patch INTEGER NOT NULL CHECK (patch >= 0),
  state TEXT NOT NULL CHECK (state IN ('entwurf', 'in_pruefung', 'veroeffentlicht', 'abgekuendigt')),
  revision INTEGER NOT NULL CHECK (revision >= 1),
  metadata TEXT NOT NULL CHECK (json_valid(metadata) AND json_type(metadata) = 'object'),
  content_hash TEXT CHECK (content_hash IS NULL OR length(content_hash) = 64),
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES users (id),
  updated_at TEXT NOT NULL,
  state_changed_at TEXT NOT NULL,
  published_at TEXT,
  PRIMARY KEY (block_id, version),
  CHECK (version = major || '.' || minor || '.' || patch),
  CHECK (state NOT IN ('veroeffentlicht', 'abgekuendigt') OR (content_hash IS NOT NULL AND published_at IS NOT NULL))
) STRICT;
CREATE INDEX block_versions_by_state ON block_versions (state, block_id);

CREATE TABLE version_files (
  block_id TEXT NOT NULL,
  version TEXT NOT NULL,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  media_type TEXT NOT NULL CHECK (length(media_type) BETWEEN 1 AND 200),
  size INTEGER NOT NULL CHECK (size = length(bytes)),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  bytes BLOB NOT NULL,
  PRIMARY KEY (block_id, version, name),
  FOREIGN KEY (block_id, version) REFERENCES block_versions (block_id, version)
) STRICT;

-- Every state change, including a curator's rejection with its reason. Append-only.
CREATE TABLE version_review_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  block_id TEXT NOT NULL REFERENCES blocks (id),
  version TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('eingereicht', 'zurueckgezogen', 'zurueckgewiesen', 'veroeffentlicht', 'abgekuendigt', 'importiert')),
  from_state TEXT NOT NULL CHECK (from_state IN ('entwurf', 'in_pruefung', 'veroeffentlicht', 'abgekuendigt')),
  to_state TEXT NOT NULL CHECK (to_state IN ('entwurf', 'in_pruefung', 'veroeffentlicht', 'abgekuendigt')),
  reason TEXT CHECK (reason IS NULL OR length(reason) <= 5000),
  actor_id TEXT REFERENCES users (id),
  at TEXT NOT NULL,
  CHECK (kind <> 'zurueckgewiesen' OR (reason IS NOT NULL AND length(trim(reason)) > 0))
) STRICT;
CREATE INDEX version_review_events_by_version ON version_review_events (block_id, version, id);

CREATE TABLE version_references (
  block_id TEXT NOT NULL,
  version TEXT NOT NULL,
  target_block_id TEXT NOT NULL CHECK (target_block_id LIKE 'urn:%'),
  version_range TEXT NOT NULL CHECK (length(version_range) BETWEEN 1 AND 100),
  resolved_version TEXT,
  PRIMARY KEY (block_id, version, target_block_id),
  FOREIGN KEY (block_id, version) REFERENCES block_versions (block_id, version),
  FOREIGN KEY (target_block_id, resolved_version) REFERENCES block_versions (block_id, version)
) STRICT;
CREATE INDEX version_references_by_target ON version_references (target_block_id);

CREATE TABLE block_relations (
  block_id TEXT NOT NULL REFERENCES blocks (id),
  predicate TEXT NOT NULL CHECK (predicate IN ('ABL', 'ERS', 'EQU')),
  target_block_id TEXT NOT NULL REFERENCES blocks (id),
  target_version TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (block_id, predicate, target_block_id),
  FOREIGN KEY (target_block_id, target_version) REFERENCES block_versions (block_id, version),
  CHECK (block_id <> target_block_id)
) STRICT;
-- A variant is derived from exactly one origin.
CREATE UNIQUE INDEX block_relations_one_origin ON block_relations (block_id) WHERE predicate = 'ABL';
CREATE INDEX block_relations_by_target ON block_relations (target_block_id, predicate);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor_id TEXT REFERENCES users (id),
  action TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
  block_id TEXT REFERENCES blocks (id),
  version TEXT,
  details TEXT NOT NULL CHECK (json_valid(details) AND json_type(details) = 'object')
) STRICT;
CREATE INDEX audit_log_by_block ON audit_log (block_id, id);

CREATE TABLE meta (
  key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Search index, derived from versions' metadata by the store (src/search/searchDocument.ts).
CREATE TABLE search_documents (
  id INTEGER PRIMARY KEY,
  block_id TEXT NOT NULL,
  version TEXT NOT NULL,
  name TEXT NOT NULL,
  bezeichnung TEXT,
  name_sort TEXT NOT NULL,
  UNIQUE (block_id, version),
  FOREIGN KEY (block_id, version) REFERENCES block_versions (block_id, version)
) STRICT;

CREATE TABLE search_terms (
  block_id TEXT NOT NULL,
  version TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (block_id, version, field, value),
  FOREIGN KEY (block_id, version) REFERENCES block_versions (block_id, version)
) STRICT;
CREATE INDEX search_terms_by_value ON search_terms (field, value);

-- Holds German-stemmed text (src/search/searchText.ts); rowid = search_documents.id.
CREATE VIRTUAL TABLE search_fts USING fts5 (
  name, bezeichnung, schlagwort, handlungsgrundlagen, leistungsschluessel, beschreibung,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Defence in depth: whatever code writes to this database, a published version's content stays as
-- published. Only its state (veroeffentlicht <-> abgekuendigt) and state_changed_at may change.
CREATE TRIGGER block_versions_published_frozen
BEFORE UPDATE ON block_versions
WHEN OLD.state IN ('veroeffentlicht', 'abgekuendigt') AND (
  NEW.state NOT IN ('veroeffentlicht', 'abgekuendigt')
  OR NEW.block_id IS NOT OLD.block_id OR NEW.version IS NOT OLD.version
  OR NEW.major IS NOT OLD.major OR NEW.minor IS NOT OLD.minor OR NEW.patch IS NOT OLD.patch
  OR NEW.revision IS NOT OLD.revision OR NEW.metadata IS NOT OLD.metadata
  OR NEW.content_hash IS NOT OLD.content_hash OR NEW.published_at IS NOT OLD.published_at
  OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
  OR NEW.updated_at IS NOT OLD.updated_at)
BEGIN
  SELECT RAISE(ABORT, 'bauplan.version_immutable');
END;

CREATE TRIGGER block_versions_published_kept
BEFORE DELETE ON block_versions
WHEN OLD.state IN ('veroeffentlicht', 'abgekuendigt')
BEGIN
  SELECT RAISE(ABORT, 'bauplan.version_immutable');
END;

CREATE TRIGGER version_files_published_insert
BEFORE INSERT ON version_files
WHEN (SELECT state FROM block_versions WHERE block_id = NEW.block_id AND version = NEW.version)
  IN ('veroeffentlicht', 'abgekuendigt')
BEGIN
  SELECT RAISE(ABORT, 'bauplan.version_immutable');
END;

CREATE TRIGGER version_files_published_update
BEFORE UPDATE ON version_files
WHEN (SELECT state FROM block_versions WHERE block_id = OLD.block_id AND version = OLD.version)
  IN ('veroeffentlicht', 'abgekuendigt')
  OR (SELECT state FROM block_versions WHERE block_id = NEW.block_id AND version = NEW.version)
  IN ('veroeffentlicht', 'abgekuendigt')
BEGIN
  SELECT RAISE(ABORT, 'bauplan.version_immutable');
END;

CREATE TRIGGER version_files_published_delete
BEFORE DELETE ON version_files
WHEN (SELECT state FROM block_versions WHERE block_id = OLD.block_id AND version = OLD.version)
  IN ('veroeffentlicht', 'abgekuendigt')
BEGIN
  SELECT RAISE(ABORT, 'bauplan.version_immutable');
END;

CREATE TRIGGER version_references_published_insert
BEFORE INSERT ON version_references
WHEN (SELECT state FROM block_versions WHERE block_id = NEW.block_id AND version = NEW.version)
  IN ('veroeffentlicht', 'abgekuendigt')
BEGIN
  SELECT RAISE(ABORT, 'bauplan.version_immutable');
END;

CREATE TRIGGER version_references_published_update
BEFORE UPDATE ON version_references
WHEN (SELECT state FROM block_versions WHERE block_id = OLD.block_id AND version = OLD.version)
  IN ('veroeffentlicht', 'abgekuendigt')
  OR (SELECT state FROM block_versions WHERE block_id = NEW.block_id AND version = NEW.version)
  IN ('veroeffentlicht', 'abgekuendigt')
BEGIN
  SELECT RAISE(ABORT, 'bauplan.version_immutable');
END;

CREATE TRIGGER version_references_published_delete
BEFORE DELETE ON version_references
WHEN (SELECT state FROM block_versions WHERE block_id = OLD.block_id AND version = OLD.version)
  IN ('veroeffentlicht', 'abgekuendigt')
BEGIN
  SELECT RAISE(ABORT, 'bauplan.version_immutable');
END;

-- Histories are append-only.
CREATE TRIGGER version_review_events_no_update BEFORE UPDATE ON version_review_events
BEGIN
  SELECT RAISE(ABORT, 'bauplan.append_only');
END;
CREATE TRIGGER version_review_events_no_delete BEFORE DELETE ON version_review_events
BEGIN
  SELECT RAISE(ABORT, 'bauplan.append_only');
END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'bauplan.append_only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'bauplan.append_only');
END;
