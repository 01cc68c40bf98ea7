package vn.traodoi.text.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The head and deputy heads of a delegation, only where the text names them as such, and the side of each person:
 *
 * <pre>
 * "Đoàn do ông A, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn"   → head A
 * "đoàn công tác tỉnh X do Bí thư Tỉnh ủy A dẫn đầu"         → head A
 * "Phó Chủ tịch … A đã dẫn đầu đoàn công tác …"              → head A
 * "Trưởng đoàn là ông A"; "ông B làm Phó Trưởng đoàn"        → head A, deputy B
 * "Cùng đi có …" → guests; "Đón đoàn có …", "… tiếp, làm việc với đoàn" → hosts
 * </pre>
 */
final class Leaders {

    record Result(@Nullable Fact<PersonMention> head, List<Fact<PersonMention>> deputies, List<Fact<PersonMention>> people) {
    }

    private static final Pattern HEAD_AFTER = Pattern.compile("(?U)^[^.;\\n]{0,12}?(?:,\\s*)?(?:đã\\s+)?(?:dẫn đầu|làm [Tt]rưởng [Đđ]oàn|"
            + "làm trưởng đoàn|đứng đầu|là [Tt]rưởng đoàn)");
    private static final Pattern HEAD_BEFORE = Pattern.compile("(?U)(?:[Tt]rưởng [Đđ]oàn là|[Dd]ẫn đầu (?:đoàn )?là|do)\\s+"
            + "(?:(?:ông|bà|đồng chí|Ngài)\\s+)?[^.;\\n]{0,120}$");
    private static final Pattern DEPUTY_AFTER = Pattern.compile("(?U)^[^.;\\n]{0,12}?(?:,\\s*)?(?:làm|là) [Pp]hó [Tt]rưởng [Đđ]oàn");
    /** Words of a sentence that put the people after them with the guests, or with the hosts. */
    private static final List<String> GUEST_CUES = List.of("cùng đi", "thành viên đoàn", "tham gia đoàn", "đoàn gồm");
    private static final List<String> HOST_CUES = List.of("đón đoàn có", "tiếp đoàn có", "làm việc với đoàn có", "tiếp, làm việc",
            "tiếp làm việc", "tiếp và làm việc", "chủ trì", "đón tiếp", "chào đón", "tiếp đoàn");

    private Leaders() {
    }

    static Result read(String text, List<Fact<PersonMention>> people) {
        Fact<PersonMention> head = null;
        List<Fact<PersonMention>> deputies = new ArrayList<>();
        List<Fact<PersonMention>> sided = new ArrayList<>();
        for (Fact<PersonMention> p : people) {
            String after = after(text, p);
            String before = text.substring(Math.max(0, p.span().start() - 140), p.span().start());
            boolean leads = HEAD_AFTER.matcher(after).find() && HEAD_BEFORE.matcher(before).find()
                    || HEAD_AFTER.matcher(after).find() && after.toLowerCase(java.util.Locale.ROOT).contains("dẫn đầu đoàn")
                    || before.matches("(?sU).*[Tt]rưởng [Đđ]oàn là\\s+(?:(?:ông|bà|đồng chí)\\s+)?$");
            if (leads && head == null) {
                head = p;
            } else if (DEPUTY_AFTER.matcher(after).find()) {
                deputies.add(p);
            }
        }
        for (Fact<PersonMention> p : people) {
            PersonMention.Side side = p == head || deputies.contains(p) ? PersonMention.Side.GUEST : side(text, p);
            sided.add(new Fact<>(p.value().on(side), p.span(), p.confidence()));
        }
        Fact<PersonMention> sidedHead = head == null ? null : sided.get(people.indexOf(head));
        List<Fact<PersonMention>> sidedDeputies = deputies.stream().map(d -> sided.get(people.indexOf(d))).toList();
        return new Result(sidedHead, sidedDeputies, sided);
    }

    /** The side a sentence puts a person on: the guests who came along, the hosts who received them. */
    private static PersonMention.Side side(String text, Fact<PersonMention> p) {
        int start = p.span().start();
        int from = Math.max(Math.max(text.lastIndexOf(". ", start), text.lastIndexOf('\n', start)) + 1, start - 250);
        String clause = text.substring(Math.max(0, from), start);
        String lowerClause = clause.toLowerCase(java.util.Locale.ROOT);
        if (GUEST_CUES.stream().anyMatch(lowerClause::contains)) {
            return PersonMention.Side.GUEST;
        }
        String lowerAfter = after(text, p).toLowerCase(java.util.Locale.ROOT);
        if (HOST_CUES.stream().anyMatch(c -> lowerClause.contains(c) || lowerAfter.contains(c))) {
            return PersonMention.Side.HOST;
        }
        return PersonMention.Side.UNKNOWN;
    }

    /** The text after the name and its titles, up to the end of the sentence. */
    private static String after(String text, Fact<PersonMention> p) {
        int end = p.span().end();
        String rest = text.substring(end, Math.min(text.length(), end + 220));
        String title = p.value().titles().isEmpty() ? null : p.value().titles().getLast();
        if (title != null) {
            int at = rest.indexOf(title);
            if (at >= 0 && at < 6) {
                rest = rest.substring(at + title.length());
            }
        }
        return rest;
    }
}
