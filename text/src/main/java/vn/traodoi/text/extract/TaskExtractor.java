package vn.traodoi.text.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Follow-up tasks: a leader "giao" (assigns) an organization something, or "đề nghị"/"yêu cầu" it to do something,
 * with a deadline in the same sentence when the text gives one; a list after a colon gives one task a line.
 *
 * <pre>
 * "… giao Sở Nội vụ, các thành viên Tổ giúp việc chủ động hoàn thiện báo cáo … ngay trong tháng 8/2023"
 *     → assignee "Sở Nội vụ, các thành viên Tổ giúp việc", deadline 2023-08
 * "… giao Sở Tư pháp chủ trì rà soát quy chế, báo cáo UBND tỉnh trước ngày 15/9/2024."
 *     → assignee "Sở Tư pháp", task "chủ trì rà soát quy chế, báo cáo UBND tỉnh", deadline 2024-09-15 ("trước ngày 15/9/2024")
 * "UBND tỉnh yêu cầu các sở, ngành:\n- Rà soát …\n- Báo cáo …"   → two tasks of "các sở, ngành"
 * </pre>
 */
final class TaskExtractor {

    private static final String VERBS = "chủ động|tiếp tục|tiếp thu|rà soát|khẩn trương|phối hợp|nghiên cứu|hoàn thiện|tổ chức"
            + "|xây dựng|thực hiện|chuẩn bị|trao đổi|chủ trì|triển khai|tiến hành|theo dõi|chỉ đạo|tập trung|nâng cao|đẩy mạnh"
            + "|quan tâm|luôn|trên cơ sở|trực tiếp|hoàn chỉnh|tổng hợp|báo cáo|tham mưu|kiểm tra|đôn đốc|sớm|có văn bản"
            + "|có kế hoạch|bổ sung|cập nhật|ban hành|hướng dẫn|chịu trách nhiệm|nếu|khi|thường xuyên|kịp thời|quyết liệt|cần|phải";
    private static final Pattern ASSIGN = Pattern.compile(
            "(?U)(?<![\\p{L}])(?:giao|đề nghị|yêu cầu|giao cho|chỉ đạo)\\s*:?\\s+((?:thủ trưởng\\s+|chủ tịch\\s+|lãnh đạo\\s+)?(?:các\\s+|những\\s+)?"
                    + "(?:Sở|Ban|Văn phòng|UBND|Ủy ban|Tổ|Chi cục|Phòng|Trung tâm|Bộ|Cục|Công an|Thanh tra|Hội|Viện|Trường|Đài|Báo"
                    + "|đơn vị|thành viên|thủ trưởng|sở|ngành|cơ quan|cấp|địa phương|huyện|xã|phòng|ban)[^.;:\\n]*?)"
                    + "(?:\\s*:\\s*\\n|\\s*(?<![\\p{L}])(" + VERBS + ")(?![\\p{L}])([^.\\n]*))");

    /** A task that only announces the ones that follow: "tập trung thực hiện tốt các nhiệm vụ (sau)". */
    private static final Pattern GENERIC_TASK = Pattern.compile("(?iU)(?:tập trung|tiếp tục)?\\s*(?:thực hiện|triển khai)"
            + "(?:\\s+tốt|\\s+có hiệu quả)?\\s+(?:các|những|một số)\\s+(?:nhiệm vụ|giải pháp|nội dung)(?:\\s+(?:sau|trọng tâm|chủ yếu))?"
            + "\\s*(?:như sau)?");
    private static final Pattern IN_DETAIL = Pattern.compile("(?U)\\s*[.:]\\s*(?:Trong đó|Cụ thể|Theo đó)\\s*,?\\s*(\\p{Ll}[^.\\n]{10,600})");
    /** "Tổ giúp việc rà soát, bổ sung các căn cứ pháp lý …" right after an assignment: the group is assigned too. */
    private static final Pattern CONTINUED = Pattern.compile(
            "(?U)(?:^|[.!]\\s+)(Tổ giúp việc|Tổ công tác|Văn phòng UBND[^,.]*?|Sở\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+)?)\\s+"
                    + "(rà soát|chủ trì|phối hợp|tham mưu|hoàn thiện|chuẩn bị|xây dựng|tổng hợp)([^.;]*)");
    /** A deadline written at the end of a task: "trước ngày 30/6/2025", "chậm nhất ngày 30-6", "trong quý III/2024". */
    private static final Pattern DEADLINE = Pattern.compile("(?iU)[,\\s]*(?:ngay\\s+)?((?:trước|chậm nhất|hoàn thành trước|xong trước|"
            + "trong|kể từ|đến hết|hạn chót)\\s+(?:ngày\\s+\\d{1,2}[/.-]\\d{1,2}(?:[/.-](?:19|20)\\d{2})?|tháng\\s+\\d{1,2}(?:/(?:19|20)\\d{2})?"
            + "|quý\\s+[IV\\d]+(?:/(?:19|20)\\d{2})?|năm\\s+(?:19|20)\\d{2}|thời gian tới)|định kỳ hằng (?:quý|tháng|năm|Quý)"
            + "|hàng năm|hằng năm)\\s*$");
    private static final Pattern LINE_TASK = Pattern.compile("(?U)^\\s*(?:[-–+•*]|\\d{1,2}[.)]|[a-đ]\\))?\\s*(\\p{Lu}[^\\n]{10,400})$");

