package vn.traodoi.register;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The abbreviations of a symbol (chữ viết tắt tên cơ quan, of a division): what a valid one is, and the suggestion
 * made from an organization's name for the administrator to accept or correct; a suggestion is never saved by itself.
 *
 * <pre>
 * suggest("Sở Nội vụ tỉnh Tuyên Quang")            → "SNV"
 * suggest("Ủy ban nhân dân Thành phố Hồ Chí Minh") → "UBND"
 * suggest("Sở Kế hoạch và Đầu tư thành phố Đà Nẵng") → "SKHĐT"
 * normalize(" snv ") → "SNV"; valid("SNV-CCVC") → false (the hyphen separates the parts of a symbol)
 * </pre>
 */
final class Abbreviations {

    static final int LONGEST = 20;
    private static final Pattern VALID = Pattern.compile("[A-Z0-9Đ]{1," + LONGEST + "}");
    private static final Pattern WORDS = Pattern.compile("[\\s,;:()\\-–—/.]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Where the locality begins in a name ("… tỉnh Tuyên Quang"): the abbreviation stops there. */
    private static final Set<String> LOCALITY = Set.of("tỉnh", "tp", "quận", "huyện", "xã", "phường");
    private static final Set<String> SKIPPED = Set.of("và");

    private Abbreviations() {
    }

    /** The text as an abbreviation is kept: NFC, trimmed, upper case ("snv" → "SNV"); blank is none. */
    static @Nullable String normalize(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
    }

    /** Upper-case letters without diacritics, Đ and digits, at most {@value #LONGEST}: "SNV", "UBND", "HĐND". */
    static boolean valid(String abbreviation) {
        return VALID.matcher(abbreviation).matches();
    }

    /** The initials of the name before its locality, or empty when the name gives none. */
    static Optional<String> suggest(String organizationName) {
        List<String> words = List.of(WORDS.split(Normalizer.normalize(organizationName.strip(), Normalizer.Form.NFC)));
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).toLowerCase(Locale.ROOT);
            String next = i + 1 < words.size() ? words.get(i + 1).toLowerCase(Locale.ROOT) : "";
            boolean locality = LOCALITY.contains(word) || word.equals("thành") && next.equals("phố")
                    || word.equals("thị") && (next.equals("xã") || next.equals("trấn"));
            if (locality && !initials.isEmpty()) {
                break;
            }
            if (word.isEmpty() || SKIPPED.contains(word) || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            initials.append(initial(word));
        }
        String suggestion = initials.toString();
        return suggestion.isEmpty() || !valid(suggestion) ? Optional.empty() : Optional.of(suggestion);
    }

    private static String initial(String word) {
        String first = word.substring(0, Character.charCount(word.codePointAt(0)));
        if (first.equals("đ")) {
            return "Đ";
        }
        return MARKS.matcher(Normalizer.normalize(first, Normalizer.Form.NFD)).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
