package vn.traodoi.text.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.traodoi.text.DocumentSymbol;

/**
 * Documents cited by number and symbol. The type is the word before "số"; a date right after ("ngày 24-6-2023") is
 * the date of issue; "của X" right after names the issuer. A document cited twice is reported once, where it first
 * appears.
 *
 * <pre>
 * "Kế hoạch số 196/KH-UBND"                       → Kế hoạch 196/KH-UBND
 * "Nghị quyết số 98/2023/QH15 ngày 24-6-2023 của Quốc hội" → Nghị quyết 98/2023/QH15, 2023-06-24, Quốc hội
 * </pre>
 */
public final class DocumentExtractor {

    static final String TYPES = "Chương trình hành động|Kế hoạch|Công văn|Quyết định|Nghị quyết|Thông báo|Chỉ thị|Kết luận|Tờ trình|Báo cáo"
            + "|Nghị định|Thông tư|Luật|Văn bản|Hướng dẫn|Đề án|Chương trình|Quy định|Quy chế";
    // "2792/2010/QĐ-UBND", "60-NQ/TW", and the same with stray spaces: "2792 /2010/QĐ-UBND", "60- NQ/TW"
    private static final String SYMBOL = "\\d{1,6}(?:\\s?/\\s?(?:19|20)\\d{2})?\\s?/\\s?\\p{Lu}[\\p{L}\\d&]*(?:\\s?-\\s?\\p{Lu}[\\p{L}\\d&]*)*"
            + "|\\d{1,6}\\s?-\\s?\\p{Lu}[\\p{L}\\d]*/\\p{Lu}[\\p{L}\\d]*(?:-\\p{Lu}[\\p{L}\\d]*)*";
    private static final Pattern REFERENCE = Pattern.compile(
            "(?U)\\b(" + TYPES + "|" + TYPES.toLowerCase(java.util.Locale.ROOT) + ")\\s+(?:số\\s*:?\\s*)?(" + SYMBOL + ")(?![\\p{L}\\d/-])");
    private static final Pattern DATE_AFTER = Pattern.compile(
            "(?iU)^\\s*,?\\s*ngày\\s+(\\d{1,2})(?:[/.-](\\d{1,2})[/.-]|\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+)((?:19|20)\\d{2})");
    /** "của Ủy ban nhân dân tỉnh Hà Giang": the issuer whole, up to the clause's end, or none. */
    private static final Pattern ISSUER_AFTER = Pattern.compile(
            "(?U)^\\s*,?\\s*của\\s+(\\p{Lu}[^,.;:()\\n]{1,90}?)(?=\\s*(?:[,.;:()\\n]|$)|\\s+(?:về|đã|đến|và|để|nhằm|thì|với|trong|"
                    + "tại|cho|ngày|thực hiện|trình|là|có|được|theo|sẽ|vừa|năm)(?![\\p{L}]))");
    /** The words that make a document the ground of the event: "Thực hiện Kế hoạch số …", "Căn cứ Quyết định …". */
    private static final Pattern BASIS_BEFORE = Pattern.compile("(?iU)(?:căn cứ|thực hiện|theo|thi hành|trên cơ sở)\\s+"
            + "(?:(?:nội dung|tinh thần|chỉ đạo tại|quy định tại|các|đúng)\\s+)?$");
    private static final Pattern NUMERIC_ISSUED_BEFORE = Pattern.compile(
            "(?iU)(?:^|\\s)(?:ngày\\s+)?(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d{2})\\s*,\\s*(.{2,80}?)\\s+(?:đã\\s+|vừa\\s+)?(?:có|ban hành)\\s+$");

    private static final Pattern ISSUED_BEFORE = Pattern.compile(
            "(?iU)^\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})\\s*,\\s*(.+?)\\s+(?:có|ban hành)\\s+$");

    public List<Fact<DocumentReference>> extract(String text) {
        List<Fact<DocumentReference>> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Matcher m = REFERENCE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // Every symbol has a slash: look only around slashes.
        int next = 0;
        for (Anchors.Window w : Anchors.around(text, '/', 40, 50)) {
        // a reference starts a word ("Kế hoạch", "quyết định"): try only where a word starts
        for (int at = Math.max(w.start(), next); at < w.end(); at++) {
            if (!Character.isLetter(text.charAt(at)) || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
                    || !m.region(at, w.end()).lookingAt()) {
                continue;
            }
            next = m.end();
            at = m.end() - 1;
            String type = capitalize(m.group(1));
            String symbol = m.group(2).replaceAll("\\s+", "");
            if (!seen.add(symbol)) {
                continue;
            }
            String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 200));
            LocalDate issued = null;
            int end = m.end();
            Matcher date = DATE_AFTER.matcher(rest);
            if (date.find()) {
                int month = Integer.parseInt(date.group(2) != null ? date.group(2) : date.group(3));
                issued = DateMention.safeDate(Integer.parseInt(date.group(4)), month, Integer.parseInt(date.group(1)));
                end += date.end();
                rest = rest.substring(date.end());
            }
            String issuer = null;
            Matcher by = ISSUER_AFTER.matcher(rest);
            if (by.find()) {
                issuer = by.group(1).strip();
                end += by.end();
            }
            if (issued == null) {
                // "Ngày 12 tháng 7 năm 2022, Ủy ban nhân dân thành phố Hà Nội có Kế hoạch số …": the issuer issued it that day
                int from = Math.max(0, m.start() - 300);
                String window = text.substring(from, m.start());
                int sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf('\n')) + 1;
                String clause = window.substring(sentence);
                Matcher before = ISSUED_BEFORE.matcher(clause);
                boolean hit = before.find();
                if (!hit) {
                    before = NUMERIC_ISSUED_BEFORE.matcher(clause); // "15/7/2022, UBND tỉnh ban hành Công văn số …"
                    hit = before.find();
                }
                if (hit) {
                    issued = DateMention.safeDate(Integer.parseInt(before.group(3)), Integer.parseInt(before.group(2)),
                            Integer.parseInt(before.group(1)));
                    if (issuer == null) {
                        issuer = before.group(4).strip();
                    }
                }
            }
            DocumentSymbol.Family family = DocumentSymbol.classify(symbol).orElse(null);
            String lead = text.substring(Math.max(0, m.start() - 40), m.start());
            boolean basis = BASIS_BEFORE.matcher(lead).find();
            found.add(new Fact<>(new DocumentReference(type, symbol, family, issued, issuer, basis), new Span(m.start(), end),
                    family == null ? 0.7 : 0.95));
        }
        }
        found.sort(java.util.Comparator.comparingInt(f -> f.span().start()));
        return found;
    }

    private static String capitalize(String type) {
        return Character.toUpperCase(type.charAt(0)) + type.substring(1);
    }

}
