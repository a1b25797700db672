-- 004_lint_config (SQLite): the catalogue's rule configuration (Prüfregeln) as numbered revisions.
-- The current configuration is the highest revision; without any row the rules' default levels
-- apply (revision 0). Revisions are never changed or removed, so the history shows who set which
-- level when, and a version's audit entry can name the revision its publishing gate used.

CREATE TABLE lint_config_revisions (
  revision INTEGER PRIMARY KEY CHECK (revision >= 1),
  rules TEXT NOT NULL CHECK (json_valid(rules) AND json_type(rules) = 'object'),
  changed_by TEXT REFERENCES users (id),
  changed_at TEXT NOT NULL,
  comment TEXT CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 2000)
) STRICT;

CREATE TRIGGER lint_config_revisions_no_update BEFORE UPDATE ON lint_config_revisions
BEGIN
  SELECT RAISE(ABORT, 'bauplan.append_only');
END;
CREATE TRIGGER lint_config_revisions_no_delete BEFORE DELETE ON lint_config_revisions
BEGIN
  SELECT RAISE(ABORT, 'bauplan.append_only');
END;
