package vn.traodoi.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves tone marks between the two spellings in use for the open syllables ending in {@code oa},
 * {@code oe} and {@code uy}: the traditional one, with the mark on the first vowel ({@code Hòa},
 * {@code Thủy}, {@code Khánh Hòa}), which most official names use, and the modern one, with the mark on
 * the main vowel ({@code Hoà}, {@code Thuỷ}). Both appear in the press and in index tables for the same
 * place, so names are compared after converting them to one spelling.
 *
 * <pre>
 * toTraditional("Hoà Bình")  → "Hòa Bình"
 * toModern("Thanh Hóa")      → "Thanh Hoá"
 * toTraditional("Hoàng")     → "Hoàng"   (closed syllable: the mark is on a in both)
 * toTraditional("quả")       → "quả"     (qu is a consonant: nothing to move)
 * </pre>
 */
public final class TonePlacement {

    /** Grave, acute, hook above, tilde, dot below. */
    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

    /**
     * A syllable (in NFD) whose nucleus is o+a, o+e or u+y with a tone on one of the two vowels and no
     * final consonant. Group 1: letters before the nucleus; 2: first vowel; 3: its tone; 4: second vowel;
     * 5: its tone.
     */
    private static final Pattern OPEN_SYLLABLE = Pattern.compile(
            "(?U)(?<![\\p{L}\\p{M}])(\\p{L}*?)([oOuU])([" + TONES + "]?)([aAeEyY])([" + TONES + "]?)(?![\\p{L}\\p{M}])");

    private TonePlacement() {
    }

    /** Tone on the first vowel of open {@code oa}, {@code oe}, {@code uy}: {@code hoà → hòa}. */
    public static String toTraditional(String text) {
        return move(text, true);
    }

    /** Tone on the second vowel of open {@code oa}, {@code oe}, {@code uy}: {@code hòa → hoà}. */
    public static String toModern(String text) {
        return move(text, false);
    }

    private static String move(String text, boolean traditional) {
        Objects.requireNonNull(text, "text");
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        Matcher m = OPEN_SYLLABLE.matcher(decomposed);
        StringBuilder out = new StringBuilder(decomposed.length());
        while (m.find()) {
            String onset = m.group(1);
            String first = m.group(2);
            String second = m.group(4);
            String tone = m.group(3).isEmpty() ? m.group(5) : m.group(3);
            boolean pair = isPair(first, second);
            boolean consonantU = first.equalsIgnoreCase("u") && onset.toLowerCase(Locale.ROOT).endsWith("q");
            if (tone.isEmpty() || !pair || consonantU || !onsetIsConsonants(onset)) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String replacement = traditional
                    ? onset + first + tone + second
                    : onset + first + second + tone;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isPair(String first, String second) {
        String pair = (first + second).toLowerCase(Locale.ROOT);
        return pair.equals("oa") || pair.equals("oe") || pair.equals("uy");
    }

    private static boolean onsetIsConsonants(String onset) {
        return onset.toLowerCase(Locale.ROOT).chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0 || c > 0x7F && c != 'đ');
    }
}
