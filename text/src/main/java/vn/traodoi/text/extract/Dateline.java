package vn.traodoi.text.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The page's own timestamps: when the article was published or updated, never the day of the event. A portal writes
 * them in many ways, and they carry a time of day or a weekday that an event date does not:
 *
 * <pre>
 * "Thứ hai - 24/07/2023 00:48"   "- Chủ nhật - 07/07/2019 06:54"   "10:11, 01/11/2015"   "26/02/2023 - 14:03"
 * "Thứ Sáu, 12/05/2023"          "Cập nhật lúc 09:15 ngày 04/06/2023"   "04/06/2023 12:09:00"
 * "Đã đăng vào 22 Th12, 2019 lúc 13:03"   "date 2023-08" (the archive's dateline: a month)
 * </pre>
 *
 * The first one near the top is the publication; every one of them, anywhere, is kept out of the event's dates.
 */
final class Dateline {

    private static final String DMY = "(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d{2})";
    private static final String TIME = "\\d{1,2}[:h]\\d{2}(?::\\d{2})?(?:\\s*(?:AM|PM|SA|CH))?";
    private static final String WEEKDAY = "(?:[Tt]hứ\\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|\\d)|[Cc]hủ\\s+[Nn]hật|T[2-7]|CN)";
    private static final List<Pattern> STAMPS = List.of(
            Pattern.compile("(?U)" + WEEKDAY + "\\s*[,-]?\\s*(?:[Nn]gày\\s+)?" + DMY + "(?:\\s*[,-]?\\s*(?:lúc\\s+)?" + TIME + ")?"),
            Pattern.compile("(?U)" + TIME + "\\s*(?:[,-]|ngày)?\\s*(?:" + WEEKDAY + "\\s*[,-]?\\s*)?" + DMY),
            Pattern.compile("(?U)(?<![\\d/.-])" + DMY + "\\s*(?:[,-]|lúc)?\\s*" + TIME),
            Pattern.compile("(?iU)(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|ngày cập nhật|xuất bản|published)\\s*(?:lúc|ngày|vào)?\\s*:?\\s*"
                    + "(?:" + TIME + "\\s*(?:ngày|,)?\\s*)?" + DMY));
    private static final Pattern MONTH_NAMED = Pattern.compile(
            "(?U)(?:đăng\\s+(?:vào|lúc)?\\s*)?(\\d{1,2})\\s+Th(?:áng)?\\s*(\\d{1,2}),?\\s+((?:19|20)\\d{2})(?:\\s+lúc\\s+" + TIME + ")?");
    private static final Pattern ARCHIVE = Pattern.compile("(?m)\\A(?:SOURCE:[^\\n]*\\n)?date\\s+((?:19|20)\\d{2})-(\\d{2})\\b");

    /** The timestamps found, the first one's day (or month), and their spans. */
    record Stamps(@Nullable LocalDate published, @Nullable YearMonth month, List<Span> spans) {

        boolean covers(Span span) {
            return spans.stream().anyMatch(s -> s.start() <= span.start() && span.end() <= s.end()
                    || span.start() < s.end() && s.start() < span.end());
        }
    }

    private Dateline() {
    }

    static Stamps find(String text) {
        List<Span> spans = new ArrayList<>();
        LocalDate first = null;
        int firstAt = Integer.MAX_VALUE;
        // a timestamp has a time of day, a weekday or a word that says it: look only around those
        String lower = Anchors.lower(text);
        List<Anchors.Window> times = Anchors.around(text, ':', 45, 45);
        List<Anchors.Window> weekdays = Anchors.aroundWords(lower, List.of("thứ", "chủ nhật", "cn", "t2", "t3", "t4", "t5",
                "t6", "t7"), 1, 60);
        List<Anchors.Window> said = Anchors.aroundWords(lower, List.of("cập nhật", "đăng", "xuất bản", "published"), 1, 70);
        // each pattern where it can start: a weekday, a time of day, or a word that says "published"
        List<List<Anchors.Window>> where = List.of(weekdays, times, times, said);
        for (int k = 0; k < STAMPS.size(); k++) {
            Pattern p = STAMPS.get(k);
            Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (Anchors.Window w : where.get(k)) {
            m.region(w.start(), w.end());
            while (m.find()) {
                LocalDate day = day(m, groupOf(m));
                if (day == null) {
                    continue;
                }
                spans.add(new Span(m.start(), m.end()));
                if (m.start() < firstAt && m.start() < 800) {
                    first = day;
                    firstAt = m.start();
                }
            }
            }
        }
        Matcher named = MONTH_NAMED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (Anchors.Window w : Anchors.aroundWords(text, List.of(" Th"), 20, 14)) {
        named.region(w.start(), w.end());
        while (named.find()) {
            LocalDate day = DateMention.safeDate(Integer.parseInt(named.group(3)), Integer.parseInt(named.group(2)),
                    Integer.parseInt(named.group(1)));
            if (day != null && named.group().contains("Th")) {
                spans.add(new Span(named.start(), named.end()));
                if (named.start() < firstAt && named.start() < 800) {
                    first = day;
                    firstAt = named.start();
                }
            }
        }
        }
        YearMonth month = first == null ? null : YearMonth.from(first);
        Matcher archive = ARCHIVE.matcher(text);
        if (archive.find()) {
            int m = Integer.parseInt(archive.group(2));
            if (m >= 1 && m <= 12) {
                spans.add(new Span(archive.start(1), archive.end()));
                if (month == null) {
                    month = YearMonth.of(Integer.parseInt(archive.group(1)), m);
                }
            }
        }
        return new Stamps(first, month, spans);
    }

    /** The index of the group holding the day of the date pattern, found by position. */
    private static int groupOf(Matcher m) {
        for (int g = 1; g + 2 <= m.groupCount(); g++) {
            if (m.group(g) != null && m.group(g + 1) != null && m.group(g + 2) != null && m.group(g + 2).length() == 4) {
                return g;
            }
        }
        return -1;
    }

    private static @Nullable LocalDate day(Matcher m, int g) {
        return g < 0 ? null : DateMention.safeDate(Integer.parseInt(m.group(g + 2)), Integer.parseInt(m.group(g + 1)),
                Integer.parseInt(m.group(g)));
    }
}
