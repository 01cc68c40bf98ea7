-- The register of outgoing documents (sổ đăng ký văn bản đi, Decree 30/2020 Art. 15): each organization numbers the
-- documents it issues per year and type from 01 each 1 January; a number is never reused, and a cancelled document
-- keeps its number with a note. See ADR 0016.

-- The abbreviations of an organization used in its symbols, set by an administrator: "SNV" in 01/KH-SNV, and the
-- division a công văn is drafted by when the issue gives none ("CCVC" in 683/SNV-CCVC). No row: not set, nothing issued.
CREATE TABLE register_settings (
    organization_id      bigint PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    issuer_abbreviation  text NOT NULL CHECK (issuer_abbreviation ~ '^[A-Z0-9Đ]{1,20}$'),
    division_abbreviation text CHECK (division_abbreviation ~ '^[A-Z0-9Đ]{1,20}$'),
    version              integer NOT NULL DEFAULT 1,
    updated_by           bigint REFERENCES users (id),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

-- The last number taken per organization, year and type. Taking a number updates this row in the issuing transaction
-- (INSERT … ON CONFLICT … DO UPDATE … RETURNING): concurrent issuers queue on the row, and a rolled-back issue gives
-- its number back.
CREATE TABLE register_counters (
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    year             integer NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    type             text NOT NULL CHECK (type IN ('KE_HOACH', 'QUYET_DINH', 'BAO_CAO', 'GIAY_MOI', 'THONG_BAO', 'CONG_VAN')),
    last_number      integer NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (organization_id, year, type)
);

-- One line of the register a number: what was issued, when, by whom, from which record; cancelled lines stay.
CREATE TABLE register_entries (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    year             integer NOT NULL,
    type             text NOT NULL,
    number           integer NOT NULL CHECK (number > 0),
    symbol           text NOT NULL CHECK (length(symbol) BETWEEN 3 AND 50),
    summary          text NOT NULL CHECK (length(btrim(summary)) > 0),
    issued_on        date NOT NULL,
    issued_by        bigint NOT NULL REFERENCES users (id),
    record_link      text NOT NULL CHECK (record_link LIKE '/%' AND record_link NOT LIKE '//%'),
    created_at       timestamptz NOT NULL DEFAULT now(),
    cancelled_at     timestamptz,
    cancelled_by     bigint REFERENCES users (id),
    cancel_note      text,
    version          integer NOT NULL DEFAULT 1,
    FOREIGN KEY (organization_id, year, type) REFERENCES register_counters (organization_id, year, type),
    UNIQUE (organization_id, year, type, number),
    CHECK (year = extract(year FROM issued_on)),
    CHECK ((cancelled_at IS NULL) = (cancelled_by IS NULL) AND (cancelled_at IS NULL) = (cancel_note IS NULL)),
    CHECK (cancel_note IS NULL OR length(btrim(cancel_note)) > 0)
);
-- A record's document of one type is issued once: a second issue is refused, also when two users issue at once.
CREATE UNIQUE INDEX register_entries_issued_once ON register_entries (organization_id, type, record_link)
    WHERE cancelled_at IS NULL;
CREATE INDEX register_entries_by_year ON register_entries (organization_id, year DESC, issued_on DESC, id DESC);
