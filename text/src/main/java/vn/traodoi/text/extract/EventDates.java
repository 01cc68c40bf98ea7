package vn.traodoi.text.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which of an article's dates are the event's own. News gives the day of a visit or a workshop at the head of a
 * sentence with a part of the day ("Sáng 12/3", "Ngày 8-9,", "Từ ngày 1 đến 15-11,", "Chiều ngày 27/4"); every
 * other date is something else: a document's date ("Kế hoạch số 16/KH-ĐT ngày 21/9/2017"), the page's timestamp,
 * a deadline ("trước ngày 30/6"), a date to come ("sẽ tổ chức vào ngày …").
 */
final class EventDates {

    private static final Pattern DAY_PART_BEFORE = Pattern.compile(
            "(?iU)(?:^|[\\s(,.\\-–])(?:sáng|chiều|tối|trưa|đêm|ngày|từ|hôm)(?:\\s+(?:nay|qua|ngày|hôm nay|hôm qua|thứ\\s+\\p{L}+,?|"
                    + "chủ nhật,?))?\\s*(?:ngày\\s*)?$");
    private static final Pattern DOCUMENT_BEFORE = Pattern.compile(
            "(?iU)(?:\\d+\\s*/\\s*\\p{Lu}|[\\p{L}\\d]/\\p{Lu}[\\p{L}\\d-]*|\\bsố\\s*:?\\s*\\d|ban hành|ký|(?:kế hoạch|quyết định|nghị quyết|công văn|thông báo|"
                    + "hướng dẫn|chỉ thị|kết luận|thông tư|nghị định|văn bản|tờ trình|báo cáo|luật)\\s+[^.;\\n]{0,40})\\s*,?\\s*(?:ngày\\s*)?$");
    private static final Pattern NOT_THE_EVENT_BEFORE = Pattern.compile(
            "(?iU)(?:trước|chậm nhất|hạn|hoàn thành|đến hết|kể từ|sẽ|dự kiến|tính đến|đến)\\s+(?:ngày\\s*)?$");
    /** "Ngày 15/7/2022, Sở Nội vụ nhận được Công văn số …": the day of a document, not of the visit. */
    private static final Pattern DOCUMENT_AFTER = Pattern.compile("(?iU)^[^.;\\n]{0,120}?(?:nhận được|ban hành|đã ký|ký ban hành|"
            + "gửi|có)\\s+(?:(?:các|một)\\s+)?(?:công văn|kế hoạch|quyết định|văn bản|thông báo|tờ trình|nghị quyết|chỉ thị|"
            + "hướng dẫn|giấy mời)(?![\\p{L}])");
    private static final Pattern FUTURE_IN_SENTENCE = Pattern.compile("(?iU)\\b(?:sẽ|dự kiến|sắp tới)\\b");

    private EventDates() {
    }

    static List<Fact<DateMention>> select(String text, List<Fact<DateMention>> dates, Dateline.Stamps stamps) {
        List<Fact<DateMention>> event = new ArrayList<>();
        for (Fact<DateMention> f : dates) {
            if (!(f.value() instanceof DateMention.Days) || stamps.covers(f.span())) {
                continue;
            }
            int start = f.span().start();
            String before = text.substring(Math.max(0, start - 60), start);
            int cut = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n')), before.lastIndexOf(';'));
            String clause = before.substring(cut + 1);
            boolean namedDay = text.regionMatches(true, start, "ngày", 0, 4);
            String after = text.substring(f.span().end(), Math.min(text.length(), f.span().end() + 160));
            if (DOCUMENT_BEFORE.matcher(clause).find() || NOT_THE_EVENT_BEFORE.matcher(clause).find()
                    || DOCUMENT_AFTER.matcher(after).find()
                    || !namedDay && !DAY_PART_BEFORE.matcher(clause).find() && !startsSentence(clause)) {
                continue;
            }
            if (FUTURE_IN_SENTENCE.matcher(sentenceAround(text, start)).find()) {
                continue;
            }
            event.add(f);
        }
        return event;
    }

    /** A date heading its sentence, after an outlet's mark: "(NTO) 8/9, …" is rare; "(QNO) - Sáng nay 24/8" is not. */
    private static boolean startsSentence(String clause) {
        return clause.strip().matches("(?U)(?:\\([^)]{1,20}\\)\\s*-?)?");
    }

    private static String sentenceAround(String text, int at) {
        int from = Math.max(0, at - 200);
        String before = text.substring(from, at);
        int s = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
        int end = text.indexOf(". ", at);
        int line = text.indexOf('\n', at);
        int stop = end < 0 ? line : line < 0 ? end : Math.min(end, line);
        return text.substring(from + s + 1, stop < 0 ? Math.min(text.length(), at + 200) : stop);
    }
}
