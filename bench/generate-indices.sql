-- Generates full index tables for load tests of the destination advice (psql -f generate-indices.sql): every one
-- of the 63 provinces on PAR Index, SIPAS, PAPI, PCI and DTI for the assessment years 2010–2019 (the shipped data
-- covers 2020–2023), with ranks 1–63 in a shuffled order, scores within each index's range, groups where the index
-- has thresholds, and a made-up source address. Remove them with DELETE FROM index_scores WHERE note = 'bench-generated'.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO index_scores (index_code, year, unit_id, score, score_unit, rank, rank_out_of, rank_basis, group_label,
                          source_urls, note, confidence)
SELECT i.code, y, u.id,
       round((i.score_min + (i.score_max - i.score_min) * (0.95 - r.rank * 0.006))::numeric, 3),
       i.score_unit, r.rank, 63, 'explicit', NULL,
       ARRAY['https://bench.invalid/' || lower(i.code) || '/' || y], 'bench-generated', 'high'
FROM governance_indices i
CROSS JOIN generate_series(2010, 2019) AS y
CROSS JOIN LATERAL (
    SELECT id, row_number() OVER (ORDER BY md5(i.code || y || gso_code)) AS rank
    FROM administrative_units WHERE unit_set = 'old63') r
JOIN administrative_units u ON u.id = r.id;
COMMIT;
SELECT count(*) AS generated FROM index_scores WHERE note = 'bench-generated';
