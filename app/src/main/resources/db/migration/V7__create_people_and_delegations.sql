-- People and their positions over time: "Phan Văn Mãi, Chủ tịch UBND TP.HCM" in 2024.
CREATE TABLE persons (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name    text NOT NULL CHECK (length(btrim(full_name)) > 0),
    honorific    text,
    nationality  text,
    note         text,
    created_by_organization_id bigint REFERENCES organizations (id),
    version      integer NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN persons.nationality IS 'NULL: not stated; foreign experts carry their nationality in Vietnamese (Hàn Quốc)';
CREATE INDEX persons_name_trgm ON persons USING gin (vn_fold(full_name) gin_trgm_ops);

CREATE TABLE positions (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id          bigint NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    title              text NOT NULL CHECK (length(btrim(title)) > 0),
    organization_id    bigint REFERENCES organizations (id),
    valid_from         date,
    valid_to           date,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
);
CREATE INDEX positions_person ON positions (person_id);

-- A delegation (đoàn công tác) of an organizer (guest) organization to one or more hosts.
CREATE TABLE delegations (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind                   text NOT NULL CHECK (kind IN ('SURVEY', 'STUDY', 'EXCHANGE', 'WORKING')),
    title                  text NOT NULL CHECK (length(btrim(title)) > 0),
    purpose                text,
    organizer_id           bigint NOT NULL REFERENCES organizations (id),
    status                 text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED',
                               'HOST_REQUESTED', 'HOST_CONFIRMED', 'IN_PROGRESS', 'COMPLETED', 'REPORTED', 'CLOSED',
                               'CANCELLED', 'POSTPONED')),
    start_date             date,
    end_date               date,
    date_precision         text NOT NULL DEFAULT 'DAY' CHECK (date_precision IN ('DAY', 'MONTH')),
    declared_member_count  integer CHECK (declared_member_count IS NULL OR declared_member_count > 0),
    host_requested_at      timestamptz,
    source_note            text,
    demo_key               text UNIQUE,
    created_by             bigint REFERENCES users (id),
    version                integer NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CHECK (end_date IS NULL OR start_date IS NULL OR start_date <= end_date)
);
COMMENT ON COLUMN delegations.date_precision IS 'MONTH: only the month is known (seed 004: tháng 12/2022); dates span it';
COMMENT ON COLUMN delegations.host_requested_at IS 'Set once sent to the hosts; from then on the hosts see the record';
CREATE INDEX delegations_organizer ON delegations (organizer_id, start_date DESC);
CREATE INDEX delegations_status ON delegations (status);
CREATE INDEX delegations_start ON delegations (start_date DESC, id DESC);
CREATE INDEX delegations_text ON delegations USING gin (vn_tsvector(title || ' ' || coalesce(purpose, '')));

CREATE TABLE delegation_documents (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delegation_id    bigint NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    position         integer NOT NULL,
    doc_type         text NOT NULL,
    number_symbol    text,
    symbol_standard  boolean NOT NULL DEFAULT true,
    issued_on        date,
    received_on      date,
    issuer_id        bigint REFERENCES organizations (id),
    issuer_text      text,
    summary          text
);
COMMENT ON COLUMN delegation_documents.received_on IS 'When the host received it, if that is all that is known (seed 001)';
CREATE INDEX delegation_documents_delegation ON delegation_documents (delegation_id);
CREATE INDEX delegation_documents_symbol ON delegation_documents (vn_fold(number_symbol));

CREATE TABLE delegation_topics (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delegation_id  bigint NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    position       integer NOT NULL,
    content        text NOT NULL CHECK (length(btrim(content)) > 0)
);
CREATE INDEX delegation_topics_delegation ON delegation_topics (delegation_id);

