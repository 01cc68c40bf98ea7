-- An article about a workshop becomes a draft workshop rather than a delegation.
ALTER TABLE article_imports ADD COLUMN workshop_id bigint REFERENCES workshops (id) ON DELETE SET NULL;
