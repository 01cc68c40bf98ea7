-- What a member learned on each numbered topic of the delegation; the secretary's compilation merges them by topic.
CREATE TABLE member_report_topics (
    member_report_id  bigint NOT NULL REFERENCES member_reports (id) ON DELETE CASCADE,
    topic_id          bigint NOT NULL REFERENCES delegation_topics (id) ON DELETE CASCADE,
    content           text NOT NULL CHECK (length(btrim(content)) > 0),
    PRIMARY KEY (member_report_id, topic_id)
);
