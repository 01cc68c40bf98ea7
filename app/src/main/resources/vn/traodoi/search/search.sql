-- The search of KnowledgeSearch (also run as it is by bench/search): the documents the user's organization may see that
-- match, counted by kind, year, province then and now, and owning organization (each facet with the other facets'
-- filters applied, so that a count is what a click on it gives), and one page of them. {match}, {rank} and {order}
-- are filled in by KnowledgeSearch: the full-text match or the fuzzy match of names, and the order of the page.
WITH q AS (SELECT public.vn_search_query(:q) AS q, public.vn_fold(:q) AS folded),
m AS MATERIALIZED (
    SELECT d.kind, d.record_id, d.owner_id, d.units_then, d.units_now, d.date_from,
           CAST(extract(year FROM d.date_from) AS integer) AS year,
           -- the directories (people, organizations) after the records that match as well
           CAST({rank} AS real) * CASE WHEN d.kind IN ('PERSON', 'ORGANIZATION') THEN 0.5 ELSE 1 END AS rank
    FROM search_documents d, q
    WHERE {match}
      AND (d.audience @> ARRAY[CAST(:org AS bigint)] OR d.public_from <= :now)
),
f AS (
    SELECT m.*,
           (CAST(:kind AS text) IS NULL OR m.kind = :kind) AS by_kind,
           (CAST(:year AS integer) IS NULL OR m.year = :year) AS by_year,
           (CAST(:unit AS bigint) IS NULL OR :unit = ANY (m.units_then)) AS by_unit,
           (CAST(:unitNow AS bigint) IS NULL OR :unitNow = ANY (m.units_now)) AS by_unit_now,
           (CAST(:owner AS bigint) IS NULL OR m.owner_id = :owner) AS by_owner
    FROM m
)
SELECT 'TOTAL' AS facet, CAST(NULL AS text) AS value, count(*) AS n, CAST(NULL AS real) AS rank FROM f
WHERE by_kind AND by_year AND by_unit AND by_unit_now AND by_owner
UNION ALL
SELECT 'KIND', kind, count(*), NULL FROM f
WHERE by_year AND by_unit AND by_unit_now AND by_owner GROUP BY kind
UNION ALL
SELECT 'YEAR', CAST(year AS text), count(*), NULL FROM f
WHERE year IS NOT NULL AND by_kind AND by_unit AND by_unit_now AND by_owner GROUP BY year
UNION ALL
SELECT 'UNIT', CAST(u AS text), count(*), NULL FROM f, unnest(f.units_then) AS u
WHERE by_kind AND by_year AND by_unit_now AND by_owner GROUP BY u
UNION ALL
SELECT 'UNIT_NOW', CAST(u AS text), count(*), NULL FROM f, unnest(f.units_now) AS u
WHERE by_kind AND by_year AND by_unit AND by_owner GROUP BY u
UNION ALL
SELECT 'OWNER', CAST(owner_id AS text), count(*), NULL FROM f
WHERE owner_id IS NOT NULL AND by_kind AND by_year AND by_unit AND by_unit_now GROUP BY owner_id
UNION ALL
SELECT 'HIT', p.kind || ':' || p.record_id, row_number() OVER (), p.rank FROM (
    SELECT kind, record_id, rank FROM f
    WHERE by_kind AND by_year AND by_unit AND by_unit_now AND by_owner
    ORDER BY {order} LIMIT :limit OFFSET :offset) AS p
