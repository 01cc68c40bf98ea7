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

    static final String TYPES = "Kế hoạch|Công văn|Quyết định|Nghị quyết|Thông báo|Chỉ thị|Kết luận|Tờ trình|Báo cáo"
            + "|Nghị định|Thông tư|Luật|Văn bản|Hướng dẫn|Đề án|Chương trình|Quy định|Quy chế";
    private static final String SYMBOL = "\\d{1,6}(?:/(?:19|20)\\d{2})?/\\p{Lu}[\\p{L}\\d]*(?:-\\p{Lu}[\\p{L}\\d]*)*"
            + "|\\d{1,6}-\\p{Lu}[\\p{L}\\d]*/\\p{Lu}[\\p{L}\\d]*(?:-\\p{Lu}[\\p{L}\\d]*)*";
    private static final Pattern REFERENCE = Pattern.compile(
            "(?U)\\b(" + TYPES + "|" + TYPES.toLowerCase(java.util.Locale.ROOT) + ")\\s+(?:số\\s+)?(" + SYMBOL + ")(?![\\p{L}\\d/-])");
    private static final Pattern DATE_AFTER = Pattern.compile(
            "(?iU)^\\s*,?\\s*ngày\\s+(\\d{1,2})(?:[/.-](\\d{1,2})[/.-]|\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+)((?:19|20)\\d{2})");
    private static final Pattern ISSUER_AFTER = Pattern.compile(
            "(?U)^\\s*của\\s+((?:\\p{Lu}[\\p{L}]*|và|nhân|dân|thành|phố|tỉnh|thường|vụ)(?:\\s+(?:\\p{Lu}[\\p{L}]*|và|nhân|dân|thành|phố|tỉnh|Thường|vụ))*)");

    private static final Pattern ISSUED_BEFORE = Pattern.compile(
            "(?iU)^\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})\\s*,\\s*(.+?)\\s+(?:có|ban hành)\\s+$");

    public List<Fact<DocumentReference>> extract(String text) {
        List<Fact<DocumentReference>> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Matcher m = REFERENCE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // Every symbol has a slash: look only around slashes.
        for (Anchors.Window w : Anchors.around(text, c -> c == '/', 40, 50)) {
        m.region(w.start(), w.end());
        while (m.find()) {
            String type = capitalize(m.group(1));
            String symbol = m.group(2);
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
                Matcher before = ISSUED_BEFORE.matcher(window.substring(sentence));
                if (before.find()) {
                    issued = DateMention.safeDate(Integer.parseInt(before.group(3)), Integer.parseInt(before.group(2)),
                            Integer.parseInt(before.group(1)));
                    if (issuer == null) {
                        issuer = before.group(4).strip();
                    }
                }
            }
            DocumentSymbol.Family family = DocumentSymbol.classify(symbol).orElse(null);
            found.add(new Fact<>(new DocumentReference(type, symbol, family, issued, issuer), new Span(m.start(), end),
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
