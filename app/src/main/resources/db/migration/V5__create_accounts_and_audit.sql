CREATE TABLE users (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username         text NOT NULL CHECK (username ~ '^[a-z0-9._-]{3,60}$'),
    full_name        text NOT NULL CHECK (length(btrim(full_name)) > 0),
    email            text,
    password_hash    text NOT NULL,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    roles            text[] NOT NULL DEFAULT '{}',
    enabled          boolean NOT NULL DEFAULT true,
    locale           text NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en')),
    version          integer NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (username)
);
CREATE INDEX users_organization ON users (organization_id);

-- Failed logins, shared by every app node: throttling must hold behind a load balancer.
CREATE TABLE login_failures (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username     text NOT NULL,
    remote_addr  text NOT NULL,
    failed_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_username ON login_failures (username, failed_at);
CREATE INDEX login_failures_addr ON login_failures (remote_addr, failed_at);

-- Personal API tokens: only a SHA-256 hash is stored; the token itself is shown once.
CREATE TABLE api_tokens (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint NOT NULL REFERENCES users (id),
    name          text NOT NULL CHECK (length(btrim(name)) > 0),
    token_hash    text NOT NULL UNIQUE,
    token_prefix  text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Every state change: who, when, what, before and after.
CREATE TABLE audit_events (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at      timestamptz NOT NULL DEFAULT now(),
    actor_id         bigint REFERENCES users (id),
    actor_username   text NOT NULL,
    organization_id  bigint REFERENCES organizations (id),
    action           text NOT NULL,
    entity_type      text NOT NULL,
    entity_id        text,
    summary          text,
    before_state     jsonb,
    after_state      jsonb,
    remote_addr      text
);
CREATE INDEX audit_events_time ON audit_events (occurred_at DESC);
CREATE INDEX audit_events_entity ON audit_events (entity_type, entity_id);
CREATE INDEX audit_events_actor ON audit_events (actor_username, occurred_at DESC);
