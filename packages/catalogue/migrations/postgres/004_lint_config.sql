-- 004_lint_config (PostgreSQL): the catalogue's rule configuration (Prüfregeln) as numbered revisions.
-- The current configuration is the highest revision; without any row the rules' default levels
-- apply (revision 0). Revisions are never changed or removed, so the history shows who set which
-- level when, and a version's audit entry can name the revision its publishing gate used.

CREATE TABLE lint_config_revisions (
  revision integer PRIMARY KEY CHECK (revision >= 1),
  rules jsonb NOT NULL CHECK (jsonb_typeof(rules) = 'object'),
  changed_by text REFERENCES users (id),
  changed_at timestamptz NOT NULL,
  comment text CHECK (comment IS NULL OR char_length(comment) BETWEEN 1 AND 2000)
);

CREATE TRIGGER lint_config_revisions_append_only
BEFORE UPDATE OR DELETE ON lint_config_revisions
FOR EACH ROW EXECUTE FUNCTION bauplan_append_only();
