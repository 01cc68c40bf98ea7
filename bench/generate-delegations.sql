-- Generates :n realistic delegations for load tests (psql -v n=10000 -v org=<organizer id> -f generate-delegations.sql).
-- Organizers, hosts and provinces come from the reference data: about half of the delegations are organized by
-- :org (its "Đoàn ra" list), the rest by the other seeded organizations, many of them hosted by :org ("Đoàn vào").
-- Every generated row is marked with demo_key 'bench-…' so that it can be removed again.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE bench_orgs AS
    SELECT id, unit_id, row_number() OVER (ORDER BY id) AS n FROM organizations WHERE kind <> 'HE_THONG' AND unit_id IS NOT NULL;
CREATE TEMP TABLE bench_units AS
    SELECT id, full_name_vi, row_number() OVER (ORDER BY id) AS n FROM administrative_units WHERE unit_set = 'old63';

INSERT INTO delegations (kind, title, purpose, organizer_id, status, start_date, end_date, declared_member_count,
                         host_requested_at, demo_key)
SELECT (ARRAY['SURVEY','STUDY','EXCHANGE','WORKING'])[1 + g % 4],
       (ARRAY['Đoàn khảo sát','Đoàn nghiên cứu, học tập kinh nghiệm','Đoàn trao đổi kinh nghiệm','Đoàn làm việc'])[1 + g % 4]
           || ' về ' || (ARRAY['cải cách hành chính','chuyển đổi số','chính quyền đô thị','thu hút nguồn nhân lực chất lượng cao',
                              'mô hình một cửa liên thông','phát triển khu công nghiệp sinh thái','nhà ở xã hội','liên kết vùng'])[1 + g % 8]
           || ' tại ' || u.full_name_vi || ' (' || g || ')',
       'Học tập kinh nghiệm, trao đổi giải pháp, đề xuất áp dụng tại địa phương.',
       CASE WHEN g % 2 = 0 THEN :org ELSE o.id END,
       (ARRAY['DRAFT','SUBMITTED','APPROVED','HOST_REQUESTED','HOST_CONFIRMED','COMPLETED','COMPLETED','COMPLETED'])[1 + g % 8],
       DATE '2019-01-01' + (g * 7 % 2500),
       DATE '2019-01-01' + (g * 7 % 2500) + 1 + g % 3,
       5 + g % 60,
       CASE WHEN g % 8 >= 3 THEN now() END,
       'bench-' || g
FROM generate_series(1, :n) AS g
JOIN bench_orgs o ON o.n = 1 + g % (SELECT count(*) FROM bench_orgs)
JOIN bench_units u ON u.n = 1 + (g * 13) % 63;

INSERT INTO delegation_stops (delegation_id, position, host_organization_id, unit_id, start_date, end_date, host_status)
SELECT d.id, s, CASE WHEN s = 1 AND d.organizer_id <> :org AND d.id % 3 = 0 THEN :org ELSE h.id END,
       coalesce(h.unit_id, (SELECT id FROM bench_units WHERE n = 1 + d.id % 63)), d.start_date, d.end_date,
       CASE WHEN d.status IN ('HOST_CONFIRMED','COMPLETED') THEN 'CONFIRMED' ELSE 'PENDING' END
FROM delegations d CROSS JOIN generate_series(1, 2) AS s
JOIN bench_orgs h ON h.n = 1 + (d.id * 7 + s) % (SELECT count(*) FROM bench_orgs)
WHERE d.demo_key LIKE 'bench-%';

INSERT INTO delegation_topics (delegation_id, position, content)
SELECT d.id, t, (ARRAY['Kinh nghiệm tổ chức bộ máy theo mô hình chính quyền đô thị','Cơ chế thu hút nguồn nhân lực chất lượng cao',
                       'Giải pháp nâng cao Chỉ số PAPI','Ứng dụng công nghệ thông tin trong cải cách hành chính'])[t]
FROM delegations d CROSS JOIN generate_series(1, 3) AS t WHERE d.demo_key LIKE 'bench-%';

INSERT INTO delegation_members (delegation_id, position, role, group_description)
SELECT d.id, m, (ARRAY['HEAD','DEPUTY_HEAD','SECRETARY','MEMBER'])[m],
       (ARRAY['Lãnh đạo Sở','Phó Giám đốc Sở','Chuyên viên phòng Tổ chức','Đại diện các phòng chuyên môn'])[m]
FROM delegations d CROSS JOIN generate_series(1, 4) AS m WHERE d.demo_key LIKE 'bench-%';

INSERT INTO delegation_sessions (stop_id, session_date, part_of_day, kind, place_text, side)
SELECT s.id, s.start_date, (ARRAY['MORNING','AFTERNOON'])[k], (ARRAY['FIELD_VISIT','WORKING_SESSION'])[k],
       'Trụ sở cơ quan tiếp đón', 'HOST'
FROM delegation_stops s JOIN delegations d ON d.id = s.delegation_id CROSS JOIN generate_series(1, 2) AS k
WHERE d.demo_key LIKE 'bench-%';

INSERT INTO session_topics (session_id, position, content)
SELECT x.id, 1, 'Trao đổi kết quả, kinh nghiệm cải cách hành chính'
FROM delegation_sessions x JOIN delegation_stops s ON s.id = x.stop_id JOIN delegations d ON d.id = s.delegation_id
WHERE d.demo_key LIKE 'bench-%';
COMMIT;
ANALYZE;
