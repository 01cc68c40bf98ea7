package vn.traodoi.workshop;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How officials name a section of a draft: its label as a reference ("Điều 5", "Mục II", "Khoản 2 Điều 5"), then its
 * heading as the draft words it, without the number the heading repeats. The label a draft reader made unique
 * ("2 (2)" for a second "2.") is a number the draft never wrote, so it is not shown.
 * <pre>
 * "2 (2)", "2. Mô hình tổ chức chính quyền đô thị"  → "Mục 2. Mô hình tổ chức chính quyền đô thị"
 * "II",    "II. MÔ HÌNH TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ" → "Mục II. MÔ HÌNH TỔ CHỨC CHÍNH QUYỀN ĐÔ THỊ"
 * "Điều 5", "Điều 5. Hiệu lực thi hành"             → "Điều 5. Hiệu lực thi hành"
 * "Phần mở đầu", ""                                 → "Phần mở đầu"
 * </pre>
 */
final class SectionName {

    /** What a list or a table cell shows at most of a long heading (a clause is its whole first paragraph). */
    static final int SHORT = 160;

    private static final Pattern UNIQUE_SUFFIX = Pattern.compile("^(.+?) \\((\\d+)\\)$");
    /** Labels that are a bare number of the draft's outline: "2", "2.1", "II", "II.1". */
    private static final Pattern OUTLINE_NUMBER = Pattern.compile("^(?:[IVXLC]+(?:\\.\\d{1,2}){0,3}|\\d{1,2}(?:\\.\\d{1,2}){0,3})$");
    /** The marker a heading opens with, and the punctuation after it. */
    private static final Pattern MARKER = Pattern.compile("(?iU)^(?:phần\\s+thứ\\s+(?<ordinal>\\p{L}+)"
            + "|(?:phần|chương|mục|điều)\\s+(?<word>[ivxlc]+|\\d+[a-z]?)|(?-i:(?<roman>[IVXLC]+))"
            + "|(?<number>\\d{1,2}(?:\\.\\d{1,2}){0,3}))(?:\\s*[.):/–—-]+\\s*|\\s+|$)");
    /** Labels a draft reader makes from a numbered heading; any other label is a heading the draft styled as one. */
    private static final Pattern NUMBERED_LABEL = Pattern.compile("(?U)^(?:Phần\\s+(?:thứ\\s+\\p{L}+|[IVXLC]+|\\d+)"
            + "|(?:Chương|Mục)\\s+(?:[IVXLC]+|\\d+)|Điều\\s+\\d+[a-z]?|Khoản\\s+[\\d.]+"
            + "|[IVXLC]+(?:\\.\\d{1,2}){0,3}|\\d{1,2}(?:\\.\\d{1,2}){0,3})(?:[\\s,].*)?$");

    private SectionName() {
    }

    /** The whole name; the label alone when there is no heading; null for a comment on the whole draft. */
    static @Nullable String of(@Nullable String label, @Nullable String heading) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String base = base(label.strip());
        String reference = OUTLINE_NUMBER.matcher(base).matches() ? "Mục " + base : base;
        String h = heading == null ? "" : heading.strip();
        if (h.isEmpty() || h.equalsIgnoreCase(base) || h.equalsIgnoreCase(label.strip())) {
            return reference;
        }
        Matcher m = MARKER.matcher(h);
        if (m.find() && names(base, m)) {
            String rest = h.substring(m.end()).strip();
            return rest.isEmpty() ? reference : reference + ". " + rest;
        }
        // A heading the draft styled as one (no number): the label is that heading, perhaps shortened.
        String start = base.endsWith("…") ? base.substring(0, base.length() - 1) : base;
        if (!NUMBERED_LABEL.matcher(base).matches() && h.startsWith(start)) {
            return h;
        }
        return reference + " — " + h;
    }

    /** The name cut to about {@code max} characters at a word, with "…". */
    static @Nullable String shortened(@Nullable String label, @Nullable String heading, int max) {
        String name = of(label, heading);
        if (name == null || name.length() <= max) {
            return name;
        }
        int cut = name.lastIndexOf(' ', max - 1);
        return name.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }

    /** "2 (2)" → "2": the draft wrote "2." twice; the count was added to tell the sections apart. */
    private static String base(String label) {
        Matcher m = UNIQUE_SUFFIX.matcher(label);
        return m.matches() ? m.group(1) : label;
    }

    /** Whether the heading's marker is the section's own: its number is one of the label's ("1" of "Khoản 1 Điều 5"). */
    private static boolean names(String base, Matcher m) {
        String number = m.group("ordinal") != null ? m.group("ordinal") : m.group("word") != null ? m.group("word")
                : m.group("roman") != null ? m.group("roman") : m.group("number");
        String[] tokens = base.toLowerCase(Locale.ROOT).split("[\\s,.]+");
        String last = number.contains(".") ? number.substring(number.lastIndexOf('.') + 1) : number;
        return Arrays.asList(tokens).contains(number.toLowerCase(Locale.ROOT))
                || Arrays.asList(tokens).contains(last.toLowerCase(Locale.ROOT));
    }
}
