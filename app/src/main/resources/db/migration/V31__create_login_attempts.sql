-- Sign-in throttling per (user name, client address), shared by every app node. A pair may try three times
-- freely; each further attempt must wait until retry_at (1 s, 2 s, 4 s … at most 15 minutes after the
-- previous one). An attempt is counted when it starts and the pair's row is deleted when it succeeds, so
-- that parallel requests cannot slip past the delay. A wrong password from one address never delays the
-- same user at another address.
CREATE TABLE login_attempts (
    username         text NOT NULL,
    remote_addr      text NOT NULL,
    failures         integer NOT NULL CHECK (failures > 0),
    last_attempt_at  timestamptz NOT NULL,
    retry_at         timestamptz,
    PRIMARY KEY (username, remote_addr)
);
CREATE INDEX login_attempts_last ON login_attempts (last_attempt_at);

-- A user name that failed too often across all addresses (login_failures, 100 in an hour) is locked for
-- every address until locked_until, or until an administrator unlocks it. Both are audited.
CREATE TABLE login_locks (
    username      text PRIMARY KEY,
    locked_at     timestamptz NOT NULL,
    locked_until  timestamptz NOT NULL,
    failures      integer NOT NULL
);

-- login_failures (V5) stays the log of failed passwords that the ceiling counts; nothing is counted per
-- address alone any more.
DROP INDEX login_failures_addr;
CREATE INDEX login_failures_time ON login_failures (failed_at);
