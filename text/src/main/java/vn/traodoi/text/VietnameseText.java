package vn.traodoi.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Normalization, folding and match keys for Vietnamese text.
 *
 * <p>Text arrives from Word files, portals and keyboards in both composed and decomposed Unicode, with
 * non-breaking spaces and a dozen dash characters. Everything else in traodoi starts from
 * {@link #normalize(String)}; comparisons that must ignore diacritics use {@link #fold(String)}, and
 * lookups that must also ignore spacing and punctuation use {@link #matchKey(String)}:
 *
 * <pre>
 * normalize("Thừa\u00A0Thiên – Huế")   → "Thừa Thiên - Huế"
 * fold("Thành phố Hồ Chí Minh")         → "thanh pho ho chi minh"
 * fold("Đà Nẵng")                       → "da nang"
 * matchKey("TP. Hồ Chí Minh")           → "tphochiminh"
 * matchKey("Thừa Thiên - Huế")          → "thuathienhue"
 * </pre>
 *
 * <p>{@code matchKey} gives the same keys as the {@code match_key} column of the shipped reference data
 * (folded, lower case, letters and digits only).
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {
    }

    /**
     * Unicode NFC, every dash as {@code -}, runs of white space (including non-breaking and zero-width
     * spaces) as one space, trimmed. Diacritics and case are kept.
     */
    public static String normalize(String text) {
        Objects.requireNonNull(text, "text");
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        String dashes = DASHES.matcher(composed).replaceAll("-");
        return SPACES.matcher(dashes).replaceAll(" ").strip();
    }

    /**
     * Lower case without any diacritic: tone marks and vowel marks removed, {@code đ} as {@code d}.
     * Spacing is normalized as in {@link #normalize(String)}; punctuation is kept, so that
     * {@code "123/QĐ-UBND"} folds to {@code "123/qd-ubnd"}.
     */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        // character by character, as NFC, NFD and removing the marks would give, without three passes over the text:
        // the extractors fold thousands of short names per article
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                    || c == '\uFEFF') {
                space = true;
                continue;
            }
            String folded = c < 0x80 ? null : foldedChar(c);
            if (folded != null && folded.isEmpty()) {
                continue; // a combining mark of decomposed text
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            if (folded == null) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else {
                out.append(folded);
            }
        }
        return out.toString();
    }

    private static final String[] FOLDED_CHARS = new String[Character.MAX_VALUE + 1];

    private static String foldedChar(char c) {
        String folded = FOLDED_CHARS[c];
        if (folded == null) {
            String one = DASHES.matcher(String.valueOf(c)).matches() ? "-" : String.valueOf(c);
            String bare = COMBINING_MARKS.matcher(Normalizer.normalize(one, Normalizer.Form.NFD)).replaceAll("");
            folded = bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
            FOLDED_CHARS[c] = folded;
        }
        return folded;
    }

    /** {@link #fold(String)} with everything but ASCII letters and digits removed. */
    public static String matchKey(String text) {
        return NOT_ALPHANUMERIC.matcher(fold(text)).replaceAll("");
    }

    /** The text with its first letter upper case, as a sentence starts: {@code "đoàn khảo sát"} → {@code "Đoàn khảo sát"}. */
    public static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + text.substring(1);
    }

    /** Whether two texts are equal once folded: {@code "Hòa Bình"} and {@code "hoa binh"} are. */
    public static boolean equalsFolded(String a, String b) {
        return fold(a).equals(fold(b));
    }
}
