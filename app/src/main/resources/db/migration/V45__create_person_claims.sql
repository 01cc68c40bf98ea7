-- "Tôi là …" for someone the directory names otherwise ("Nguyễn Văn Ba" for the account "Nguyễn Văn Bá", another
-- body's member): the user asks, the organizer of a delegation that has this person as a member confirms or refuses.
CREATE TABLE person_claims (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    person_id   bigint NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    status      text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CONFIRMED', 'REFUSED')),
    decided_by  bigint REFERENCES users (id),
    decided_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, person_id)
);
CREATE INDEX person_claims_pending ON person_claims (person_id) WHERE status = 'PENDING';
