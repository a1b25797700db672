-- 003_published_heads (SQLite): what a result card shows, and a table of published heads for the
-- default search (see docs/benchmarks.md, Catalogue).
--
-- 1. search_documents gets the display fields a search hit carries besides name and bezeichnung:
--    bausteinart, the Leistungsschlüssel (sorted, space-separated) and the main BPMN file
--    (artefakte.bpmn.datei). The store writes them with every (re)index; here they are filled in for
--    the versions indexed before.
-- 2. published_heads holds one row per block that has a published version: its latest published
--    version (highest semver in state veroeffentlicht), with the single-valued facets as columns, and
--    published_fts the full text of exactly these versions. A search over published versions — the
--    default, and the catalogue's most frequent query — then reads one row per block, needs no
--    "is there a newer version" test, and counts facets by GROUP BY on columns instead of joining
--    search_terms. The store keeps both current in the transaction that changes a version's state
--    (src/core/publishedHeads.ts); published content is frozen, so nothing else can change a head.
--    bundesland can have several values: the column holds it when there is exactly one, and
--    bundesland_count says how many there are (search_terms has them all).

ALTER TABLE search_documents ADD COLUMN bausteinart TEXT;
ALTER TABLE search_documents ADD COLUMN leistungsschluessel TEXT NOT NULL DEFAULT '';
ALTER TABLE search_documents ADD COLUMN bpmn_datei TEXT;

UPDATE search_documents SET
  bausteinart = (
    SELECT MIN(t.value) FROM search_terms t
    WHERE t.block_id = search_documents.block_id AND t.version = search_documents.version
      AND t.field = 'bausteinart'),
  leistungsschluessel = COALESCE((
    SELECT group_concat(t.value, ' ' ORDER BY t.value) FROM search_terms t
    WHERE t.block_id = search_documents.block_id AND t.version = search_documents.version
      AND t.field = 'leistungsschluessel'), ''),
  bpmn_datei = (
    SELECT json_extract(v.metadata, '$.artefakte.bpmn.datei') FROM block_versions v
    WHERE v.block_id = search_documents.block_id AND v.version = search_documents.version
      AND json_type(v.metadata, '$.artefakte.bpmn.datei') = 'text'
      AND trim(json_extract(v.metadata, '$.artefakte.bpmn.datei')) <> '');

CREATE TABLE published_heads (
  doc_id INTEGER PRIMARY KEY,
  block_id TEXT NOT NULL UNIQUE,
  version TEXT NOT NULL,
  organisation_id TEXT,
  bausteinart TEXT,
  einsatzbereich TEXT,
  themenfeld TEXT,
  bundesland TEXT,
  bundesland_count INTEGER NOT NULL,
  name_sort TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  FOREIGN KEY (block_id, version) REFERENCES block_versions (block_id, version)
) STRICT;
CREATE INDEX published_heads_by_name ON published_heads (name_sort, block_id);
CREATE INDEX published_heads_by_change ON published_heads (updated_at, block_id);

-- Same columns and tokenizer as search_fts; rowid = published_heads.doc_id = search_documents.id.
CREATE VIRTUAL TABLE published_fts USING fts5 (
  name, bezeichnung, schlagwort, handlungsgrundlagen, leistungsschluessel, beschreibung,
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO published_heads (doc_id, block_id, version, organisation_id, bausteinart, einsatzbereich,
  themenfeld, bundesland, bundesland_count, name_sort, updated_at)
SELECT d.id, v.block_id, v.version,
  (SELECT MIN(t.value) FROM search_terms t WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = 'organisation'),
  (SELECT MIN(t.value) FROM search_terms t WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = 'bausteinart'),
  (SELECT MIN(t.value) FROM search_terms t WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = 'einsatzbereich'),
  (SELECT MIN(t.value) FROM search_terms t WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = 'themenfeld'),
  (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(t.value) END FROM search_terms t WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = 'bundesland'),
  (SELECT COUNT(*) FROM search_terms t WHERE t.block_id = v.block_id AND t.version = v.version AND t.field = 'bundesland'),
  d.name_sort, v.updated_at
FROM block_versions v JOIN search_documents d ON d.block_id = v.block_id AND d.version = v.version
WHERE v.state = 'veroeffentlicht' AND NOT EXISTS (
  SELECT 1 FROM block_versions newer WHERE newer.block_id = v.block_id AND newer.state = 'veroeffentlicht'
    AND (newer.major, newer.minor, newer.patch) > (v.major, v.minor, v.patch));

INSERT INTO published_fts (rowid, name, bezeichnung, schlagwort, handlungsgrundlagen, leistungsschluessel, beschreibung)
SELECT f.rowid, f.name, f.bezeichnung, f.schlagwort, f.handlungsgrundlagen, f.leistungsschluessel, f.beschreibung
FROM published_heads h JOIN search_fts f ON f.rowid = h.doc_id;
