-- The search of KnowledgeSearch, also run as it is by bench/search. {match} and {rank} are filled in by KnowledgeSearch
-- (the full-text match and its rank, the fuzzy match of names, or "true" for the facets alone), {order} too.
--
-- The candidates are what the user's organization may see that matches and passes the chosen facets: the documents of
-- its audience, and the public ones of others, each part at most :cap, the newest first; so that a query matching tens
-- of thousands of documents costs a few thousand rows, not all of them. Among the candidates: the total (CAPPED when a
-- part reached :cap, then the total is a lower bound), the counts by kind, year, province then and now and owning
-- organization, and one page, best first or newest first.
WITH c AS MATERIALIZED (
    (SELECT 'MINE' AS part, d.kind, d.record_id, d.owner_id, d.units_then, d.units_now, d.date_from, d.tsv, d.names
     FROM search_documents d
     WHERE d.visible_to @> ARRAY[CAST(:org AS bigint)] AND {match}
       AND (CAST(:kind AS text) IS NULL OR d.kind = :kind)
       AND (CAST(:year AS integer) IS NULL OR d.date_from >= make_date(:year, 1, 1) AND d.date_from < make_date(:year + 1, 1, 1))
       AND (CAST(:unit AS bigint) IS NULL OR d.units_then @> ARRAY[CAST(:unit AS bigint)])
       AND (CAST(:unitNow AS bigint) IS NULL OR d.units_now @> ARRAY[CAST(:unitNow AS bigint)])
       AND (CAST(:owner AS bigint) IS NULL OR d.owner_id = :owner)
     ORDER BY d.date_from DESC NULLS LAST LIMIT :cap)
    UNION ALL
    (SELECT 'PUBLIC', d.kind, d.record_id, d.owner_id, d.units_then, d.units_now, d.date_from, d.tsv, d.names
     FROM search_documents d
     WHERE d.visible_to @> ARRAY[CAST(0 AS bigint)] AND d.public_from <= :now
       AND NOT d.visible_to @> ARRAY[CAST(:org AS bigint)] AND {match}
       AND (CAST(:kind AS text) IS NULL OR d.kind = :kind)
       AND (CAST(:year AS integer) IS NULL OR d.date_from >= make_date(:year, 1, 1) AND d.date_from < make_date(:year + 1, 1, 1))
       AND (CAST(:unit AS bigint) IS NULL OR d.units_then @> ARRAY[CAST(:unit AS bigint)])
       AND (CAST(:unitNow AS bigint) IS NULL OR d.units_now @> ARRAY[CAST(:unitNow AS bigint)])
       AND (CAST(:owner AS bigint) IS NULL OR d.owner_id = :owner)
     ORDER BY d.date_from DESC NULLS LAST LIMIT :cap)
),
m AS MATERIALIZED (
    SELECT d.part, d.kind, d.record_id, d.owner_id, d.units_then, d.units_now, d.date_from,
           CAST(extract(year FROM d.date_from) AS integer) AS year,
           -- the directories (people, organizations) after the records that match as well
           CAST({rank} AS real) * CASE WHEN d.kind IN ('PERSON', 'ORGANIZATION') THEN 0.5 ELSE 1 END AS rank
    FROM c AS d
)
SELECT 'TOTAL' AS facet, CAST(NULL AS text) AS value, count(*) AS n, CAST(NULL AS real) AS rank FROM m
UNION ALL
SELECT 'CAPPED', part, count(*), NULL FROM m GROUP BY part HAVING count(*) >= :cap
UNION ALL
SELECT 'KIND', kind, count(*), NULL FROM m GROUP BY kind
UNION ALL
SELECT 'YEAR', CAST(year AS text), count(*), NULL FROM m WHERE year IS NOT NULL GROUP BY year
UNION ALL
SELECT 'UNIT', CAST(u AS text), count(*), NULL FROM m, unnest(m.units_then) AS u GROUP BY u
UNION ALL
SELECT 'UNIT_NOW', CAST(u AS text), count(*), NULL FROM m, unnest(m.units_now) AS u GROUP BY u
UNION ALL
SELECT 'OWNER', CAST(owner_id AS text), count(*), NULL FROM m WHERE owner_id IS NOT NULL GROUP BY owner_id
UNION ALL
SELECT 'HIT', p.kind || ':' || p.record_id, row_number() OVER (), p.rank FROM (
    SELECT kind, record_id, rank FROM m ORDER BY {order} LIMIT :limit OFFSET :offset) AS p