CREATE TABLE delegation_members (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delegation_id      bigint NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    position           integer NOT NULL,
    role               text NOT NULL CHECK (role IN ('HEAD', 'DEPUTY_HEAD', 'SECRETARY', 'MEMBER', 'EXPERT')),
    person_id          bigint REFERENCES persons (id),
    group_description  text,
    title_text         text,
    organization_id    bigint REFERENCES organizations (id),
    CHECK ((person_id IS NULL) <> (group_description IS NULL))
);
COMMENT ON COLUMN delegation_members.group_description IS 'Unnamed members: "Giám đốc, Phó Giám đốc các Sở Tư pháp, Tài chính"';
CREATE INDEX delegation_members_delegation ON delegation_members (delegation_id);
CREATE INDEX delegation_members_person ON delegation_members (person_id);

CREATE TABLE delegation_stops (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delegation_id       bigint NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    position            integer NOT NULL,
    host_organization_id bigint REFERENCES organizations (id),
    unit_id             bigint NOT NULL REFERENCES administrative_units (id),
    start_date          date,
    end_date            date,
    host_status         text NOT NULL DEFAULT 'PENDING' CHECK (host_status IN ('PENDING', 'CONFIRMED', 'PROPOSED')),
    proposed_start      date,
    proposed_end        date,
    host_note           text,
    version             integer NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR start_date IS NULL OR start_date <= end_date),
    CHECK (proposed_end IS NULL OR proposed_start IS NULL OR proposed_start <= proposed_end)
);
COMMENT ON COLUMN delegation_stops.unit_id IS 'The province as it was on the stop''s dates';
CREATE INDEX delegation_stops_delegation ON delegation_stops (delegation_id);
CREATE INDEX delegation_stops_host ON delegation_stops (host_organization_id);
CREATE INDEX delegation_stops_unit ON delegation_stops (unit_id);

CREATE TABLE delegation_sessions (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stop_id                  bigint NOT NULL REFERENCES delegation_stops (id) ON DELETE CASCADE,
    session_date             date,
    part_of_day              text CHECK (part_of_day IN ('MORNING', 'AFTERNOON', 'EVENING')),
    kind                     text NOT NULL CHECK (kind IN ('FIELD_VISIT', 'WORKING_SESSION', 'WORKSHOP')),
    place_text               text,
    visited_organization_id  bigint REFERENCES organizations (id),
    chair_person_id          bigint REFERENCES persons (id),
    chair_title              text,
    minutes                  text,
    side                     text NOT NULL CHECK (side IN ('GUEST', 'HOST')),
    version                  integer NOT NULL DEFAULT 0,
    created_at               timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN delegation_sessions.session_date IS 'NULL: the day within the stop is not known (seed 002)';
CREATE INDEX delegation_sessions_stop ON delegation_sessions (stop_id);
CREATE INDEX delegation_sessions_date ON delegation_sessions (session_date);

CREATE TABLE session_topics (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id  bigint NOT NULL REFERENCES delegation_sessions (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    content     text NOT NULL
);
CREATE INDEX session_topics_session ON session_topics (session_id);

CREATE TABLE session_attendees (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id       bigint NOT NULL REFERENCES delegation_sessions (id) ON DELETE CASCADE,
    position         integer NOT NULL,
    person_id        bigint REFERENCES persons (id),
    organization_id  bigint REFERENCES organizations (id),
    title_text       text,
    CHECK (person_id IS NOT NULL OR organization_id IS NOT NULL)
);
CREATE INDEX session_attendees_session ON session_attendees (session_id);

CREATE TABLE session_photos (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id     bigint NOT NULL REFERENCES delegation_sessions (id) ON DELETE CASCADE,
    storage_name   text NOT NULL UNIQUE,
    content_type   text NOT NULL,
    size_bytes     bigint NOT NULL,
    caption        text,
    uploaded_by    bigint REFERENCES users (id),
    uploaded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX session_photos_session ON session_photos (session_id);

-- Every status change, for the timeline: who, when, from, to, why.
CREATE TABLE delegation_transitions (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delegation_id    bigint NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    from_status      text,
    to_status        text NOT NULL,
    action           text NOT NULL,
    actor_id         bigint REFERENCES users (id),
    actor_username   text NOT NULL,
    organization_id  bigint REFERENCES organizations (id),
    reason           text,
    occurred_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX delegation_transitions_delegation ON delegation_transitions (delegation_id, occurred_at);