    private final DateExtractor dates = new DateExtractor();

    List<Fact<TaskMention>> extract(String text) {
        List<Fact<TaskMention>> found = new ArrayList<>();
        Matcher m = ASSIGN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int last = -1;
        for (Anchors.Window w : Anchors.aroundWords(text, List.of("giao", "đề nghị", "yêu cầu", "chỉ đạo"), 0, 600)) {
            m.region(w.start(), w.end());
            while (m.find()) {
                if (m.start() <= last) {
                    continue;
                }
                last = m.start();
                String assignee = m.group(1).replaceFirst("\\s+cũng như\\s+", ", ").replaceFirst("[,\\s]+$", "").strip();
                if (m.group(2) == null) {
                    lines(text, m.end(), assignee, found);
                    continue;
                }
                Matcher detail = IN_DETAIL.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 700));
                if (GENERIC_TASK.matcher(m.group(2) + m.group(3)).matches() && detail.lookingAt()) {
                    // "… tập trung thực hiện tốt các nhiệm vụ. Trong đó, tiếp tục A; B.": the tasks are what follows
                    add(found, assignee, detail.group(1), m.start(1), detail.end(), 0.7);
                    continue;
                }
                add(found, assignee, m.group(2) + m.group(3), m.start(1), m.end(), 0.75);
            }
        }
        if (!found.isEmpty()) {
            Matcher c = CONTINUED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int lastContinued = -1;
            for (Anchors.Window w : Anchors.aroundWords(text, List.of("Tổ giúp việc", "Tổ công tác", "Văn phòng UBND", "Sở "),
                    3, 400)) {
                c.region(w.start(), w.end());
                while (c.find()) {
                    if (c.start() <= lastContinued
                            || found.stream().anyMatch(f -> f.span().start() <= c.start(1) && c.start(1) < f.span().end())) {
                        continue;
                    }
                    lastContinued = c.start();
                    add(found, c.group(1).strip(), c.group(2) + c.group(3), c.start(1), c.end(), 0.6);
                }
            }
            found.sort(java.util.Comparator.comparingInt(f -> f.span().start()));
        }
        return found;
    }

    /** The lines of a list after "yêu cầu các sở, ngành:", each a task, until a line that is not one. */
    private void lines(String text, int from, String assignee, List<Fact<TaskMention>> found) {
        int at = from;
        for (int n = 0; n < 8 && at < text.length(); n++) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            Matcher line = LINE_TASK.matcher(text.substring(at, end));
            if (!line.find()) {
                break;
            }
            String task = line.group(1);
            if (task.split("\\s+").length < 7) {
                break; // "Trần Huệ - Diệu Linh": the byline after the list, not a task
            }
            String lowered = Character.toLowerCase(task.charAt(0)) + task.substring(1);
            add(found, assignee, lowered.replaceFirst("[.;]\\s*$", ""), at + line.start(1), end, 0.6);
            at = end + 1;
        }
    }

    private void add(List<Fact<TaskMention>> found, String assignee, String rawTask, int start, int end, double confidence) {
        String task = rawTask.strip().replaceFirst("[,;\\s]+$", "");
        String deadlineText = null;
        DateMention deadline = null;
        // a deadline ends the task and, but for "quý III", "thời gian tới" and "hằng năm", holds a number: look at its end only
        Matcher d = DEADLINE.matcher(task).useTransparentBounds(true).region(Math.max(0, task.length() - 80), task.length());
        if (mayEndWithDeadline(task) && d.find()) {
            deadlineText = d.group(1).strip();
            task = task.substring(0, d.start()).strip();
            deadline = parsed(deadlineText);
        } else if (task.length() >= 8 && !assignee.isBlank() && task.chars().anyMatch(Character::isDigit)) {
            // "… giai đoạn 2025 - 2030", "… trong tháng 8/2023": a month or a period anywhere in the task (every date
            // has a digit)
            List<Fact<DateMention>> inTask = dates.extract(task, null).stream()
                    .filter(x -> !(x.value() instanceof DateMention.Days)).toList();
            deadline = inTask.isEmpty() ? null : inTask.getLast().value();
        }
        if (task.length() < 8 || assignee.isBlank()) {
            return;
        }
        found.add(new Fact<>(new TaskMention(assignee, task, deadline, deadlineText), new Span(start, end), confidence));
    }

    private static boolean mayEndWithDeadline(String task) {
        String end = Anchors.lower(task.substring(Math.max(0, task.length() - 80)));
        return end.chars().anyMatch(Character::isDigit) || end.contains("thời gian tới") || end.contains("hằng ")
                || end.contains("hàng năm") || end.contains("quý ");
    }

    private @Nullable DateMention parsed(String deadlineText) {
        List<Fact<DateMention>> all = dates.extract(deadlineText, null);
        return all.isEmpty() ? null : all.getLast().value();
    }
}
