-- Workshops on draft projects (hội thảo góp ý dự thảo đề án): the draft in versions split into sections, the
-- comments on them and the drafting agency's response to each, invitation links for outside experts, and the
-- tasks the chair's conclusions give.
CREATE TABLE workshops (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id            bigint NOT NULL REFERENCES organizations (id),
    title               text NOT NULL CHECK (length(btrim(title)) > 0),
    project_title       text NOT NULL CHECK (length(btrim(project_title)) > 0),
    steering_committee  text,
    support_group       text,
    consultant          text,
    held_on             date,
    part_of_day         text CHECK (part_of_day IN ('MORNING', 'AFTERNOON', 'EVENING')),
    place               text,
    chair               text,
    agenda              text,
    conclusions         text,
    next_meeting_on     date,
    next_meeting_part   text CHECK (next_meeting_part IN ('MORNING', 'AFTERNOON', 'EVENING')),
    next_meeting_note   text,
    status              text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    version             integer NOT NULL DEFAULT 0,
    demo_key            text UNIQUE,
    created_by          bigint REFERENCES users (id),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workshops_owner ON workshops (owner_id);
CREATE INDEX workshops_search ON workshops USING gin (public.vn_tsvector(title || ' ' || project_title));

-- Who takes part: a named person (with title), an organization of the directory, or a group as the minutes say it
-- ("các chuyên gia, nhà nghiên cứu của Trung ương, thành phố"). A participating organization sees the workshop and
-- its staff comment in the app.
CREATE TABLE workshop_participants (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workshop_id      bigint NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    position         integer NOT NULL,
    name             text,
    title            text,
    organization_id  bigint REFERENCES organizations (id),
    description      text,
    CHECK (name IS NOT NULL OR organization_id IS NOT NULL OR description IS NOT NULL)
);
CREATE INDEX workshop_participants_workshop ON workshop_participants (workshop_id);
CREATE INDEX workshop_participants_org ON workshop_participants (organization_id) WHERE organization_id IS NOT NULL;

-- Each upload of the draft is a version, kept; its text is split into sections in the order of the draft.
CREATE TABLE workshop_drafts (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workshop_id   bigint NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    number        integer NOT NULL CHECK (number > 0),
    file_name     text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type  text NOT NULL,
    size_bytes    bigint NOT NULL CHECK (size_bytes > 0),
    storage_name  text NOT NULL UNIQUE,
    note          text,
    uploaded_by   bigint NOT NULL REFERENCES users (id),
    uploaded_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (workshop_id, number)
);

CREATE TABLE draft_sections (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id  bigint NOT NULL REFERENCES workshop_drafts (id) ON DELETE CASCADE,
    ordinal   integer NOT NULL,
    level     integer NOT NULL,
    label     text NOT NULL,
    heading   text NOT NULL,
    body      text NOT NULL DEFAULT '',
    UNIQUE (draft_id, ordinal),
    UNIQUE (draft_id, label)
);

-- A link for an outside expert: no account, valid until a time, revocable. Only the hash of the token is stored.
CREATE TABLE workshop_invitations (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workshop_id   bigint NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    token_hash    text NOT NULL UNIQUE,
    expert_name   text NOT NULL CHECK (length(btrim(expert_name)) > 0),
    organization  text,
    email         text,
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    created_by    bigint NOT NULL REFERENCES users (id),
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workshop_invitations_workshop ON workshop_invitations (workshop_id);

-- A comment on one section of one version, or on the whole draft (section_id NULL), and the response to it.
CREATE TABLE workshop_comments (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workshop_id          bigint NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    draft_id             bigint REFERENCES workshop_drafts (id) ON DELETE CASCADE,
    section_id           bigint REFERENCES draft_sections (id) ON DELETE CASCADE,
    channel              text NOT NULL CHECK (channel IN ('APP', 'INVITATION', 'MINUTES')),
    author_name          text NOT NULL CHECK (length(btrim(author_name)) > 0),
    author_organization  text,
    author_user_id       bigint REFERENCES users (id),
    invitation_id        bigint REFERENCES workshop_invitations (id),
    content              text NOT NULL CHECK (length(btrim(content)) > 0),
    status               text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED', 'ABSORBED', 'EXPLAINED', 'RESERVED')),
    response             text,
    absorbed_in_draft_id bigint REFERENCES workshop_drafts (id) ON DELETE SET NULL,
    changed_text         text,
    responded_by         bigint REFERENCES users (id),
    responded_at         timestamptz,
    version              integer NOT NULL DEFAULT 0,
    created_by           bigint REFERENCES users (id),
    created_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (section_id IS NULL OR draft_id IS NOT NULL),
    CHECK (status = 'RECEIVED' OR response IS NOT NULL OR changed_text IS NOT NULL)
);
CREATE INDEX workshop_comments_workshop ON workshop_comments (workshop_id, id);
CREATE INDEX workshop_comments_section ON workshop_comments (section_id);
CREATE INDEX workshop_comments_search ON workshop_comments USING gin (public.vn_tsvector(content || ' ' || coalesce(response, '')));

-- Reusable responses of an organization ("Xin tiếp thu và chỉnh sửa tại dự thảo", "Giữ như dự thảo vì …").
CREATE TABLE response_templates (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id   bigint NOT NULL REFERENCES organizations (id),
    kind       text NOT NULL CHECK (kind IN ('ABSORBED', 'EXPLAINED', 'RESERVED')),
    text       text NOT NULL CHECK (length(btrim(text)) > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (owner_id, kind, text)
);

-- The chair's conclusions become follow-up tasks that link back to the workshop.
ALTER TABLE follow_up_tasks ADD COLUMN workshop_id bigint REFERENCES workshops (id) ON DELETE SET NULL;
CREATE INDEX follow_up_tasks_workshop ON follow_up_tasks (workshop_id) WHERE workshop_id IS NOT NULL;
