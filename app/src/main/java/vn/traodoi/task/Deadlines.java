package vn.traodoi.task;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.traodoi.system.Days;
import vn.traodoi.task.FollowUpTask.DeadlineKind;

/**
 * A task's deadline as officials write it: a day ("31/08/2023"), a month ("8/2023": by the month's last day) or a
 * period ("2025-2030": by the last day of its last year), or none. A deadline may not fall before the day the task was
 * given.
 *
 * <pre>
 * kindOf("8/2023")                         → MONTH
 * read(MONTH, "8/2023")                    → MONTH 2023-08-31
 * read(PERIOD, "2025 – 2030")              → PERIOD 2030-12-31, 2025 to 2030
 * check(DAY, "31/02/2023", 01/01/2023)     → NONE, problem "task.deadline.day"
 * </pre>
 */
final class Deadlines {

    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");

    /** A deadline read: its kind, the day it falls on, and for a period its first and last year. */
    record Deadline(DeadlineKind kind, @Nullable LocalDate date, @Nullable Integer from, @Nullable Integer to) {

        static final Deadline NONE = new Deadline(DeadlineKind.NONE, null, null, null);
    }

    /** The deadline of a form and, when it cannot be taken, why (a message key); NONE unless it was read. */
    record Checked(Deadline deadline, @Nullable String problem) {
    }

    private Deadlines() {
    }

    /** The kind of a deadline written on a proposal's line: nothing, a period, a month, otherwise a day. */
    static DeadlineKind kindOf(String written) {
        String text = written.strip();
        return text.isEmpty() ? DeadlineKind.NONE : PERIOD.matcher(text).matches() ? DeadlineKind.PERIOD
                : MONTH.matcher(text).matches() ? DeadlineKind.MONTH : DeadlineKind.DAY;
    }

    /** The deadline of that kind as written, or empty when the text is not one ("13/2023", "2030-2025", "31/02/2023"). */
    static Optional<Deadline> read(DeadlineKind kind, String written) {
        String text = written.strip();
        return switch (kind) {
            case DAY -> Days.parse(text).map(day -> new Deadline(kind, day, null, null));
            case MONTH -> {
                Matcher m = MONTH.matcher(text);
                int month = m.matches() ? Integer.parseInt(m.group(1)) : 0;
                yield month >= 1 && month <= 12
                        ? Optional.of(new Deadline(kind, YearMonth.of(Integer.parseInt(m.group(2)), month).atEndOfMonth(),
                                null, null))
                        : Optional.empty();
            }
            case PERIOD -> {
                Matcher m = PERIOD.matcher(text);
                if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
                    yield Optional.empty();
                }
                int from = Integer.parseInt(m.group(1));
                int to = Integer.parseInt(m.group(2));
                yield Optional.of(new Deadline(kind, LocalDate.of(to, 12, 31), from, to));
            }
            case NONE -> Optional.empty();
        };
    }

    /**
     * The deadline a task's form gives: none when the kind is NONE (or not given) or the text is empty, which is a
     * problem for any other kind; a text that is not of its kind is a problem of that kind
     * ("task.deadline.month"); a day before {@code notBefore} is "task.deadline.past".
     */
    static Checked check(@Nullable DeadlineKind kind, @Nullable String written, LocalDate notBefore) {
        DeadlineKind k = kind == null ? DeadlineKind.NONE : kind;
        String text = written == null ? "" : written.strip();
        if (k == DeadlineKind.NONE || text.isEmpty()) {
            return new Checked(Deadline.NONE, k == DeadlineKind.NONE ? null : "task.deadline.required");
        }
        Optional<Deadline> read = read(k, text);
        if (read.isEmpty()) {
            return new Checked(Deadline.NONE, "task.deadline." + k.name().toLowerCase(Locale.ROOT));
        }
        Deadline d = read.get();
        return new Checked(d, d.date() != null && d.date().isBefore(notBefore) ? "task.deadline.past" : null);
    }
}
