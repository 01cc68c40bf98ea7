-- One search index that every feature feeds in the transaction of its own change (ADR 0009): a document per record
-- that the search finds, with who may see it, its texts, the document symbols and names in it, the provinces as they
-- were and as they are, and its dates. The search reads this table only.

-- The parts of compound tokens of the folded text: '196/kh-ubnd ngay 12/7/2022' → '196 kh ubnd 12 7 2022'. The parser
-- keeps '196/kh-ubnd' as one token (so "196/KH-UBND" finds exactly it); its parts, indexed beside it, let
-- "196 KH UBND" and "196" find it too.
CREATE FUNCTION public.vn_parts(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce(string_agg(regexp_replace(m[1], '[^a-z0-9]+', ' ', 'g'), ' '), '')
    FROM regexp_matches(public.vn_fold(input), '([a-z0-9]+(?:[/.\-][a-z0-9]+)+)', 'g') AS m
$$;

-- What the user typed, folded, as a query: a compound token is looked for whole or as its parts ("196/KH" finds
-- "196/KH-UBND", whose parts 196 and kh are indexed).
CREATE FUNCTION public.vn_search_query(input text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE WHEN public.vn_parts(input) = '' THEN public.vn_tsquery(input)
                ELSE public.vn_tsquery(input) || websearch_to_tsquery('public.vietnamese'::regconfig,
                         regexp_replace(public.vn_fold(input), '([a-z0-9])[/.\-]+(?=[a-z0-9])', '\1 ', 'g'))
           END
$$;

CREATE TABLE search_documents (
    kind         text NOT NULL CHECK (kind IN ('DELEGATION', 'TRIP_REPORT', 'LESSON', 'TASK', 'WORKSHOP', 'COMMENT',
                                               'ARTICLE', 'IMPORT', 'PERSON', 'ORGANIZATION')),
    record_id    bigint NOT NULL,
    owner_id     bigint,
    audience     bigint[] NOT NULL DEFAULT '{}',
    public_from  timestamptz,
    title        text NOT NULL CHECK (length(btrim(title)) > 0),
    context      text,
    body         text NOT NULL DEFAULT '',
    symbols      text NOT NULL DEFAULT '',
    names        text NOT NULL DEFAULT '',
    places       text NOT NULL DEFAULT '',
    units_then   bigint[] NOT NULL DEFAULT '{}',
    units_now    bigint[] NOT NULL DEFAULT '{}',
    date_from    date,
    date_to      date,
    link         text NOT NULL,
    public_link  text,
    indexed_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- Who may see it, for the index: the audience, and 0 (no organization) for "everyone from public_from".
    visible_to   bigint[] NOT NULL GENERATED ALWAYS AS (
                     CASE WHEN public_from IS NULL THEN audience ELSE audience || CAST(0 AS bigint) END) STORED,
    -- Title and document symbols weigh most, then names and places, then the rest of the text.
    tsv          tsvector NOT NULL GENERATED ALWAYS AS (
                     setweight(public.vn_tsvector(title || ' ' || symbols || ' ' || public.vn_parts(title || ' ' || symbols)), 'A')
                     || setweight(public.vn_tsvector(names || ' ' || places), 'B')
                     || setweight(public.vn_tsvector(coalesce(context, '') || ' ' || body || ' '
                                                     || public.vn_parts(coalesce(context, '') || ' ' || body)), 'C')) STORED,
    PRIMARY KEY (kind, record_id),
    CHECK (date_to IS NULL OR date_from IS NULL OR date_from <= date_to)
);
COMMENT ON TABLE search_documents IS 'Owned by the search feature; written by each feature through SearchIndex in the transaction of its change';
COMMENT ON COLUMN search_documents.owner_id IS 'The organization whose record it is (the organization facet); NULL for directory entries';
COMMENT ON COLUMN search_documents.audience IS 'The organizations that may see it (the owner among them)';
COMMENT ON COLUMN search_documents.public_from IS 'Public: every signed-in user sees it from this moment (a published article, the directories); NULL: only the audience';
COMMENT ON COLUMN search_documents.units_then IS 'The provinces as they were on the record''s dates (administrative_units ids)';
COMMENT ON COLUMN search_documents.units_now IS 'The same provinces as they are today (after the 1 July 2025 merger)';
COMMENT ON COLUMN search_documents.public_link IS 'Where the public finds it (a published article''s portal page); others than the audience follow this link';

COMMENT ON COLUMN search_documents.visible_to IS 'audience, with 0 when public: one GIN index answers "seen by this organization" or "public" together with the words';

-- The words and who may see them in one GIN index, so that a scan intersects an organization's few documents with the
-- words' long lists inside the index; the same for the names' trigrams (a misspelled name). The public documents by
-- date, for a common query's newest public matches; an organization's documents by date, for its facet alone.
CREATE INDEX search_documents_text ON search_documents USING gin (visible_to, tsv);
CREATE INDEX search_documents_names ON search_documents USING gin (visible_to, public.vn_fold(names) gin_trgm_ops);
CREATE INDEX search_documents_public ON search_documents (date_from DESC NULLS LAST) WHERE public_from IS NOT NULL;
CREATE INDEX search_documents_owner ON search_documents (owner_id, date_from DESC NULLS LAST);

-- Whether the index must be rebuilt from every feature: requested here so that a database that existed before this
-- migration gets its documents at the next start (a later migration that changes what documents hold requests it
-- again); a node claims the request for a while, and it is cleared only once the rebuild is done.
CREATE TABLE search_index_state (
    singleton             boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    rebuild_requested_at  timestamptz,
    rebuild_claimed_until timestamptz,
    rebuilt_at            timestamptz,
    rebuilt_documents     bigint
);
INSERT INTO search_index_state (rebuild_requested_at) VALUES (now());
