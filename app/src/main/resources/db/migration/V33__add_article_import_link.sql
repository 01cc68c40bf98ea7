-- An imported article about a visit already on record is linked to that delegation instead of making a second one.
ALTER TABLE article_imports ADD COLUMN linked boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN article_imports.linked IS 'true: delegation_id is an existing record the article was linked to, not a draft made from it';
