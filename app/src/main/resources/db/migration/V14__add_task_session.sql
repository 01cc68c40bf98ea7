-- A task given at a working session (the chair's conclusions) links back to that session.
ALTER TABLE follow_up_tasks ADD COLUMN session_id bigint REFERENCES delegation_sessions (id) ON DELETE SET NULL;
CREATE INDEX follow_up_tasks_session ON follow_up_tasks (session_id) WHERE session_id IS NOT NULL;
