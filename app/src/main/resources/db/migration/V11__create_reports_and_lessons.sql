-- After the visit: each member's report, the secretary's compiled trip report, and the lessons kept from it.
ALTER TABLE users ADD COLUMN person_id bigint REFERENCES persons (id);
COMMENT ON COLUMN users.person_id IS 'The person this account is: a member files the report of the member entry naming them';

CREATE TABLE member_reports (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delegation_id  bigint NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    member_id      bigint NOT NULL UNIQUE REFERENCES delegation_members (id) ON DELETE CASCADE,
    author_id      bigint NOT NULL REFERENCES users (id),
    learned        text NOT NULL CHECK (length(btrim(learned)) > 0),
    proposals      text,
    version        integer NOT NULL DEFAULT 0,
    submitted_at   timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX member_reports_delegation ON member_reports (delegation_id);

CREATE TABLE trip_reports (
    delegation_id  bigint PRIMARY KEY REFERENCES delegations (id) ON DELETE CASCADE,
    results        text,
    lessons        text,
    proposals      text,
    status         text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED')),
    return_reason  text,
    version        integer NOT NULL DEFAULT 0,
    compiled_by    bigint REFERENCES users (id),
    approved_by    bigint REFERENCES users (id),
    approved_at    timestamptz,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE lessons (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delegation_id    bigint NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    topic            text,
    content          text NOT NULL CHECK (length(btrim(content)) > 0),
    created_at       timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE lessons IS 'Bài học kinh nghiệm: what the organization learned, from which delegation (and so from which places)';
CREATE INDEX lessons_org ON lessons (organization_id);
CREATE INDEX lessons_text ON lessons USING gin (vn_tsvector(coalesce(topic, '') || ' ' || content));
