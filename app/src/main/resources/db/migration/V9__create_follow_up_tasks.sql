-- Follow-up tasks (giao nhiệm vụ): who assigned them, to whom, by when, and how far they are.
CREATE TABLE follow_up_tasks (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id       bigint NOT NULL REFERENCES organizations (id),
    delegation_id  bigint REFERENCES delegations (id) ON DELETE SET NULL,
    source         text,
    task           text NOT NULL CHECK (length(btrim(task)) > 0),
    deadline_kind  text NOT NULL DEFAULT 'NONE' CHECK (deadline_kind IN ('NONE', 'DAY', 'MONTH', 'PERIOD')),
    deadline_date  date,
    period_from    integer,
    period_to      integer,
    status         text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    progress       integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    evidence       text,
    version        integer NOT NULL DEFAULT 0,
    created_by     bigint REFERENCES users (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (deadline_kind = 'NONE' OR deadline_date IS NOT NULL),
    CHECK (deadline_kind <> 'PERIOD' OR (period_from IS NOT NULL AND period_to IS NOT NULL AND period_from <= period_to))
);
COMMENT ON COLUMN follow_up_tasks.deadline_date IS 'DAY: that day; MONTH: its last day; PERIOD: 31/12 of the last year. OVERDUE is derived from it.';
CREATE INDEX follow_up_tasks_owner ON follow_up_tasks (owner_id);
CREATE INDEX follow_up_tasks_delegation ON follow_up_tasks (delegation_id);
CREATE INDEX follow_up_tasks_deadline ON follow_up_tasks (deadline_date) WHERE status IN ('OPEN', 'IN_PROGRESS');

CREATE TABLE follow_up_task_assignees (
    task_id          bigint NOT NULL REFERENCES follow_up_tasks (id) ON DELETE CASCADE,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    PRIMARY KEY (task_id, organization_id)
);
CREATE INDEX follow_up_task_assignees_org ON follow_up_task_assignees (organization_id);
