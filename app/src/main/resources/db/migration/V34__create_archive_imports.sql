-- An archive of articles (a .zip, or several files) uploaded at once. Its entries are stored first, one row each, and
-- read in the background by workers that claim pending rows from this table (FOR UPDATE SKIP LOCKED, with a lease),
-- so that any node of several may do the work and a restart resumes where it stopped; then each proposal is reviewed.
CREATE TABLE archive_imports (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    name             text NOT NULL,
    status           text NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'PAUSED', 'CANCELLED', 'DONE')),
    total            integer NOT NULL CHECK (total >= 0),
    created_by       bigint REFERENCES users (id),
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz
);
CREATE INDEX archive_imports_org ON archive_imports (organization_id, id DESC);

CREATE TABLE archive_items (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    archive_id        bigint NOT NULL REFERENCES archive_imports (id) ON DELETE CASCADE,
    organization_id   bigint NOT NULL REFERENCES organizations (id),
    position          integer NOT NULL,
    entry_name        text NOT NULL,
    content           bytea,
    state             text NOT NULL CHECK (state IN ('PENDING', 'FAILED', 'DUPLICATE', 'PROPOSED', 'ACCEPTED', 'MERGED',
                                                     'REJECTED', 'CANCELLED')),
    failure           text,
    claimed_by        text,
    claimed_until     timestamptz,
    attempts          integer NOT NULL DEFAULT 0,
    processed_at      timestamptz,
    article_import_id bigint REFERENCES article_imports (id) ON DELETE SET NULL,
    headline          text,
    kind              text,
    start_date        date,
    end_date          date,
    month_only        boolean NOT NULL DEFAULT false,
    organizer         text,
    hosts             text,
    head              text,
    facts             integer NOT NULL DEFAULT 0,
    lessons           integer NOT NULL DEFAULT 0,
    draft             jsonb,
    workshop          jsonb,
    review_note       text,
    reviewed_by       bigint REFERENCES users (id),
    reviewed_at       timestamptz,
    UNIQUE (archive_id, position)
);
COMMENT ON COLUMN archive_items.content IS 'the entry''s bytes as uploaded, until a worker has read them';
COMMENT ON COLUMN archive_items.failure IS 'message code of the reason the entry was refused (state FAILED)';
COMMENT ON COLUMN archive_items.claimed_until IS 'a worker''s lease: once past, another worker may take the entry again';
COMMENT ON COLUMN archive_items.draft IS 'the proposal as it was made when the entry was read: accepting creates it as is';
CREATE INDEX archive_items_pending ON archive_items (id) WHERE state = 'PENDING';
CREATE INDEX archive_items_queue ON archive_items (archive_id, state, id);
CREATE INDEX archive_items_org_queue ON archive_items (organization_id, state, id);
CREATE INDEX archive_items_import ON archive_items (article_import_id);
CREATE INDEX archive_items_processed ON archive_items (archive_id, processed_at);
