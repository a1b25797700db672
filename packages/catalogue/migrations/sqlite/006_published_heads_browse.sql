-- 006_published_heads_browse (SQLite): nothing to do. PostgreSQL's 006 adds a covering index for
-- browsing published heads because its heads table holds each tsvector inline; SQLite keeps the
-- full text in published_fts, so its published_heads rows are narrow and the name index
-- (published_heads_by_name) already serves a browse. The file keeps both dialects' numbering in step.
SELECT 1;
