-- Public news (tin bài) written from records: an organization's portal (its address on traodoi), its categories,
-- articles with their editorial state and the records they come from, photos with captions, and the tags (units,
-- topics) that find related articles ("Tin khác").
CREATE TABLE news_sites (
    organization_id  bigint PRIMARY KEY REFERENCES organizations (id),
    slug             text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title            text NOT NULL
);

CREATE TABLE news_categories (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    slug             text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name             text NOT NULL CHECK (length(btrim(name)) > 0),
    position         integer NOT NULL DEFAULT 0,
    UNIQUE (organization_id, slug)
);

CREATE TABLE news_articles (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    slug             text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    category_id      bigint REFERENCES news_categories (id) ON DELETE SET NULL,
    title            text NOT NULL DEFAULT '',
    lead             text,
    body_html        text NOT NULL DEFAULT '',
    author           text,
    source           text,
    status           text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'UNPUBLISHED')),
    publish_at       timestamptz,
    first_published_at timestamptz,
    delegation_id    bigint REFERENCES delegations (id) ON DELETE SET NULL,
    stop_id          bigint REFERENCES delegation_stops (id) ON DELETE SET NULL,
    workshop_id      bigint REFERENCES workshops (id) ON DELETE SET NULL,
    version          integer NOT NULL DEFAULT 0,
    created_by       bigint REFERENCES users (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, slug),
    CHECK (status <> 'PUBLISHED' OR (publish_at IS NOT NULL AND length(btrim(title)) > 0 AND category_id IS NOT NULL))
);
COMMENT ON COLUMN news_articles.publish_at IS 'PUBLISHED articles are public from this moment (scheduled publishing)';
CREATE INDEX news_articles_public ON news_articles (organization_id, publish_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX news_articles_search ON news_articles USING gin (
    public.vn_tsvector(title || ' ' || coalesce(lead, '') || ' ' || regexp_replace(body_html, '<[^>]*>', ' ', 'g')));

CREATE TABLE news_photos (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id    bigint NOT NULL REFERENCES news_articles (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    storage_name  text NOT NULL UNIQUE,
    content_type  text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    size_bytes    bigint NOT NULL CHECK (size_bytes > 0),
    caption       text
);
CREATE INDEX news_photos_article ON news_photos (article_id, position);

CREATE TABLE news_tags (
    article_id  bigint NOT NULL REFERENCES news_articles (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('UNIT', 'TOPIC')),
    value       text NOT NULL,
    PRIMARY KEY (article_id, kind, value)
);
CREATE INDEX news_tags_value ON news_tags (kind, value);
