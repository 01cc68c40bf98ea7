-- Separation of duties: who submitted a plan or a trip report does not approve it, unless the organization allows it.
-- A trip report now keeps who submitted it (unknown, and so not checked, for those submitted before this version);
-- a plan's submitter is on its timeline (delegation_transitions, action SUBMIT).
ALTER TABLE trip_reports ADD COLUMN submitted_by bigint REFERENCES users (id);

-- An organization's own rules, set by an administrator and audited; an organization without a row keeps the defaults.
CREATE TABLE organization_settings (
    organization_id  bigint PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    self_approval    boolean NOT NULL DEFAULT false,
    version          integer NOT NULL DEFAULT 0,
    updated_by       bigint REFERENCES users (id),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN organization_settings.self_approval IS 'Whether who submitted a plan or a trip report may also approve it (a small body with one leader).';

-- A task recorded afterwards keeps the day it was given (a 2022 trip's follow-ups entered in 2026); its deadline may
-- not fall before that day. Unknown (the day it was recorded) for the tasks entered before this version.
ALTER TABLE follow_up_tasks ADD COLUMN given_on date;
