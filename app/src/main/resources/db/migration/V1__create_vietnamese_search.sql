-- Vietnamese search: diacritic folding that PostgreSQL may use in indexes, and a text search
-- configuration based on 'simple' (no stemming, no stop words: Vietnamese words are syllables).
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- Everything is schema-qualified so that index rebuilds (pg_restore runs with an empty search_path)
-- find the functions. unaccent(text) is only STABLE (it looks up its dictionary through search_path); naming the
-- dictionary makes the result depend on the argument alone, so the wrapper may be IMMUTABLE.
-- NFC first: unaccent's rules know precomposed letters only.
CREATE FUNCTION public.vn_fold(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT lower(public.unaccent('public.unaccent'::regdictionary, normalize(input, NFC)))
$$;

-- Letters and digits of the folded text only: the same key as VietnameseText.matchKey.
CREATE FUNCTION public.vn_match_key(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT regexp_replace(public.vn_fold(input), '[^a-z0-9]+', '', 'g')
$$;

CREATE TEXT SEARCH CONFIGURATION public.vietnamese (COPY = simple);
COMMENT ON TEXT SEARCH CONFIGURATION public.vietnamese IS
    'Vietnamese, used on folded text (vn_fold) so that 123/QĐ-UBND stays one token';

-- Folding happens before parsing: the parser then sees 123/qd-ubnd as one path-like token.
CREATE FUNCTION public.vn_tsvector(input text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT to_tsvector('public.vietnamese'::regconfig, public.vn_fold(input))
$$;

CREATE FUNCTION public.vn_tsquery(input text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT websearch_to_tsquery('public.vietnamese'::regconfig, public.vn_fold(input))
$$;
