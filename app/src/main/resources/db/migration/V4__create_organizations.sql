-- Organizations: People's Committees, Councils, departments, ministries and their units.
CREATE TABLE organizations (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL CHECK (length(btrim(name)) > 0),
    short_name  text,
    kind        text NOT NULL,
    parent_id   bigint REFERENCES organizations (id),
    unit_id     bigint REFERENCES administrative_units (id),
    valid_from  date,
    valid_to    date,
    note        text,
    version     integer NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX organizations_unique_name ON organizations (vn_fold(name), coalesce(unit_id, 0), coalesce(valid_from, DATE '0001-01-01'));
CREATE INDEX organizations_parent ON organizations (parent_id);
CREATE INDEX organizations_unit ON organizations (unit_id);
CREATE INDEX organizations_name_trgm ON organizations USING gin (vn_fold(name) gin_trgm_ops);
