-- The organizations named in the five seed articles, with the province they belong to as it was
-- on the dates of those articles (2022-2024). Validity is set only where it is certain: the
-- district level was abolished from 2025-07-01; Tỉnh Thừa Thiên Huế became Thành phố Huế on
-- 2025-01-01; Bình Dương merged into Hồ Chí Minh City on 2025-07-01.
CREATE TEMPORARY TABLE seed_organizations (
    n serial, name text, short_name text, kind text, parent text, unit_code text, valid_to date, note text
) ON COMMIT DROP;

INSERT INTO seed_organizations (name, short_name, kind, parent, unit_code, valid_to, note) VALUES
 ('Quốc hội', NULL, 'QUOC_HOI', NULL, NULL, NULL, NULL),
 ('Bộ Tư pháp', NULL, 'BO', NULL, NULL, NULL, NULL),
 ('Bộ Văn hóa, Thể thao và Du lịch', NULL, 'BO', NULL, NULL, NULL, NULL),
 ('Bộ Khoa học và Công nghệ', NULL, 'BO', NULL, NULL, NULL, NULL),

 ('Ủy ban nhân dân thành phố Hà Nội', 'UBND TP Hà Nội', 'UBND', NULL, '01', NULL, NULL),
 ('Sở Tư pháp thành phố Hà Nội', NULL, 'SO', 'Ủy ban nhân dân thành phố Hà Nội', '01', NULL, NULL),
 ('Sở Tài chính thành phố Hà Nội', NULL, 'SO', 'Ủy ban nhân dân thành phố Hà Nội', '01', NULL, NULL),
 ('Sở Nội vụ thành phố Hà Nội', NULL, 'SO', 'Ủy ban nhân dân thành phố Hà Nội', '01', NULL, NULL),
 ('Sở Khoa học và Công nghệ thành phố Hà Nội', NULL, 'SO', 'Ủy ban nhân dân thành phố Hà Nội', '01', NULL, NULL),
 ('Sở Kế hoạch và Đầu tư thành phố Hà Nội', NULL, 'SO', 'Ủy ban nhân dân thành phố Hà Nội', '01', NULL, NULL),
 ('Tổ Công tác xây dựng Luật Thủ đô', NULL, 'TO_CONG_TAC', NULL, '01', NULL, 'Seed 000 names it among the delegation''s members.'),

 ('Ủy ban nhân dân Thành phố Hồ Chí Minh', 'UBND TP.HCM', 'UBND', NULL, '79', NULL, NULL),
 ('Hội đồng nhân dân Thành phố Hồ Chí Minh', 'HĐND TP.HCM', 'HDND', NULL, '79', NULL, NULL),
 ('Ban Pháp chế Hội đồng nhân dân Thành phố Hồ Chí Minh', NULL, 'BAN', 'Hội đồng nhân dân Thành phố Hồ Chí Minh', '79', NULL, NULL),
 ('Văn phòng Ủy ban nhân dân Thành phố Hồ Chí Minh', 'Văn phòng UBND TP.HCM', 'VAN_PHONG', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', '79', NULL, NULL),
 ('Sở Nội vụ Thành phố Hồ Chí Minh', 'Sở Nội vụ TP.HCM', 'SO', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', '79', NULL, NULL),
 ('Sở Tư pháp Thành phố Hồ Chí Minh', NULL, 'SO', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', '79', NULL, NULL),
 ('Sở Tài chính Thành phố Hồ Chí Minh', NULL, 'SO', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', '79', NULL, NULL),
 ('Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh', NULL, 'SO', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', '79', NULL, NULL),
 ('Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh', NULL, 'SO', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', '79', NULL, NULL),
 ('Ban Thi đua - Khen thưởng Thành phố Hồ Chí Minh', NULL, 'BAN', 'Sở Nội vụ Thành phố Hồ Chí Minh', '79', NULL, NULL),
 ('Ban Tôn giáo Thành phố Hồ Chí Minh', NULL, 'BAN', 'Sở Nội vụ Thành phố Hồ Chí Minh', '79', NULL, NULL),
 ('Ủy ban nhân dân thành phố Thủ Đức', 'UBND TP Thủ Đức', 'UBND_CAP_HUYEN', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', '79', DATE '2025-06-30', NULL),
 ('Ủy ban nhân dân Quận 1', 'UBND Quận 1', 'UBND_CAP_HUYEN', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', '79', DATE '2025-06-30', NULL),
 ('Ủy ban nhân dân Quận 10', 'UBND Quận 10', 'UBND_CAP_HUYEN', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', '79', DATE '2025-06-30', NULL),
 ('Thành ủy Thành phố Hồ Chí Minh', NULL, 'CO_QUAN_DANG', NULL, '79', NULL, NULL),
 ('Ban Dân vận Thành ủy Thành phố Hồ Chí Minh', NULL, 'CO_QUAN_DANG', 'Thành ủy Thành phố Hồ Chí Minh', '79', NULL, NULL),
 ('Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh', NULL, 'MAT_TRAN', NULL, '79', NULL, NULL),

 ('Ủy ban nhân dân tỉnh Tuyên Quang', 'UBND tỉnh Tuyên Quang', 'UBND', NULL, '08', NULL, NULL),
 ('Văn phòng Ủy ban nhân dân tỉnh Tuyên Quang', 'Văn phòng UBND tỉnh Tuyên Quang', 'VAN_PHONG', 'Ủy ban nhân dân tỉnh Tuyên Quang', '08', NULL, NULL),
 ('Sở Nội vụ tỉnh Tuyên Quang', NULL, 'SO', 'Ủy ban nhân dân tỉnh Tuyên Quang', '08', NULL, NULL),
 ('Sở Tư pháp tỉnh Tuyên Quang', NULL, 'SO', 'Ủy ban nhân dân tỉnh Tuyên Quang', '08', NULL, NULL),

 ('Ủy ban nhân dân thành phố Đà Nẵng', 'UBND TP Đà Nẵng', 'UBND', NULL, '48', NULL, NULL),
 ('Sở Kế hoạch và Đầu tư thành phố Đà Nẵng', NULL, 'SO', 'Ủy ban nhân dân thành phố Đà Nẵng', '48', NULL, NULL),
 ('Thành ủy Đà Nẵng', NULL, 'CO_QUAN_DANG', NULL, '48', NULL, NULL),
 ('Ủy ban nhân dân tỉnh Bình Dương', 'UBND tỉnh Bình Dương', 'UBND', NULL, '74', DATE '2025-06-30', NULL),

 ('Ủy ban nhân dân thành phố Hải Phòng', 'UBND TP Hải Phòng', 'UBND', NULL, '31', NULL, NULL),
 ('Hội đồng nhân dân thành phố Hải Phòng', 'HĐND TP Hải Phòng', 'HDND', NULL, '31', NULL, NULL),
 ('Sở Nội vụ thành phố Hải Phòng', NULL, 'SO', 'Ủy ban nhân dân thành phố Hải Phòng', '31', NULL, NULL),
 ('Ban Chỉ đạo, biên tập xây dựng Đề án tổ chức chính quyền đô thị thành phố Hải Phòng', NULL, 'BAN_CHI_DAO', 'Ủy ban nhân dân thành phố Hải Phòng', '31', NULL, NULL),
 ('Tổ giúp việc Ban Chỉ đạo, biên tập xây dựng Đề án tổ chức chính quyền đô thị thành phố Hải Phòng', NULL, 'TO_CONG_TAC', 'Ban Chỉ đạo, biên tập xây dựng Đề án tổ chức chính quyền đô thị thành phố Hải Phòng', '31', NULL, NULL),

 ('Ủy ban nhân dân tỉnh Quảng Ninh', 'UBND tỉnh Quảng Ninh', 'UBND', NULL, '22', NULL, NULL),
 ('Ủy ban nhân dân tỉnh Bắc Ninh', 'UBND tỉnh Bắc Ninh', 'UBND', NULL, '27', NULL, NULL),
 ('Ủy ban nhân dân tỉnh Thừa Thiên Huế', 'UBND tỉnh Thừa Thiên Huế', 'UBND', NULL, '46', DATE '2024-12-31', NULL);

-- Parents are inserted before their children (the list is in that order).
DO $$
DECLARE
    seed record;
BEGIN
    FOR seed IN SELECT * FROM seed_organizations ORDER BY n LOOP
        INSERT INTO organizations (name, short_name, kind, parent_id, unit_id, valid_to, note)
        VALUES (seed.name, seed.short_name, seed.kind,
                (SELECT o.id FROM organizations o WHERE o.name = seed.parent),
                (SELECT u.id FROM administrative_units u WHERE u.unit_set = 'old63' AND u.gso_code = seed.unit_code),
                seed.valid_to, seed.note);
        IF seed.parent IS NOT NULL AND NOT EXISTS (SELECT 1 FROM organizations o WHERE o.name = seed.parent) THEN
            RAISE EXCEPTION 'parent % of % not inserted first', seed.parent, seed.name;
        END IF;
    END LOOP;
END
$$;

-- The system organization that the first administrator belongs to.
INSERT INTO organizations (name, kind, note)
VALUES ('Quản trị hệ thống traodoi', 'HE_THONG', 'Created with the database; holds the first administrator.');
