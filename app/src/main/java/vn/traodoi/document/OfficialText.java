package vn.traodoi.document;

import java.util.List;

/**
 * The content of an official document in the layout of Decree 30/2020, for any output (Word, PDF): the issuing
 * organization, the number line and the place-and-date line (blanks where they are filled at signing), the titles,
 * the parts (headings and paragraphs), the signer's position and the recipients.
 */
public record OfficialText(String organization, String numberLine, String placeAndDate, List<String> titles,
        List<Block> blocks, String signer, String recipients) {

    /** A heading ("I. CĂN CỨ") or a paragraph of the body. */
    public record Block(boolean heading, String text) {

        public static Block heading(String text) {
            return new Block(true, text);
        }

        public static Block paragraph(String text) {
            return new Block(false, text);
        }
    }

    public OfficialText {
        titles = List.copyOf(titles);
        blocks = List.copyOf(blocks);
    }

    /** As a Word document. */
    public byte[] docx() {
        try (OfficialDocx doc = new OfficialDocx(false)) {
            doc.heading(organization, numberLine, placeAndDate);
            titles.forEach(t -> doc.title(t, 14));
            for (Block b : blocks) {
                if (b.heading()) {
                    doc.heading2(b.text());
                } else {
                    doc.body(b.text());
                }
            }
            doc.signature(signer, recipients);
            return doc.bytes();
        }
    }

    /** As a PDF, A4, with the Vietnamese font embedded. */
    public byte[] pdf() {
        return OfficialPdf.render(this);
    }
}
