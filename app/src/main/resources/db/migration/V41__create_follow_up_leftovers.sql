-- Lines of proposals (an approved trip report) or conclusions (a workshop) that did not become tasks as written:
-- kept with the reason, so that the organization that decided them sees them until someone gives the task by hand
-- (the task it became) or decides it is none (with a reason). Nothing a leader decided is silently dropped.
CREATE TABLE follow_up_leftovers (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id      uuid NOT NULL,
    owner_id        bigint NOT NULL REFERENCES organizations (id),
    delegation_id   bigint REFERENCES delegations (id) ON DELETE CASCADE,
    workshop_id     bigint REFERENCES workshops (id) ON DELETE CASCADE,
    source          text NOT NULL,
    written         text NOT NULL,
    content         text NOT NULL,
    lead_name       text,
    deadline        text NOT NULL DEFAULT '',
    proposed_by     text,
    not_before      date NOT NULL,
    reason          text NOT NULL,
    reason_argument text,
    status          text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ASSIGNED', 'DISMISSED')),
    task_id         bigint REFERENCES follow_up_tasks (id) ON DELETE SET NULL,
    closing_note    text,
    closed_by       bigint REFERENCES users (id),
    closed_at       timestamptz,
    version         integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'DISMISSED' OR length(btrim(closing_note)) > 0)
);
COMMENT ON COLUMN follow_up_leftovers.reason IS 'A message key: task.leftover.noLead, task.leftover.unknownOrganization (reason_argument: the name) or the deadline''s problem (task.deadline.*).';
CREATE INDEX follow_up_leftovers_open ON follow_up_leftovers (owner_id) WHERE status = 'OPEN';
CREATE INDEX follow_up_leftovers_delegation ON follow_up_leftovers (delegation_id);
CREATE INDEX follow_up_leftovers_workshop ON follow_up_leftovers (workshop_id);
