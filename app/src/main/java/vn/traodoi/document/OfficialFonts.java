package vn.traodoi.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The face of official documents in PDF: Liberation Serif 2.1 (SIL Open Font License, shipped with its licence in
 * {@code /fonts}), metric-compatible with Times New Roman, which the Word files name, and covering every Vietnamese
 * letter. Each file is read from the classpath once per JVM.
 */
public final class OfficialFonts {

    /** The family name the PDFs embed. */
    public static final String FAMILY = "Liberation Serif";
    public static final String REGULAR = "/fonts/LiberationSerif-Regular.ttf";
    public static final String BOLD = "/fonts/LiberationSerif-Bold.ttf";
    public static final String ITALIC = "/fonts/LiberationSerif-Italic.ttf";
    public static final String BOLD_ITALIC = "/fonts/LiberationSerif-BoldItalic.ttf";

    private static final byte[] REGULAR_BYTES = read(REGULAR);
    private static final byte[] BOLD_BYTES = read(BOLD);
    private static final byte[] ITALIC_BYTES = read(ITALIC);
    private static final byte[] BOLD_ITALIC_BYTES = read(BOLD_ITALIC);
    private static final TrueTypeFont BOLD_METRICS = parse(BOLD_BYTES);
    private static final TrueTypeFont REGULAR_METRICS = parse(REGULAR_BYTES);

    private OfficialFonts() {
    }

    static byte[] regular() {
        return REGULAR_BYTES;
    }

    static byte[] bold() {
        return BOLD_BYTES;
    }

    static byte[] italic() {
        return ITALIC_BYTES;
    }

    static byte[] boldItalic() {
        return BOLD_ITALIC_BYTES;
    }

    /** The width of the text set in the face at this size, in points. */
    public static float width(String text, float size, boolean bold) {
        TrueTypeFont font = bold ? BOLD_METRICS : REGULAR_METRICS;
        try {
            float units = font.getHeader().getUnitsPerEm();
            float sum = 0;
            var cmap = font.getUnicodeCmapLookup();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                sum += font.getAdvanceWidth(cmap.getGlyphId(cp));
            }
            return sum / units * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the face has a glyph for every letter of the text. */
    public static boolean covers(String text) {
        try {
            var cmap = REGULAR_METRICS.getUnicodeCmapLookup();
            return text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                    .allMatch(cp -> cmap.getGlyphId(cp) != 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = OfficialFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
