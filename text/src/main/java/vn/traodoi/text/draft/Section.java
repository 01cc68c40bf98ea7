package vn.traodoi.text.draft;

/**
 * A section of a draft: {@code label} is how officials cite it ("Điều 3", "Khoản 2 Điều 3", "II.1", "Chương I"),
 * unique within the draft; {@code heading} is its heading line as written; {@code body} the paragraphs under it up to
 * the next section, one a line.
 */
public record Section(int ordinal, int level, String label, String heading, String body) {
}
