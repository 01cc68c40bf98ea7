package vn.traodoi.workshop;

/** A section of one version of the draft, in the order of the draft. */
public record DraftSection(long id, long draftId, int ordinal, int level, String label, String heading, String body) {

    /** The heading if the draft gave one, else the label: "Điều 3. Hiệu lực", "Phần mở đầu". */
    public String title() {
        return heading.isBlank() ? label : heading;
    }
}
