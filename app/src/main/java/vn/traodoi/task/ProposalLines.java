package vn.traodoi.task;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.traodoi.system.ListItems;

/**
 * The proposals of a trip report and the conclusions of a workshop as they are typed, one task a line:
 * {@code content | lead organization | deadline}, or with supporting organizations
 * {@code content | lead | supporting; supporting | deadline}; the deadline may be left out. A bullet or a number
 * before the line is not part of it. Text in parentheses after the deadline says who proposed it: the compiled trip
 * report writes each member's name so ({@code … | 12/2027 (Nguyễn Văn An)}).
 *
 * <pre>
 * "2. Nhân rộng bộ phận một cửa | Sở Nội vụ | 12/2027 (Nguyễn Văn An)"
 *   → content "Nhân rộng bộ phận một cửa", lead "Sở Nội vụ", no supporting, deadline "12/2027", by "Nguyễn Văn An"
 * "Học tập mô hình một cửa"   → no lead: not a task, only a proposal
 * </pre>
 */
final class ProposalLines {

    private static final Pattern COLUMNS = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern SUPPORTING = Pattern.compile("\\s*;\\s*");
    /** The deadline (possibly none) and a last parenthesis: "12/2027 (Nguyễn Văn An)", "(Nguyễn Văn An)". */
    private static final Pattern PROPOSER = Pattern.compile("(.*?)\\s*\\(([^()]*)\\)");

    /**
     * One line: as written (without its bullet), and its columns; {@code lead} is null when the line has no second
     * column, so that it names no organization to give the task to.
     */
    record Line(String written, String content, @Nullable String lead, List<String> supporting, String deadline,
            @Nullable String proposedBy) {

        Line {
            supporting = List.copyOf(supporting);
        }

        /** Whether the line names a lead organization, the least a task needs. */
        boolean readable() {
            return lead != null;
        }
    }

    private ProposalLines() {
    }

    /** Every non-blank line of the text, in order. */
    static List<Line> read(@Nullable String text) {
        return ListItems.of(text).stream().map(ProposalLines::line).toList();
    }

    static Line line(String written) {
        String[] parts = COLUMNS.split(written);
        if (parts.length < 2) {
            return new Line(written, written, null, List.of(), "", null);
        }
        List<String> supporting = parts.length > 3
                ? Arrays.stream(SUPPORTING.split(parts[2])).filter(s -> !s.isBlank()).toList()
                : List.of();
        String deadline = (parts.length > 3 ? parts[3] : parts.length > 2 ? parts[2] : "").strip();
        String proposedBy = null;
        Matcher m = PROPOSER.matcher(deadline);
        if (parts.length > 2 && m.matches() && !m.group(2).isBlank()) {
            deadline = m.group(1).strip();
            proposedBy = m.group(2).strip();
        }
        return new Line(written, parts[0], parts[1], supporting, deadline, proposedBy);
    }
}
