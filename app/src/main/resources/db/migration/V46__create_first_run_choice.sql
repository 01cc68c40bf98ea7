-- The first run: the administrator chose the demo data or to start empty (one row, once).
CREATE TABLE first_run_choice (
    id         boolean PRIMARY KEY DEFAULT true CHECK (id),
    choice     text NOT NULL CHECK (choice IN ('DEMO', 'EMPTY')),
    chosen_by  bigint REFERENCES users (id),
    chosen_at  timestamptz NOT NULL DEFAULT now()
);
