-- Documents issued from a record (issue 16): numbered by the issuer's register, dated, signed, kept as issued (the
-- Word file and the PDF, signed when the issuer has a certificate), for the issuer and the organizations it concerns.
CREATE TABLE issued_documents (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id    bigint NOT NULL REFERENCES organizations (id),
    type               text NOT NULL CHECK (type IN ('KE_HOACH', 'QUYET_DINH', 'BAO_CAO', 'GIAY_MOI', 'THONG_BAO', 'CONG_VAN')),
    record_link        text NOT NULL CHECK (record_link LIKE '/%'),
    register_entry_id  bigint NOT NULL,
    number             text NOT NULL,
    symbol             text NOT NULL,
    issued_on          date NOT NULL,
    summary            text,
    signer_authority   text CHECK (signer_authority IN ('TM', 'KT', 'Q', 'TL', 'TUQ')),
    signer_principal   text,
    signer_position    text NOT NULL,
    signer_name        text NOT NULL,
    signed             boolean NOT NULL,
    audience           bigint[] NOT NULL,
    docx               bytea NOT NULL,
    pdf                bytea NOT NULL,
    issued_by          bigint NOT NULL REFERENCES users (id),
    issued_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (register_entry_id)
);
CREATE INDEX issued_documents_record ON issued_documents (record_link);
CREATE INDEX issued_documents_audience ON issued_documents USING gin (audience);
