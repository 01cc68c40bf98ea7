package vn.traodoi.signing;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import vn.traodoi.document.OfficialFonts;
import vn.traodoi.system.InvalidInputException;

/**
 * The visible block of a signature, written into the page's content so that it prints, reads aloud and is found by
 * any text extraction: a frame, and centred in it the authority, the position and the name (in bold, as the signature
 * block of Decree 30/2020 writes them), then the time of signing and the certificate's holder in smaller type. Each
 * line shrinks to fit the width; the whole shrinks to fit the height.
 *
 * <pre>
 *        KT. GIÁM ĐỐC
 *        PHÓ GIÁM ĐỐC
 *      Nguyễn Thị Thược
 *   Ký số: 15/07/2026 09:30
 * Ký bởi: Sở Tư pháp, UBND tỉnh Tuyên Quang
 * </pre>
 */
final class VisibleBlock {

    /**
     * The face the block is written in, with full Vietnamese coverage, from the classpath. One face: the bold lines
     * are drawn filled and stroked.
     */
    static final String FONT = OfficialFonts.REGULAR;

    private static final float PADDING = 4;
    private static final float BOLD_SIZE = 11;
    private static final float SMALL_SIZE = 8;
    private static final float LEADING = 1.3f;
    private static final Color FRAME = new Color(0x1f, 0x3a, 0x8a);

    /** One line of the block. */
    record Line(String text, boolean bold) {

        Line {
            // One NFC line: decomposed marks would be drawn apart, and a line break would be no line of the block.
            text = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        }
    }

    /** The font file, read once. */
    private static final class Face {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = VisibleBlock.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the signature font " + FONT + " is not on the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the signature font " + FONT, e);
            }
        }
    }

    private VisibleBlock() {
    }

    /** The lines of a block: the signer's, then "Ký số: …" and "Ký bởi: …" already written out. */
    static List<Line> lines(SignatureBlock block, String signedAt, String holder) {
        List<Line> lines = new ArrayList<>();
        for (String bold : List.of(block.authority(), block.position(), block.signerName())) {
            Line line = new Line(bold, true);
            if (!line.text().isEmpty()) {
                lines.add(line);
            }
        }
        lines.add(new Line(signedAt, false));
        lines.add(new Line(holder, false));
        return lines;
    }

    /** Draws the block on {@code page} within {@code area}; a character the font lacks is refused first. */
    static void draw(PDDocument document, PDPage page, PDRectangle area, List<Line> lines) throws IOException {
        PDType0Font font = PDType0Font.load(document, new RandomAccessReadBuffer(Face.BYTES), true, false);
        for (Line line : lines) {
            requireGlyphs(font, line.text());
        }
        float width = area.getWidth() - 2 * PADDING;
        List<Float> sizes = new ArrayList<>();
        float height = 0;
        for (Line line : lines) {
            float size = line.bold() ? BOLD_SIZE : SMALL_SIZE;
            float textWidth = font.getStringWidth(line.text()) / 1000 * size;
            if (textWidth > width) {
                size *= width / textWidth;
            }
            sizes.add(size);
            height += size * LEADING;
        }
        float scale = Math.min(1, (area.getHeight() - 2 * PADDING) / height);
        try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
            content.setStrokingColor(FRAME);
            content.setLineWidth(0.8f);
            content.addRect(area.getLowerLeftX(), area.getLowerLeftY(), area.getWidth(), area.getHeight());
            content.stroke();
            float y = area.getUpperRightY() - PADDING - (area.getHeight() - 2 * PADDING - height * scale) / 2;
            content.setNonStrokingColor(Color.BLACK);
            content.setStrokingColor(Color.BLACK);
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                float size = sizes.get(i) * scale;
                y -= size * LEADING;
                float textWidth = font.getStringWidth(line.text()) / 1000 * size;
                content.beginText();
                content.setFont(font, size);
                if (line.bold()) {
                    content.setRenderingMode(RenderingMode.FILL_STROKE);
                    content.setLineWidth(size * 0.03f);
                } else {
                    content.setRenderingMode(RenderingMode.FILL);
                }
                content.newLineAtOffset(area.getLowerLeftX() + (area.getWidth() - textWidth) / 2, y + size * 0.25f);
                content.showText(line.text());
                content.endText();
            }
        }
    }

    /** Refuses a line with a character that the font cannot draw, naming it. */
    private static void requireGlyphs(PDType0Font font, String text) {
        text.codePoints().forEach(c -> {
            String character = Character.toString(c);
            try {
                font.encode(character);
            } catch (IllegalArgumentException | IOException e) {
                throw new InvalidInputException("block", "signing.block.glyph", character,
                        String.format(Locale.ROOT, "U+%04X", c));
            }
        });
    }
}
