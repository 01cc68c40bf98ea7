-- A member without an account files their report through a personal link (bc_…), like the experts' invitations: only
-- the link's hash is stored; it works for 1 to 90 days, for one member entry, until the organizer revokes it.
CREATE TABLE member_report_links (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delegation_id   bigint NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    member_id       bigint NOT NULL REFERENCES delegation_members (id) ON DELETE CASCADE,
    token_hash      text NOT NULL UNIQUE,
    holder_name     text NOT NULL CHECK (length(btrim(holder_name)) > 0),
    email           text,
    expires_at      timestamptz NOT NULL,
    revoked_at      timestamptz,
    last_used_at    timestamptz,
    created_by      bigint NOT NULL REFERENCES users (id),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX member_report_links_delegation ON member_report_links (delegation_id);

-- A report filed through a link has no account as its author, but the link it came through.
ALTER TABLE member_reports ALTER COLUMN author_id DROP NOT NULL;
ALTER TABLE member_reports ADD COLUMN link_id bigint REFERENCES member_report_links (id);
ALTER TABLE member_reports ADD CONSTRAINT member_reports_author_or_link CHECK (author_id IS NOT NULL OR link_id IS NOT NULL);
