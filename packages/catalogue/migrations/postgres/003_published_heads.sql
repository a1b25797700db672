-- 003_published_heads (PostgreSQL): what a result card shows, and a table of published heads for the
-- default search (see docs/benchmarks.md, Catalogue).
--
-- 1. search_documents gets the display fields a search hit carries besides name and bezeichnung:
--    bausteinart, the Leistungsschlüssel (sorted, space-separated) and the main BPMN file
--    (artefakte.bpmn.datei). The store writes them with every (re)index; here they are filled in for
--    the versions indexed before.
-- 2. published_heads holds one row per block that has a published version: its latest published
--    version (highest semver in state veroeffentlicht), with the single-valued facets as columns and a
--    copy of its tsvector under its own GIN index. A search over published versions — the default,
--    and the catalogue's most frequent query — then reads one row per block, needs no "is there a
--    newer version" test, and counts facets with GROUPING SETS on columns instead of joining
--    search_terms. The store keeps it current in the transaction that changes a version's state
--    (src/core/publishedHeads.ts); published content is frozen, so nothing else can change a head.
--    bundesland can have several values: the column holds it when there is exactly one, and
--    bundesland_count says how many there are (search_terms has them all).
-- Same names as in SQLite; text compares byte-wise (COLLATE "C") as there.

ALTER TABLE search_documents ADD COLUMN bausteinart text COLLATE "C";
ALTER TABLE search_documents ADD COLUMN leistungsschluessel text NOT NULL DEFAULT '';
ALTER TABLE search_documents ADD COLUMN bpmn_datei text;

UPDATE search_documents d SET
  bausteinart = (
    SELECT MIN(t.value) FROM search_terms t
    WHERE t.block_id = d.block_id AND t.version = d.version AND t.field = 'bausteinart'),
  leistungsschluessel = COALESCE((
    SELECT string_agg(t.value, ' ' ORDER BY t.value) FROM search_terms t
    WHERE t.block_id = d.block_id AND t.version = d.version AND t.field = 'leistungsschluessel'), ''),
  bpmn_datei = (
    SELECT v.metadata #>> '{artefakte,bpmn,datei}' FROM block_versions v
    WHERE v.block_id = d.block_id AND v.version = d.version
      AND jsonb_typeof(v.metadata #> '{artefakte,bpmn,datei}') = 'string'
      AND btrim(v.metadata #>> '{artefakte,bpmn,datei}') <> '');

CREATE TABLE published_heads (
  block_id text PRIMARY KEY,
  version text NOT NULL,
  organisation_id text COLLATE "C",
  bausteinart text COLLATE "C",
  einsatzbereich text COLLATE "C",
  themenfeld text COLLATE "C",
  bundesland text COLLATE "C",
  bundesland_count integer NOT NULL,
  name_sort text COLLATE "C" NOT NULL,
  updated_at timestamptz NOT NULL,
  document tsvector NOT NULL,
  FOREIGN KEY (block_id, version) REFERENCES block_versions (block_id, version)
);

INSERT INTO published_heads (block_id, version, organisation_id, bausteinart, einsatzbereich,
  themenfeld, bundesland, bundesland_count, name_sort, updated_at, document)
SELECT v.block_id, v.version,
  (SELECT MIN(t.value) FROM search_terms t WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = 'organisation'),
  (SELECT MIN(t.value) FROM search_terms t WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = 'bausteinart'),
  (SELECT MIN(t.value) FROM search_terms t WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = 'einsatzbereich'),
  (SELECT MIN(t.value) FROM search_terms t WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = 'themenfeld'),
  (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(t.value) END FROM search_terms t WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = 'bundesland'),
  (SELECT COUNT(*) FROM search_terms t WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = 'bundesland'),
  d.name_sort, v.updated_at, d.document
FROM block_versions v JOIN search_documents d ON d.block_id = v.block_id AND d.version = v.version
WHERE v.state = 'veroeffentlicht' AND NOT EXISTS (
  SELECT 1 FROM block_versions newer WHERE newer.block_id = v.block_id AND newer.state = 'veroeffentlicht'
    AND (newer.major, newer.minor, newer.patch) > (v.major, v.minor, v.patch));

CREATE INDEX published_heads_document ON published_heads USING gin (document);
CREATE INDEX published_heads_by_name ON published_heads (name_sort, block_id);
CREATE INDEX published_heads_by_change ON published_heads (updated_at, block_id);
