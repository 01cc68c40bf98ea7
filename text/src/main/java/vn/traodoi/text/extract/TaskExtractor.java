package vn.traodoi.text.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follow-up tasks: a leader "giao" (assigns) an organization something, or "đề nghị"/"yêu cầu" it to do something,
 * with a deadline in the same sentence when the text gives one.
 *
 * <pre>
 * "… giao Sở Nội vụ, các thành viên Tổ giúp việc chủ động hoàn thiện báo cáo … ngay trong tháng 8/2023"
 *     → assignee "Sở Nội vụ, các thành viên Tổ giúp việc", deadline 2023-08
 * </pre>
 */
final class TaskExtractor {

    private static final Pattern ASSIGN = Pattern.compile(
            "(?U)(?<![\\p{L}])(?:giao|đề nghị|yêu cầu)\\s+((?:thủ trưởng\\s+)?(?:các\\s+)?(?:Sở|Ban|Văn phòng|UBND|Ủy ban|Tổ|đơn vị|thành viên|thủ trưởng|sở)[^.;]*?)"
                    + "\\s+(chủ động|tiếp tục|tiếp thu|rà soát|khẩn trương|phối hợp|nghiên cứu|hoàn thiện|tổ chức|xây dựng|thực hiện|chuẩn bị|trao đổi)([^.;]*)");

    /** "Tổ giúp việc rà soát, bổ sung các căn cứ pháp lý …" right after an assignment: the group is assigned too. */
    private static final Pattern CONTINUED = Pattern.compile(
            "(?U)(?:^|[.!]\\s+)(Tổ giúp việc|Tổ công tác|Văn phòng UBND[^,.]*?|Sở\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+)?)\\s+"
                    + "(rà soát|chủ trì|phối hợp|tham mưu|hoàn thiện|chuẩn bị|xây dựng|tổng hợp)([^.;]*)");

    private final DateExtractor dates = new DateExtractor();

    List<Fact<TaskMention>> extract(String text) {
        List<Fact<TaskMention>> found = new ArrayList<>();
        Matcher m = ASSIGN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int last = -1;
        for (Anchors.Window w : Anchors.aroundWords(text, List.of("giao", "đề nghị", "yêu cầu"), 0, 600)) {
        m.region(w.start(), w.end());
        while (m.find()) {
            if (m.start() <= last) {
                continue;
            }
            last = m.start();
            String assignee = m.group(1).replaceFirst("\\s+cũng như\\s+", ", ").strip();
            String task = (m.group(2) + m.group(3)).strip();
            List<Fact<DateMention>> deadline = dates.extract(m.group(3), null).stream()
                    .filter(d -> !(d.value() instanceof DateMention.Days)).toList();
            DateMention due = deadline.isEmpty() ? null : deadline.getLast().value();
            found.add(new Fact<>(new TaskMention(assignee, task, due), new Span(m.start(1), m.end()), 0.75));
        }
        }
        if (!found.isEmpty()) {
            Matcher c = CONTINUED.matcher(text);
            while (c.find()) {
                if (found.stream().anyMatch(f -> f.span().start() <= c.start(1) && c.start(1) < f.span().end())) {
                    continue;
                }
                List<Fact<DateMention>> deadline = dates.extract(c.group(3), null).stream()
                        .filter(d -> !(d.value() instanceof DateMention.Days)).toList();
                found.add(new Fact<>(new TaskMention(c.group(1).strip(), (c.group(2) + c.group(3)).strip(),
                        deadline.isEmpty() ? null : deadline.getLast().value()), new Span(c.start(1), c.end()), 0.6));
            }
            found.sort(java.util.Comparator.comparingInt(f -> f.span().start()));
        }
        return found;
    }
}
