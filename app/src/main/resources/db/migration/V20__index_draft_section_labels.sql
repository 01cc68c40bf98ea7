-- Comments are ordered by the place of their section in the latest version, found by label.
CREATE INDEX draft_sections_label ON draft_sections (draft_id, lower(label));
