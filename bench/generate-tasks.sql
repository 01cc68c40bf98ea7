-- Generates :n follow-up tasks for load tests (psql -v n=2000 -v org=<organization id> -f generate-tasks.sql):
-- half assigned by :org to other seeded organizations, half assigned to :org (with a supporting organization),
-- deadlines as a day, a month or a period, some overdue. Each generated task's source starts with 'bench-' so that
-- it can be removed again: DELETE FROM follow_up_tasks WHERE source LIKE 'bench-%'.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE bench_orgs AS
    SELECT id, row_number() OVER (ORDER BY id) AS n FROM organizations WHERE kind <> 'HE_THONG' AND id <> :org;
CREATE TEMP TABLE bench_tasks AS
    SELECT g, o.id AS other,
           (SELECT id FROM users ORDER BY id LIMIT 1) AS creator
    FROM generate_series(1, :n) AS g
    JOIN bench_orgs o ON o.n = 1 + g % (SELECT count(*) FROM bench_orgs);
INSERT INTO follow_up_tasks (owner_id, source, task, deadline_kind, deadline_date, period_from, period_to, status,
                             progress, created_by)
SELECT CASE WHEN g % 2 = 0 THEN :org ELSE other END,
       'bench-' || g,
       (ARRAY['Xây dựng kế hoạch triển khai','Nghiên cứu, đề xuất áp dụng','Báo cáo kết quả thực hiện',
              'Phối hợp tổ chức hội thảo về'])[1 + g % 4] || ' '
           || (ARRAY['mô hình một cửa liên thông','chuyển đổi số','nhà ở xã hội','khu công nghiệp sinh thái',
                     'Chỉ số PAR Index','Chỉ số PAPI'])[1 + g % 6] || ' (' || g || ')',
       (ARRAY['DAY','MONTH','PERIOD'])[1 + g % 3],
       CASE g % 3 WHEN 0 THEN DATE '2026-01-01' + (g % 900) WHEN 1 THEN (DATE '2026-01-01' + ((g % 30) * INTERVAL '1 month')
            + INTERVAL '1 month' - INTERVAL '1 day')::date ELSE make_date(2026 + g % 5, 12, 31) END,
       CASE WHEN g % 3 = 2 THEN 2025 END, CASE WHEN g % 3 = 2 THEN 2026 + g % 5 END,
       (ARRAY['OPEN','IN_PROGRESS','OPEN','DONE'])[1 + g % 4], CASE WHEN g % 4 = 3 THEN 100 ELSE (g * 7) % 100 END,
       creator
FROM bench_tasks;
INSERT INTO follow_up_task_assignees (task_id, organization_id, lead)
SELECT t.id, CASE WHEN t.owner_id = :org THEN b.other ELSE :org END, true
FROM follow_up_tasks t JOIN bench_tasks b ON t.source = 'bench-' || b.g;
INSERT INTO follow_up_task_assignees (task_id, organization_id, lead)
SELECT t.id, o.id, false
FROM follow_up_tasks t JOIN bench_tasks b ON t.source = 'bench-' || b.g
JOIN bench_orgs o ON o.n = 1 + (b.g + 7) % (SELECT count(*) FROM bench_orgs)
WHERE t.owner_id <> :org AND o.id <> b.other
ON CONFLICT DO NOTHING;
COMMIT;
