package vn.traodoi.text.draft;

/**
 * One paragraph of a draft as its reader found it; {@code headingLevel} is the level of a Word heading style
 * (1 for "Heading 1"), or 0 when the paragraph carries no heading style.
 */
public record Paragraph(String text, int headingLevel) {

    public static Paragraph of(String text) {
        return new Paragraph(text, 0);
    }
}
