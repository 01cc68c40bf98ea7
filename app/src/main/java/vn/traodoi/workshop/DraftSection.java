package vn.traodoi.workshop;

/**
 * A section of one version of the draft, in the order of the draft. In a page of sections the heading and the body may
 * be the beginning only of a long text ({@code cut}); the section's own page shows it whole.
 */
record DraftSection(long id, long draftId, int ordinal, int level, String label, String heading, String body,
        boolean cut) {

    public DraftSection(long id, long draftId, int ordinal, int level, String label, String heading, String body) {
        this(id, draftId, ordinal, level, label, heading, body, false);
    }

    /** The heading if the draft gave one, else the label: "Điều 3. Hiệu lực", "Phần mở đầu". */
    public String title() {
        return heading.isBlank() ? label : heading;
    }

    /** How lists and the section's page name it: "Mục II. MÔ HÌNH…", "Điều 3. Hiệu lực" ({@link SectionName}). */
    public String display() {
        String name = SectionName.of(label, heading);
        return name == null ? label : name;
    }
}
