-- A session may have its hours ("08:00–11:30") beside its part of the day; either may be known without the other,
-- and neither is derived from the other.
ALTER TABLE delegation_sessions ADD COLUMN start_time time;
ALTER TABLE delegation_sessions ADD COLUMN end_time time;
ALTER TABLE delegation_sessions ADD CONSTRAINT delegation_sessions_times
    CHECK (end_time IS NULL OR (start_time IS NOT NULL AND start_time < end_time));
COMMENT ON COLUMN delegation_sessions.start_time IS 'NULL: the hour is not known (the part of day may be)';

-- A member may be known only by the role held ("Thư ký đoàn", name not given): neither a person nor a group.
ALTER TABLE delegation_members DROP CONSTRAINT delegation_members_check;
ALTER TABLE delegation_members ADD CONSTRAINT delegation_members_person_or_group
    CHECK (person_id IS NULL OR group_description IS NULL);
COMMENT ON COLUMN delegation_members.group_description IS
    'Unnamed members: "Giám đốc, Phó Giám đốc các Sở Tư pháp, Tài chính"; NULL with no person: only the role is known';

-- A "group" that only repeats its role ("Thư ký đoàn: Thư ký đoàn") named nobody: keep the role, drop the placeholder.
UPDATE delegation_members SET group_description = NULL
WHERE person_id IS NULL AND lower(btrim(group_description, ' .:')) = CASE role
    WHEN 'HEAD' THEN 'trưởng đoàn' WHEN 'DEPUTY_HEAD' THEN 'phó trưởng đoàn' WHEN 'SECRETARY' THEN 'thư ký đoàn'
    WHEN 'MEMBER' THEN 'thành viên' WHEN 'EXPERT' THEN 'chuyên gia' END;
