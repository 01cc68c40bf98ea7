-- Each organization's certificate for signing its documents (issue 16): the PKCS#12 as uploaded, kept in the
-- database because several nodes share it and no disk; its password encrypted with AES-GCM under the signing key
-- (traodoi.signing.key), never in clear. What the pages show is copied from the certificate when it is installed.
CREATE TABLE signing_certificates (
    organization_id   bigint PRIMARY KEY REFERENCES organizations (id),
    pkcs12            bytea NOT NULL,
    password_sealed   bytea NOT NULL,
    key_alias         text NOT NULL,
    subject           text NOT NULL,
    common_name       text,
    subject_org       text,
    issuer            text NOT NULL,
    serial_number     text NOT NULL,
    not_before        timestamptz NOT NULL,
    not_after         timestamptz NOT NULL,
    sha256            text NOT NULL CHECK (sha256 ~ '^[0-9A-F]{64}$'),
    key_algorithm     text NOT NULL CHECK (key_algorithm IN ('RSA', 'EC')),
    installed_by      bigint NOT NULL REFERENCES users (id),
    installed_at      timestamptz NOT NULL DEFAULT now()
);
