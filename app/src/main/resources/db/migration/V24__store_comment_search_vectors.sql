-- Ranking thousands of matching comments recomputed each one's text vector; it is now stored with the comment.
ALTER TABLE workshop_comments ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (public.vn_tsvector(content || ' ' || coalesce(response, ''))) STORED;
DROP INDEX workshop_comments_search;
CREATE INDEX workshop_comments_search ON workshop_comments USING gin (search_vector);
