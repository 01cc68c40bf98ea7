-- Files that show a task was done (a report, a decision, minutes, photos). The bytes live under
-- <data-dir>/files/evidence under a random name; the name the user gave is kept for downloads.
CREATE TABLE task_evidence_files (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id       bigint NOT NULL REFERENCES follow_up_tasks (id) ON DELETE CASCADE,
    file_name     text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type  text NOT NULL,
    size_bytes    bigint NOT NULL CHECK (size_bytes > 0),
    storage_name  text NOT NULL UNIQUE,
    uploaded_by   bigint NOT NULL REFERENCES users (id),
    uploaded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_evidence_files_task ON task_evidence_files (task_id);
