-- Generates one workshop of :org for load tests (psql -v org=<organization id> -v sections=400 -v comments=3000
-- -f generate-workshop.sql): a draft of :sections sections (Roman headings, numbered sections under them, a body
-- each), a second version with every tenth section changed, and :comments comments on its sections or on the whole
-- draft, two thirds of them answered (absorbed, explained or reserved). Remove it again with
-- DELETE FROM workshops WHERE title LIKE 'bench-%'.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE bench_workshop AS
WITH w AS (
    INSERT INTO workshops (owner_id, title, project_title, held_on, part_of_day, chair)
    VALUES (:org, 'bench-Hội thảo góp ý dự thảo Đề án (' || :comments || ' ý kiến)', 'Đề án thử tải',
            DATE '2026-11-20', 'MORNING', 'Người chủ trì thử tải')
    RETURNING id)
SELECT id FROM w;
INSERT INTO workshop_drafts (workshop_id, number, file_name, content_type, size_bytes, storage_name, uploaded_by)
SELECT w.id, n, 'du-thao-lan-' || n || '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
       100000, gen_random_uuid()::text, (SELECT id FROM users ORDER BY id LIMIT 1)
FROM bench_workshop w, generate_series(1, 2) AS n;
INSERT INTO draft_sections (draft_id, ordinal, level, label, heading, body)
SELECT d.id, g, CASE WHEN g % 10 = 1 THEN 1 ELSE 2 END,
       CASE WHEN g % 10 = 1 THEN 'P' || (g / 10 + 1) ELSE 'P' || (g / 10 + 1) || '.' || (g % 10) END,
       CASE WHEN g % 10 = 1 THEN 'Phần ' || (g / 10 + 1) || '. NỘI DUNG THỨ ' || (g / 10 + 1)
            ELSE (g % 10) || '. Quy định về tổ chức chính quyền đô thị, mục ' || g END,
       repeat('Ủy ban nhân dân quận, phường thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật. ', 3 + g % 5)
           || CASE WHEN d.number = 2 AND g % 10 = 5 THEN ' Bổ sung theo ý kiến góp ý tại hội thảo.' ELSE '' END
FROM workshop_drafts d JOIN bench_workshop w ON d.workshop_id = w.id, generate_series(1, :sections) AS g;
INSERT INTO workshop_comments (workshop_id, draft_id, section_id, channel, author_name, author_organization, content,
                               status, response, created_at)
SELECT w.id, d.id, CASE WHEN g % 25 = 0 THEN NULL ELSE s.id END,
       (ARRAY['APP','INVITATION','MINUTES'])[1 + g % 3],
       'Đại biểu ' || g, (ARRAY['Sở Nội vụ','Sở Tư pháp','Sở Tài chính','Học viện Hành chính Quốc gia'])[1 + g % 4],
       'Đề nghị làm rõ nội dung về phân cấp, phân quyền, ủy quyền tại mục này (ý kiến ' || g || ').',
       CASE WHEN g % 3 = 0 THEN 'RECEIVED' ELSE (ARRAY['ABSORBED','EXPLAINED','RESERVED'])[1 + (g / 3) % 3] END,
       CASE WHEN g % 3 = 0 THEN NULL ELSE 'Xin tiếp thu và chỉnh sửa tại dự thảo; nội dung đã được làm rõ (' || g || ').' END,
       now() - (g || ' minutes')::interval
FROM bench_workshop w
JOIN workshop_drafts d ON d.workshop_id = w.id AND d.number = 2
CROSS JOIN generate_series(1, :comments) AS g
JOIN draft_sections s ON s.draft_id = d.id AND s.ordinal = 1 + g % :sections;
SELECT id AS workshop_id FROM bench_workshop;
COMMIT;
