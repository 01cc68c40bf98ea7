package vn.traodoi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.traodoi.system.ListItems;

/**
 * The lessons section of a trip report as the secretary writes it, one lesson a line; {@code topic: lesson} gives the
 * lesson its topic when the topic is short (under 80 characters) and the colon is followed by a space, so that a time
 * ("8:30") or an address ("https://dichvucong.gov.vn") inside a lesson is not taken for one.
 *
 * <pre>
 * "- Cải cách hành chính: tiếp nhận hồ sơ trực tuyến" → topic "Cải cách hành chính", lesson "tiếp nhận hồ sơ trực tuyến"
 * "Chuyển đổi số:"                                     → nothing (a topic without a lesson)
 * </pre>
 */
final class LessonLines {

    /** A topic, its colon, and what follows it after a space (nothing: a topic without a lesson). */
    private static final Pattern TOPIC = Pattern.compile("([^:]{1,79}?)\\s*:(?:\\s+(.*))?");

    /** One lesson: its topic when the line names one, and what was learned. */
    record Lesson(@Nullable String topic, String content) {
    }

    private LessonLines() {
    }

    static List<Lesson> read(@Nullable String text) {
        List<Lesson> lessons = new ArrayList<>();
        for (String line : ListItems.of(text)) {
            Matcher m = TOPIC.matcher(line);
            if (!m.matches()) {
                lessons.add(new Lesson(null, line));
            } else if (m.group(2) != null && !m.group(2).isBlank()) {
                lessons.add(new Lesson(m.group(1).strip(), m.group(2).strip()));
            }
        }
        return lessons;
    }
}
