-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1): an event to a
-- listener is recorded in the transaction that publishes it and completed when the listener has run, so that a
-- listener that fails is resubmitted (system.EventRetries), never lost (ADR 0012).
CREATE TABLE event_publication
(
    id                     uuid        NOT NULL PRIMARY KEY,
    listener_id            text        NOT NULL,
    event_type             text        NOT NULL,
    serialized_event       text        NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- The follow-up requests the task module has taken (task.FollowUpRequests), so that a repeated delivery creates
-- no task twice.
CREATE TABLE task_requests
(
    id          uuid        NOT NULL PRIMARY KEY,
    received_at timestamptz NOT NULL DEFAULT now()
);
