-- Reminders to members whose own report is due or overdue: one row per delegation member and kind, so that a
-- reminder goes out once, whatever the number of app nodes or restarts.
CREATE TABLE member_report_reminders (
    member_id   bigint NOT NULL REFERENCES delegation_members (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('BEFORE', 'OVERDUE')),
    sent_at     timestamptz NOT NULL DEFAULT now(),
    recipients  integer NOT NULL,
    PRIMARY KEY (member_id, kind)
);
