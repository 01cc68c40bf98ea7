-- Reminders already sent: one row per task and kind. The primary key makes a reminder go out once, whatever the
-- number of app nodes or restarts.
CREATE TABLE task_reminders (
    task_id     bigint NOT NULL REFERENCES follow_up_tasks (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('BEFORE', 'OVERDUE')),
    sent_at     timestamptz NOT NULL DEFAULT now(),
    recipients  integer NOT NULL,
    PRIMARY KEY (task_id, kind)
);
