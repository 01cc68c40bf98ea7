-- Articles imported by an organization: the text, what the extraction found, and the draft made from it.
CREATE TABLE article_imports (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    content_hash     text NOT NULL,
    source_name      text,
    article_text     text NOT NULL,
    headline         text,
    delegation_id    bigint REFERENCES delegations (id) ON DELETE SET NULL,
    created_by       bigint REFERENCES users (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, content_hash)
);
COMMENT ON COLUMN article_imports.content_hash IS 'SHA-256 of the normalized text: the same article imported again is found, not duplicated';
CREATE INDEX article_imports_org ON article_imports (organization_id, created_at DESC);
