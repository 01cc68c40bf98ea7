-- Notices between organizations (Thông báo): a host receives a request, the guest a confirmation or other dates, an
-- approver something waiting, an assignee a task. One row a recipient; (user, key) is unique, so that a notice is
-- given once even when its event is delivered twice or several nodes take it.
CREATE TABLE notices (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    notice_key   text NOT NULL,
    message_key  text NOT NULL,
    arguments    text[] NOT NULL DEFAULT '{}',
    link         text NOT NULL CHECK (link LIKE '/%'),
    created_at   timestamptz NOT NULL DEFAULT now(),
    read_at      timestamptz,
    emailed_at   timestamptz,
    UNIQUE (user_id, notice_key)
);
CREATE INDEX notices_unread ON notices (user_id) WHERE read_at IS NULL;
CREATE INDEX notices_by_user ON notices (user_id, created_at DESC, id DESC);
CREATE INDEX notices_unsent ON notices (created_at) WHERE emailed_at IS NULL;

-- How each user wants notices by e-mail: each at once, one digest every morning, or none (the list in the app stays).
ALTER TABLE users ADD COLUMN notice_email text NOT NULL DEFAULT 'IMMEDIATE'
    CHECK (notice_email IN ('IMMEDIATE', 'DIGEST', 'NONE'));
