-- Provinces and centrally-run cities: the 63 units valid until 2025-06-30 and the 34 units from
-- 2025-07-01 (Resolution 202/2025/QH15). Rows are loaded by V3 from the shipped reference CSVs.
CREATE TABLE administrative_units (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_set             text NOT NULL CHECK (unit_set IN ('old63', 'new34')),
    gso_code             text NOT NULL,
    name_vi              text NOT NULL,
    full_name_vi         text NOT NULL,
    former_full_name_vi  text,
    renamed_on           date,
    name_ascii           text NOT NULL,
    name_en              text NOT NULL,
    full_name_en         text NOT NULL,
    unit_type_vi         text NOT NULL,
    unit_type_en         text NOT NULL,
    region_vi            text,
    region_en            text,
    iso_3166_2           text,
    valid_from           date,
    valid_to             date,
    successor_id         bigint REFERENCES administrative_units (id),
    political_center     text,
    later_change_note    text,
    source               text NOT NULL,
    UNIQUE (unit_set, gso_code),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to),
    CHECK ((former_full_name_vi IS NULL) = (renamed_on IS NULL))
);
COMMENT ON COLUMN administrative_units.valid_from IS 'NULL: valid since before the records traodoi holds';

CREATE INDEX administrative_units_successor ON administrative_units (successor_id);
CREATE INDEX administrative_units_name_trgm ON administrative_units USING gin (vn_fold(full_name_vi) gin_trgm_ops);

CREATE TABLE administrative_unit_variants (
    unit_id       bigint NOT NULL REFERENCES administrative_units (id),
    variant       text NOT NULL,
    variant_type  text NOT NULL,
    match_key     text NOT NULL,
    source        text NOT NULL,
    PRIMARY KEY (unit_id, variant)
);
CREATE INDEX administrative_unit_variants_key ON administrative_unit_variants (match_key);
CREATE INDEX administrative_unit_variants_key_trgm ON administrative_unit_variants USING gin (match_key gin_trgm_ops);
